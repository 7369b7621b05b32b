#!/usr/bin/env python3
"""Generate the five Brightwater Energy field-service mobility calls as Microsoft Teams WebVTT exports (calls/call-N.vtt).

Each turn is "CODE: text"; " | " inside a turn marks where Teams cut the turn into consecutive cues of the same
speaker (each cue is its own <v Full Name>...</v> span with a "<group-id>/<n>-<part>" cue id). Timestamps are
synthetic but deterministic.
Run: python3 make_calls.py   (writes calls/call-1.vtt .. call-5.vtt next to this file)
"""
import random
import uuid
from pathlib import Path

NAMES = {
    "O": "Ottilie Brennan",     # Routewise (vendor) project manager, hosts
    "A": "Anand Kulkarni",      # Routewise integration architect
    "C": "Colm Devereux",       # Brightwater COO, sponsor (call 1 only)
    "B": "Bronwen Tate",        # Brightwater programme manager (Colm's delegate)
    "F": "Fergal Quinn",        # Brightwater field operations manager
    "Y": "Yiannis Petrakis",    # Brightwater SAP lead (stretched thin)
    "M": "Mei Lin Cho",         # Brightwater device management (Intune) engineer
    "R": "Craig Rennie",        # Toughline Devices (rugged tablet supplier) account manager
    "E": "Esther Lindqvist",    # Brightwater GIS team lead
    "U": "Alun Parry",          # union rep (call 3 only)
}

CALLS = {}

CALLS[1] = """
O: Hi, hello, can people hear me? I've got about, um, seven of us on here I think.
B: Yep, we can hear you fine.
F: Hearing you.
O: Lovely. I'll just give Colm a second, his calendar said he's coming from another meeting.
C: I'm here, sorry, sorry. Had to walk across the building. Go ahead.
O: No problem at all. So, welcome, everyone. This is the first of the fortnightly check-ins for the field mobility | rollout. I'm Ottilie, I'm the project manager at Routewise, I'll run these every other Thursday. | Could we just go round quickly? Anand?
A: Yeah, hi, Anand Kulkarni, integration architect at Routewise. So anything that touches SAP, the work orders coming down, | completions going back up, that's me.
C: Colm Devereux, COO. I sponsor this, um, and to be honest I won't be on many of these, | Bronwen's going to be running it day to day from our side.
B: Bronwen Tate, programme manager. Hello everyone.
F: Fergal Quinn, I run field operations. So the six hundred engineers who are going to be carrying these things | are, well, mine.
Y: Yiannis, SAP. I'm the SAP lead. I'm also the S/4 upgrade lead, the support lead and, apparently, the coffee lead.
O: Ha. Noted. Mei Lin?
M: Hi, Mei Lin Cho, end-user devices. I look after Intune, so enrolment, policies, app deployment.
R: And Craig Rennie from Toughline, I'm the account manager for the tablets.
O: Great, thanks all. So I want to start with the thing that'll shape everything else, which is how we go live. | Colm, I know your steer in the sales process was all six hundred at once.
C: It was. It still sort of is. I'd rather not be running two ways of working across the network for six months.
F: Can I just, um, I'll be honest, if we give six hundred blokes a new tablet on the same Monday, | my control room will be on fire by ten o'clock.
C: Fergal thinks everything will set the control room on fire.
F: Because it usually does.
O: What we'd normally suggest is one depot first. Something like forty engineers, a few weeks, | shake out the SAP side and the devices, and then the rest go in waves.
C: Which depot?
F: Kingsmere. They've got a decent mix of emergency and planned work, and the depot manager's not a dinosaur.
B: And Kingsmere's got the best signal, which, for a first go, I think helps.
O: So if we said Kingsmere, forty engineers, starting Monday the 16th of November, | and the other five hundred and sixty in waves from January.
C: Hm. January. Okay. I don't love it, but I'd rather it worked. Go with Kingsmere.
F: Thank you.
O: Great. So that's our plan: Kingsmere pilot from the 16th of November, waves from January.
O: Right, actions. Anand, the first thing you need is, um, into SAP.
A: Yeah, two things really. Yiannis, I'll send you the field mapping for the work order interface, | what we read from the order, the operations, the notifications, what we post back on completion.
Y: Okay, when?
A: Tuesday? I've got most of it from the last gas customer.
Y: Tuesday's fine. I won't read it till Thursday, but fine.
A: And then, um, the other thing is I need a logon to your sandbox, or whatever you call it, the PM test client.
Y: The sandbox, yeah. Leave that with me. End of next week.
O: So the 25th for the sandbox logons. Great.
O: Mei Lin, the enrolment side?
M: So I need to build the enrolment profile for the pilot tablets. Android, yeah? Not Windows?
R: Android. The T8 runs Android fourteen.
M: Okay, then I'll get a dedicated profile built for them. That's going to take me to, um, the 2nd I'd say.
O: The 2nd of October, okay.
R: And to get you going, I can get two demo units couriered to Kingsmere for Monday. | So Mei Lin's got something to enrol and Fergal's lot can have a play.
F: Oh, that'd be good. Monday. Send them to the depot office, not the stores, the stores will lose them.
R: Depot office, noted.
R: And if you want to look at the vehicle docks too I could probably bring a couple along, | no charge, but only if you're actually thinking about docks.
F: Maybe later. Let's see if they like the tablet first.
O: Fergal, for the pilot, we need the forty names, which engineers, which vans, which shift pattern.
F: Yeah. I'll get you the forty. Give me till the 1st, we're in the middle of a rota change.
O: The 1st, okay, that's fine.
O: Then the safety case. Bronwen, my understanding is your HSE manager has to sign off anything that changes | how engineers work on site?
B: That's Gordon Rusk, yes. He's, um, quite particular. I'll get something in Gordon's diary, I'll do it this week.
O: Brilliant, thank you.
C: The other thing, and this is the one that worries me. The union.
F: The GPS.
C: The GPS. There's already talk at Kingsmere that this is a tracking device with a work order app bolted on.
F: There's not talk. There's a WhatsApp group.
C: Right. So I think it needs to come from me. I'll write to the branch secretary myself | before the end of the month, explain what we're doing and what we're not.
O: That's really helpful, Colm, thank you.
A: I mean, if it helps, I could probably set up a mock of your SAP interface in the meantime, | if the sandbox takes a while. Just so we're not sitting idle.
Y: It won't take a while.
A: Okay! Great.
C: I have to drop, I'm with the board at eleven. Bronwen's got the pen.
O: Of course. Thanks for coming, Colm.
C: Cheers all.
O: Okay, anything else? Yiannis, you were going to say something?
Y: Only that the S/4 support pack goes in at the start of October, so I'll be, uh, thin on the ground. | Just so everyone knows.
O: Understood. So, quick recap. Anand, the mapping to Yiannis Tuesday. Yiannis, sandbox logons by the 25th. | Mei Lin, enrolment profile the 2nd. Craig, demo units Monday. Fergal, the forty names the 1st. | Bronwen, Gordon's diary. And Colm's letter to the branch.
F: And me not getting lynched at Kingsmere.
O: That one's on all of us. Thanks everyone, speak in two weeks.
B: Bye.
M: Bye all.
"""

CALLS[2] = """
O: Morning all. I think we're just waiting on Yiannis.
B: He'll be a few minutes, he's in a cutover call. And Colm sends his apologies, board pack week.
O: Okay, thanks. And Esther, welcome, first time on here.
E: Hiya. Esther Lindqvist, I manage the GIS team. I was told there were maps involved.
F: There are maps involved.
E: Then I'm in the right place.
O: Great to have you. Let's go round the actions from last time. Craig, the demo units?
F: They came, Monday, to the depot office as requested. Two of them. The lads have been passing them round like a new baby.
R: Ha. Glad they landed.
O: Anand, the mapping to Yiannis?
A: Sent it Tuesday. I think he's had it.
O: Okay, we'll ask him when he joins.
O: Bronwen, Gordon?
B: Yes, so, Gordon's in. It's the 22nd of October, he's given us an hour. Which from Gordon is generous.
O: The 22nd. Great. Fergal, the forty?
F: So, um, I've got thirty-one names. The rest depends on who's moving on the new rota. | I'll have the other nine to you Tuesday.
O: Tuesday the 6th. Okay.
O: Mei Lin, the enrolment profile, still for tomorrow?
M: Still tomorrow. It's basically built, I just want to test it on one of Craig's units.
O: Perfect. Esther, so the reason you're here, um, the engineers need maps that work with no signal.
E: Yeah, so we can do a tile package. Vector tiles, the network, the mains, the valves, clipped to the patch. | Is it just Kingsmere?
O: Just Kingsmere for now.
B: Esther's team are going to do the tile package for the pilot patch, I've already spoken to her boss.
E: That's, yes, that's right. We'll get a first package to Anand by the 16th.
A: The 16th's great.
O: Okay, lovely. Anand, anything you need to hand over to Mei Lin?
M: Actually, yeah. Anand, I'll need the APK and the managed config keys, so I can push the app with the settings baked in.
A: Yep, you'll have that Friday.
M: Thanks.
Y: Hi, sorry, sorry. Cutover. Don't ask.
O: Hi Yiannis. We were just coming to you. Did Anand's mapping reach you?
Y: It did, yeah, I've got it. I've skimmed it. It looks, it looks sensible.
O: And the sandbox logons?
Y: Yeah. So. That's going to be Wednesday now. The support pack ate my week.
A: I'm, to be honest, I'm kind of dead in the water on the SAP side until I've got a logon. | I can build screens, but I can't pull a single work order.
Y: I know. Wednesday. I promise.
O: Wednesday the 7th. Okay.
Y: Sure, and I'll do the upgrade in my lunch break.
B: Nobody's asking you to do that, Yiannis.
Y: I know. Sorry. Long week.
O: Okay. Mei Lin, the other thing, um, on the devices. How locked down are these?
M: So my recommendation, and I feel quite strongly, is fully managed. Corporate-owned, no personal apps, | no personal Google accounts. The engineers get a work tablet, not a second phone.
F: They won't love that. Some of them wanted Spotify in the van.
M: They've got phones for Spotify.
F: Fair.
B: From a data point of view I'm much happier with fully managed.
A: It's also simpler for us. Kiosk-ish, we know exactly what's on the device.
O: So, fully managed, corporate-owned, no personal use. Fergal, can you live with it?
F: Yeah, go on. Fully managed. I'll tell them it was Mei Lin's idea.
M: Please do.
O: Okay, noted as agreed. Craig, the pilot tablets. What do you need from us?
R: A PO, basically. Forty-five I'd suggest, forty plus a few spares.
B: I'll get the PO over to you by Wednesday.
R: Great. And if the PO lands this side of the 10th, I can hold the stock for you, we've got a batch coming in.
O: Okay. Fergal, the union thing, is there anything we need to do before Colm's letter goes?
F: Honestly, I think Alun should just come on one of these. He's the rep at Kingsmere. | He'd rather hear it from the horse's mouth than from a letter.
O: That would be great, actually.
F: I'll ask Alun to come along next time.
O: Lovely. Anand, anything else?
A: Just one. Fergal, for the training, we've got short videos, two or three minutes each, | how to pick up a job, how to close it off. I'll send you the links by the 9th, | so you can see if they're the right level for your lot.
F: Yeah, go on then. If they're longer than three minutes nobody's watching them.
A: Noted.
E: Can I ask a daft question? Are we doing the gas mains as an overlay or is that a separate layer?
A: Separate would be better, we can toggle it.
E: Okay. We'll worry about it after the first package.
O: Okay. Recap. Fergal, the last nine names Tuesday. Yiannis, logons Wednesday. Mei Lin, the profile tomorrow. | Anand, APK and config Friday, and the videos by the 9th. Esther, tiles the 16th. | Bronwen, the PO Wednesday. Fergal, Alun next time.
F: You make it sound so organised.
O: That's the job. Thanks all, bye.
Y: Bye.
R: Cheers.
"""

CALLS[3] = """
O: Hello, hello. Morning. I think we've got a new face. Alun?
U: Aye, that's me. Alun Parry, I'm the branch rep at Kingsmere. Fergal twisted my arm.
F: I asked nicely.
U: He asked nicely.
O: Thanks for coming, Alun, honestly. Is Colm joining, Bronwen?
B: I, um, I haven't heard. I'll take that as a no.
O: Okay. And Yiannis?
B: He said he'd try to dial in, he's firefighting after the support pack.
O: Okay, we'll go without. Let's do the actions quickly and then give Alun the floor. | Anand, did you get into the sandbox in the end?
A: Yes, finally, I got in Tuesday. So, thank you Yiannis, in his absence. I've pulled real work orders now, | about two hundred of them, and they're coming through to the app.
O: Amazing. Mei Lin, the enrolment profile?
M: Built, and tested on both demo units. Enrolled clean first time, which never happens.
O: And Anand's package, the APK and the config?
M: Came through, it's sitting in Intune. I can't push it anywhere yet though, but we'll get to that.
O: Okay. Fergal, the forty names?
B: They came through to me Monday, all forty, I forwarded them on to Anand.
F: What she said.
O: Esther's not on today, but Anand, any news on the tiles?
A: Esther emailed me yesterday. They had a projection problem, things were landing about thirty metres off, | so the tiles are going to be the 30th now.
O: Thirty metres is a lot when you're digging.
F: Thirty metres is the wrong house.
O: Okay, the 30th. Bronwen, the PO for the tablets?
B: So. It's raised. But anything over fifty thousand needs Colm's signature, and it's sat in his approvals. | I've chased him twice.
R: The stock I was holding, I can hold it another week or so, but I can't do it forever.
O: So the tablets are stuck until Colm signs the PO, basically.
B: Basically. I'll try and catch him in the corridor.
O: Okay. Alun. Thank you for your patience. So, the GPS.
U: Right. So I'll be straight with you. My members think this is a tracking device. | Some of them have been disciplined before off van telematics, so you'll understand they're not keen.
F: Oh yeah, the lads will love being tracked, they'll throw a party.
U: Thanks, Fergal.
O: Can I explain what the app actually does? It takes a location when an engineer arrives on a job and when they close it. | It can do more than that, it can ping every few minutes, but that's a setting.
U: And who decides the setting?
O: You do, sort of. That's the point of today.
U: Because what we'd want is, no location at all when they're between jobs, or on a break, or off shift.
A: That's very doable. We can set it so it only records location while a job's open on the tablet.
U: And it's not used for discipline. For performance stuff.
B: I'd, um, I'd need to take advice, but I can't see why we'd want to use it for that.
U: I'd want that in writing, Bronwen, not just said on a call.
B: That's fair.
O: So, shall we say, location is only captured while an engineer has a job open, never between jobs or off shift, | and it isn't used for performance management without agreeing it with the branch first?
U: If that's in writing, I can take that to the members.
F: I can live with that. I don't want to manage people off a map anyway.
B: Agreed. Yes.
O: Great. That's agreed then.
B: I'll draft a short data-use statement and get it to you, Alun, by the end of next week.
U: Right.
A: And I'll switch the app config over so it only pings while a job's open. | I'll get that into the build for the 23rd.
O: So, Alun, before, we said Colm was going to write to the branch.
U: Well, nothing's come. For what it's worth.
B: Honestly, I think the statement replaces Colm's letter. Let's let that one go, it'll just confuse things.
O: Okay, I'll take Colm's letter off the list.
U: Can I see what it actually stores? Like the actual screen.
O: Yes, absolutely. I'll send you screenshots of exactly what gets stored, tomorrow.
U: Ta.
O: Right. Mei Lin, you said you can't push the app anywhere.
M: Yeah. So to push apps to Android, Intune has to be linked to Managed Google Play. | And the Google side sits with group security, because it's the corporate Google account. | I can't push anything until group security approve the binding. I raised it three weeks ago.
B: Who's that with?
M: Nikhil's team.
B: Nikhil. Of course it is.
M: Yep. And, um, I could maybe do a manual install on the demo units as a stopgap, | but I really, really would rather not.
O: Let's hold off on that. Fergal, the pilot. Is there anything we can do before the tablets turn up?
F: Yeah, I was going to say. I'll get five of the lads using the demo units on real jobs next week, | and I'll feed back at the next one of these.
O: That'd be brilliant.
A: And if it helps, I could probably look at a glove mode, bigger buttons, | but I'd have to check with product whether we can do that for the pilot.
F: Gloves are going to be the thing, I'll tell you now.
O: Let's see what Fergal's five say first. Craig, anything from you?
R: Just, once the PO's in, it's fifteen working days to Kingsmere. So the sooner the better.
O: Understood. Alun, anything else from your side?
U: No. I'll be honest, this has gone better than I thought it would.
F: Don't tell the WhatsApp group.
U: Ha. Right, I'm off, I've got a grievance at eleven.
O: Thanks Alun. Okay. Recap. Bronwen, the data-use statement to Alun end of next week. | Anand, the location setting in the 23rd build. Me, screenshots to Alun tomorrow. | Fergal, five engineers on the demo units, feedback next time. | Bronwen, the PO with Colm.
B: Busy fortnight.
O: Always. Thanks all.
M: Bye.
"""

CALLS[4] = """
O: Morning. Give it a sec. Yiannis, you're here, brilliant.
Y: I'm here. Briefly. But here.
O: We'll take it. Is Colm, um?
B: He's asked me to just keep him posted by email. So, no.
O: Okay. Esther, welcome back.
E: Hi all.
O: Right, let's go round. Bronwen, the PO?
B: Colm signed it. Last Friday. I basically stood in his doorway.
R: And it came through to us Monday, so I've released the stock. Three weeks puts us at the 13th of November, | forty-five units to Kingsmere.
O: The 13th. That's tight for the 16th, but okay.
F: Tight's generous.
O: Anand, the location setting?
A: It's in the build, went out on the 23rd. Location only on an open job, nothing between jobs. | I've tested it with Fergal's demo units.
O: Great. And I sent Alun the screenshots, I think the day after?
B: Yes, he mentioned, he said thanks for the screenshots, actually. He was quite pleased.
O: Good. Bronwen, the statement for Alun?
B: So that's with HR. They wanted to add something about the telematics policy. | It's going to be the 6th now, realistically.
O: Okay, the 6th.
O: Esther, the tiles?
E: They went to Anand on Tuesday. The projection's fixed. Honestly, that one was on us.
A: They load fine, I've had them on both demo units, no signal, at the depot. Looks good.
O: Excellent. Fergal, your five engineers?
F: Right. So. They used them on about, I don't know, sixty jobs over the week. | Good news, they like picking up the job, they like the maps. | Bad news, the screen is a nightmare with gloves on, and they hated the signature thing. | Getting a customer to sign on a tablet in the rain, on a doorstep, they said it's just theatre.
A: Yeah, that's, um, we hear that a lot actually.
O: What's the signature for, actually? Is it contractual?
F: It's not. It's a habit, from the paper job cards.
A: We could drop the signature for the pilot and have the engineer close the job with their PIN. | We'd still capture the time and the location.
B: Does that give us what we need for complaints?
F: It gives us more than paper did.
B: Then yes, I'm fine with that.
O: So for the pilot, no customer signature, jobs are closed with the engineer's PIN.
F: Yes please.
O: Okay, agreed.
R: On the gloves, I can send over a few of the capacitive glove styluses we do, | a couple for your five to try. By Friday.
F: Go on then.
O: Okay, Bronwen, the safety case, how did it go with Gordon on the 22nd?
B: It went okay. He's broadly happy. But he wants to see the man-down alert working, | the lone-worker thing, before he signs.
A: I'll run the man-down test with Gordon's people, Tuesday the 3rd, at the depot.
B: And Gordon's going to sign the safety case off by the 6th, he's said.
O: Okay. And just so we're all clear, nobody goes live in the field without Gordon's signature?
B: Nobody. The pilot can't start until Gordon's signed the safety case.
O: Understood. Yiannis, while I've got you.
Y: Go on.
A: So, um, I can pull work orders now, which is great, but the completions, posting back into SAP, | I can't test those end to end until the transport with your BAdI is in the QA system.
Y: Yeah. I know. I'll get the QA transport in by the 5th.
A: The 5th works.
Y: It's on my list. My list is very long.
O: Mei Lin, the Google binding?
M: Still nothing back from Nikhil's team. So I'm still stuck pushing the app to anything.
B: I've nudged him. Twice. I'll escalate it.
M: I'd appreciate that.
E: While we're here, the gas mains as a separate layer, we can do that now the projection's sorted. | We'll have the mains overlay to Anand by the 6th.
A: Lovely.
O: Fergal, the depot itself. Do we know the wifi's any good? They'll be syncing in the yard in the mornings.
F: I'll get the depot wifi survey done by the 6th. I've got a guy.
O: You always have a guy.
F: I always have a guy.
O: And I'll send you the pilot readiness checklist, Bronwen, by Monday. | Everything that has to be true on the 16th.
B: Thank you, that would help.
Y: I have to go, sorry. Transport by the 5th.
O: Thanks Yiannis.
O: Okay. Recap. Bronwen, statement to Alun the 6th. Craig, styluses Friday, and the tablets the 13th. | Anand, the man-down test on the 3rd. Gordon, the safety case by the 6th. Yiannis, QA transport the 5th. | Esther, the mains overlay the 6th. Fergal, the wifi survey the 6th. And me, the checklist Monday. | And Bronwen's escalating the Google binding.
F: Everything's the 6th.
O: The 6th is going to be a big day. Thanks all.
E: Bye.
R: Cheers all.
"""

CALLS[5] = """
O: Morning everyone. Okay, I'll be honest, this is the one where we decide if the 16th is real.
F: Go on then.
O: Who have we got. Bronwen, Fergal, Anand, Mei Lin, Craig. Yiannis?
B: Not coming, he's, uh, he's at a supplier thing all day.
O: Colm?
B: No.
F: Shocker.
O: Okay. Let's start with the ones that decide it. Bronwen, Gordon?
B: So. Gordon's been off sick since last Wednesday. He hasn't signed. | He's back on Monday and he's now saying the 19th for the safety case.
O: The 19th.
F: Which is after the 16th.
B: Which is after the 16th, yes.
O: Anand, the man-down test, did that happen without him?
B: It did, his deputy came. It went fine on the Tuesday, Anand set off the alert, the control room got it in, | what, under a minute?
A: Forty seconds.
O: Okay, good, so that's done at least. So the test's passed, but the paper isn't signed.
B: Right.
O: Then I think, honestly, I think we have to move the pilot. Start on the 23rd instead of the 16th. | It gives Gordon the 19th and we're not putting anyone in the field without it.
F: I'd rather that than have the lads start without sign-off. If something happens on day one and that's not signed, | it's my name on it.
B: Yes. Let's do that. The 23rd.
A: Fine by me, it gives me a week on the completions.
O: Okay, the pilot moves to Monday the 23rd. Bronwen, Colm needs to hear that from us.
B: I'll update Colm tomorrow, I've got my one-to-one with him. If he turns up to it.
F: Colm'll be thrilled, I'm sure he'll tell us all about it at the next call. Oh wait.
B: Fergal.
F: Sorry.
O: Anand, the completions. Did the QA transport go in?
A: Not as far as I know. I've pinged Yiannis a couple of times, nothing. | So I'm still sat waiting on the QA system, I can't post a completion into SAP, same as last time.
B: So, actually, I spoke to Yiannis on Tuesday. He's handed the transport to Kasia in his team. | She's picking it up.
A: Okay, great. Did she say when?
B: She didn't, no.
A: Because honestly, without that, the pilot is a work order viewer.
O: Okay. Mei Lin, the Google binding?
M: Good news, finally. Group security signed it off last Wednesday. | The app's pushing to the demo units through Intune now, with the config. No manual installs.
O: Oh, brilliant.
B: I'm taking credit for that. I rang Nikhil's boss.
M: Please do.
O: Craig, the tablets, still the 13th?
R: They're on the lorry. They'll be with you tomorrow, Kingsmere, depot office.
F: Not the stores.
R: Not the stores. I've written it on the box.
M: And once they land, I'll get all forty-five enrolled by the Thursday, the 19th.
O: Great.
R: If you want, I could send a tech along on the day to help unbox, | but that'd be chargeable, so, you know, only if you want.
F: We'll manage. We've got hands.
O: Fergal, the styluses?
F: Came, the Friday. The lads actually quite like them. I'm keeping one.
R: Ha. That's the sample budget.
O: Bronwen, the statement to Alun?
F: Alun's had it, he told me Monday. He's taking it to the branch meeting next week.
B: Yes, it went on the 5th in the end, HR signed it off.
O: Great. And my checklist, Bronwen, you got that?
B: Got it, Monday, yeah. I've been working through it.
O: Okay. Fergal, the wifi survey?
F: Ah. The wifi. Haven't got to it, honestly. My guy was off.
O: Okay. Esther's not on. Anand, have you seen the mains overlay?
A: Um, no. Not yet.
O: Okay. Noted. Fergal, the engineers. Who's telling the forty?
F: I'll do the toolbox talk with the forty on the 20th. The Friday before. At the depot, bacon rolls, | the whole thing.
O: Perfect. Anything else? Anand?
A: Just, Kasia. If she can't do it next week, the 23rd's at risk as well. That's all.
O: Noted. Okay, recap. Pilot now starts the 23rd. Bronwen, Colm tomorrow. Gordon, the 19th. | Mei Lin, forty-five enrolled by the 19th. Fergal, toolbox talk the 20th. Kasia, the transport, date to follow. | Craig, tablets tomorrow.
F: And bacon rolls.
O: And bacon rolls. Thanks all.
B: Bye everyone.
M: Bye.
"""


def ts(t):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    return f"{int(h):02d}:{int(m):02d}:{s:06.3f}"


def turns(n):
    out = []
    for line in CALLS[n].strip().splitlines():
        code, text = line.split(": ", 1)
        out.append((NAMES[code], [p.strip() for p in text.split(" | ")]))
    return out


def render(n):
    rnd = random.Random(6000 + n)
    t = 2.0 + rnd.random() * 4
    lines = ["WEBVTT", ""]
    for k, (name, parts) in enumerate(turns(n)):
        gid = uuid.UUID(int=rnd.getrandbits(128), version=4)
        for i, part in enumerate(parts):
            dur = max(0.9, len(part.split()) / 2.5 + rnd.uniform(-0.3, 0.7))
            lines += [f"{gid}/{k + 11}-{i}", f"{ts(t)} --> {ts(t + dur)}", f"<v {name}>{part}</v>", ""]
            t += dur + (0.01 if i < len(parts) - 1 else rnd.uniform(0.3, 1.8))
    return "\n".join(lines)


def merged_text(n):
    """Turn texts with the cue parts joined by single spaces (what a quote is checked against)."""
    return [(name, " ".join(parts)) for name, parts in turns(n)]


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.vtt").write_text(render(n))
        print(f"call-{n}.vtt: {len(turns(n))} turns, {sum(len(p) for _, p in turns(n))} cues")
