#!/usr/bin/env python3
"""Generate the five Pemberton Freight Telematics calls as SubRip exports (calls/call-N.srt).

Each turn is "CODE: text"; " | " inside a turn marks where the recorder cut the turn into consecutive cues.
The first cue of a turn starts "Full Name: "; a continuation cue keeps the name or (as some exporters do) drops
it and continues the previous speaker, chosen by a seeded coin. Timestamps are synthetic but deterministic.
Run: python3 make_calls.py   (writes calls/call-1.srt .. call-5.srt next to this file)
"""
import random
from pathlib import Path

NAMES = {
    "I": "Imogen Hale",       # vendor PM (host)
    "R": "Ravi Desai",        # vendor solutions consultant (portal, driver app config)
    "O": "Owen Fitch",        # Tracwell Devices, in-cab hardware partner
    "D": "Declan Moss",       # customer operations director, sponsor
    "P": "Priya Lomax",       # customer fleet systems manager (day-to-day lead)
    "S": "Shona Baird",       # customer end-user computing / MDM lead
    "G": "Gary Tranter",      # customer Doncaster depot manager (pilot depot)
    "B": "Bernie Quayle",     # customer Wakefield depot manager (wave two)
}

CALLS = {}

CALLS[1] = """
I: Hi everyone, can you hear me? I've got, um, six of us on the list so far.
P: Yes, hi Imogen.
G: Aye.
I: Great. Let's give it a sec for Declan, he said he might be a couple of minutes late.
B: He's in the yard at Wakefield, I saw him on my way in. He'll be running.
D: I'm here, I'm here. Sorry. Had a driver wanting a word about his tacho. Morning all.
I: Morning Declan. Okay, so, welcome to the first of these. I'm Imogen, I'm the project manager on the vendor side, | and we'll be doing these every other Tuesday. Shall we go round quickly? Ravi?
R: Hi, Ravi Desai, I'm the solutions consultant, so I'll be configuring the fleet portal and the driver app, | the routes, the geofences, the user accounts, all of that.
O: Owen Fitch, Tracwell Devices. We supply the in-cab units and our fitters put them in. | So anything with a wire on it, basically, that's me.
P: Priya Lomax, fleet systems. I'm sort of the day-to-day on the Pemberton side.
S: Shona Baird, end-user computing. The phones are mine, so the driver app goes out through our MDM, | through Intune.
G: Gary Tranter, Doncaster depot. Apparently I'm the pilot. Nobody asked me, but there we are.
B: Bernie Quayle, I run Wakefield. I'm in wave two, so I'm mostly here to listen and, um, to learn from Gary's mistakes.
G: Cheers Bernie.
D: And I'm Declan, ops director. Look, I just want to say, I've wanted this for three years. Proper visibility of where the trucks are, | no more ringing round drivers to find out where they are. This is going to be brilliant.
I: That's great to hear. Okay. So the first thing is really the shape of the rollout. | What we've pencilled is a pilot at one depot, Doncaster, forty vehicles, and then the other depots after.
D: Why not just go everywhere? We've got the units coming anyway.
R: We could, but honestly, the first depot always finds things. Routes that are set up wrong, phones that don't behave.
P: And Shona's team can't push to four hundred phones in one go anyway.
S: No. Not without the service desk falling over.
I: So the proposal is Doncaster first, forty vehicles, going live on Monday the 12th of October. | And then wave two, Wakefield and Hull, from the 16th of November.
D: Okay. Fine. I'd have liked it quicker, but fine. Doncaster first.
G: Does "going live" mean my drivers are doing something different on the 12th? Because I'll need to tell them.
I: It does, yes. They'll log into the app at the start of the shift and do the walkaround check on it.
G: Right. Okay.
P: So we're agreed then, Doncaster pilot on the 12th, wave two from the 16th.
D: Agreed.
B: Works for me, gives me some breathing space.
I: Brilliant, I'll note that as decided. So, um, actions. Ravi, Shona's going to need the config stuff for the app.
R: Yeah. So the app takes a managed configuration, the server address, the depot code, a couple of flags. | Shona, I'll get you the managed config keys by Friday.
S: Friday's fine. Is that the XML or just a list?
R: It's a JSON file and a one-pager explaining each key.
S: Lovely.
I: And Shona, the app push itself, for the pilot phones?
S: So once I've got Ravi's keys, we build the app configuration policy and target the pilot group. | Um, it's not a quick job, there's testing. Give me till the end of the month.
I: End of the month, so the 30th of September.
S: Yeah, the 30th.
I: Great. Owen, hardware. When do the units land?
O: So the forty are built and tested, | they'll be on a pallet to Doncaster by the 18th.
G: Where am I putting a pallet? I haven't got a spare inch.
O: They're not big, Gary. It's forty boxes the size of a paperback.
G: Forty paperbacks. Fine. They can go in the parts cage.
I: And for Ravi to set the vehicles up in the portal, we need the registrations and the VINs for the forty.
P: Gary's going to get us the reg and VIN list for the forty, aren't you Gary?
G: Yeah, yeah. I'll get it to you.
P: By next Friday? So the 18th?
G: Should be alright, aye.
O: And we'll need to schedule the installs. Each one's about ninety minutes off the road.
P: I'll sort the install schedule with Gary, which vehicles on which days, | and get it over to you by the 18th as well, Owen.
O: Great.
G: Ninety minutes times forty. That's, what, sixty hours of trucks not earning.
O: If it helps we could do some of them at night, if you've got a night shift in. We'd need to check with the fitters.
G: Maybe. Let's see.
I: Declan, the one thing I'd really like from you. The drivers, um, they'll see a box going in the cab and a new app, | and in my experience the first thing they think is "they're spying on us".
D: Yeah. That's a fair point, that.
B: It's exactly what they'll think. My lot already think the cameras in the yard are for them.
D: So I'll put a note out to all the drivers myself, from me, | explaining what it's for and what it isn't for. I'll have that out by the 25th, before any installs.
I: That would be fantastic, thank you.
D: And actually, I'd like to come down to Doncaster and do a toolbox talk with the drivers, | once the units are in. Face to face. Gary, what's a good day?
G: Friday mornings, they're all in for the paperwork. The 9th of October?
D: Put me down for the 9th. I'll be there.
G: Right. I'll believe it when I see it, but right.
D: Oi.
I: Okay. And from my side, | I'll send the plan and the RACI round this afternoon, so everyone can see who's on what.
P: That'd be helpful.
I: Anything I've missed? Bernie?
B: Just, um, when do you want my driver champions for Wakefield? I've got a few in mind.
I: Good question, probably in a couple of weeks, let's pick that up next time.
B: Okay.
I: Right, recap. Ravi, config keys to Shona by Friday. Shona, app push to the pilot phones by the 30th. | Owen, units to Doncaster by the 18th. Gary, reg and VIN list by the 18th. Priya, the install schedule by the 18th. | Declan, the driver note by the 25th and the toolbox talk on the 9th. And me, plan and RACI today.
D: Great stuff. Right, I've got to run, I've got the board at eleven.
I: Thanks Declan. Thanks all, see you in a fortnight.
G: Cheers.
S: Bye.
"""

CALLS[2] = """
I: Morning all. I think we're, um, we're just missing Owen. Oh, no, there he is.
O: Sorry, I was on mute saying good morning to nobody.
I: Ha. Okay. So, first, Declan's with us for the first twenty minutes, so let's do the big things first. | But quickly, Priya, did the plan and the RACI come through alright?
P: Yeah, got them the same afternoon, thanks Imogen. I've put them on the Teams channel.
I: Great. Owen, the units?
O: All forty delivered Thursday. Gary signed for them.
G: They're in the cage. They're not paperbacks, Owen, they're more like bricks.
O: With the cabling, yeah, fair.
I: And Ravi, the config keys to Shona?
S: I've got them. Ravi sent them on the Friday, the one-pager was actually really clear.
R: Thank you. Someone reads my one-pagers.
I: Good. And the install schedule, Priya?
P: Done, Gary and I went through it on the Wednesday. Owen's got it. Fitters start on the 28th.
O: Yep, we've got it. Our fitters will be done by Friday the 2nd, all forty.
I: Lovely. Gary, the reg and VIN list?
G: Yeah. So, um, that's going to be end of the month now. My traffic office is two down, | one's off sick and the other one's on a course. I've got the regs, it's the VINs, somebody's got to go and look at every chassis plate.
P: Can't we get the VINs off the lease company?
G: You can try. Good luck getting anything off them inside a month.
R: It's fine, I can set them up with the regs and add the VINs after. But I do need it before the installs finish.
I: So, the 30th, Gary?
G: The 30th. Aye.
I: Okay. Shona, the app push, how's that looking?
S: So, um, slight problem. I've built the policy and it works on my test phone. | But I can't push anything to the fleet phones until the change board approves it, and they don't sit till the 1st.
I: The 1st of October?
S: Yeah. It's the CAB, they sit monthly. I've put it on the agenda, but that's the earliest.
P: So we're stuck until the change board on the 1st, basically.
S: For the push, yes. I can still do everything else.
D: Can I not just ring someone and get that waved through?
S: You can ring who you like, Declan, but the CAB chair will just say no and then make me wait till November.
D: Fair enough. I'll leave that one alone.
I: Is the 30th still realistic then, Shona, for the push?
S: Honestly, if CAB approves on the 1st, I'll push it on the 2nd, so a couple of days late. I'll know more after the CAB.
I: Okay. We'll come back to it. Declan, while you're here, the driver note?
D: Yeah, it's drafted. It's going out Friday.
I: Brilliant. And Bernie raised something with me last week about the driver scoring.
B: Yeah. So the app scores the drivers, harsh braking, speeding, idling, and there's a league table. | My drivers' rep has already asked me if the league table's going to be used for disciplinaries.
G: And mine's asked if it's going on the wall in the canteen.
D: I mean, I quite like a league table.
G: You would.
R: It's just a setting. We can switch scoring off completely for the pilot and only run trip logging and the walkaround checks.
B: Honestly, I think that's the only way you get it past the union without a fight.
D: Hmm. I don't love it. The scoring's half the point.
P: We could turn it on later once the drivers trust it. It doesn't go anywhere.
D: Okay. Go on then. Scoring off for the pilot, just the trip logging and the defect checks. We revisit it after.
I: So agreed, driver scoring and the league table off for the pilot, trip logging and walkaround checks only.
G: Agreed. Thank God.
B: Agreed.
I: Great. Ravi, can you make sure that's how the pilot's set up?
R: Yeah, that's a config flag, it'll be off.
D: Right, I have to jump. Good stuff everyone. I'm really pleased with how this is going.
I: Thanks Declan.
D: Bye all.
I: Okay. So, Ravi, geofence and routes.
R: Yeah, so for Doncaster I need to draw the depot geofence and load the regular routes, | the trunking runs to Leeds and Sheffield and the multi-drops. I'll have the geofence and the routes set up by the second.
I: The 2nd of October. Great.
G: The multi-drops change every day, you know that?
R: I know, I'll only load the fixed ones, the trunk runs. The multi-drops are planned in the app on the day.
G: Okay. Good.
R: Shona, I'll need to know which phones the drivers actually have. Models, Android versions.
S: I'll send you the device inventory export by Wednesday.
R: Perfect.
I: Bernie, your driver champions.
B: Yeah. So I'm thinking five, a mix of day and night. I'll get you the five names by the 2nd.
I: Great, thank you.
O: Just a thought, Bernie, if you want, I could bring one of the units over to Wakefield for the champions to have a look at. Get them used to it.
B: Could be good. Maybe. Let me see who I get.
I: Anything else? Gary?
G: Only that if the fitters turn up at six in the morning, somebody needs to tell the gatehouse. Last time a contractor came they sat in the lay-by for an hour.
P: They've got the list, Gary. I dropped it in to them last week with the schedule.
G: Ta.
I: Lovely. So recap. Gary, VINs by the 30th. Shona, push after the CAB on the 1st. Ravi, geofence and routes by the 2nd. | Shona, device inventory tomorrow. Bernie, champions by the 2nd. Owen, fitters done by the 2nd. And Declan's note Friday.
G: Fine.
I: Thanks all, speak in two weeks.
"""

CALLS[3] = """
I: Hi all. So, um, before we start, I've had a message from Declan.
P: Let me guess.
I: He sends his apologies, he's had to cancel, it's the board prep. He said carry on without him.
G: Course he has.
I: Okay. Let's, um, let's get going anyway. Shona, the big one. The CAB.
S: So, good news. CAB approved it on the 1st. No conditions, nothing. | So I'm not stuck on that anymore.
I: Oh, brilliant. So the app's on the phones?
S: Ah. Not quite. So when we tested on the actual fleet phones, about a dozen of them are the old Samsung A10s, | and the app crashes on them at login. So I held the push. The app's going to go out on the fourteenth now, once we've sorted the A10s.
R: Yeah, that's on us, I think. The A10s are Android 10 and our current build needs 11. | I've got a compatibility build in progress, it'll be ready by the 16th.
S: Okay. So I'll push to everyone except the A10s on the 14th, and the A10s when Ravi's build is ready.
I: Good, okay. Ravi, was that from Shona's inventory?
R: Yeah, got Shona's inventory the day after the last call. That's how I spotted the A10s, to be fair.
I: Great. Owen, the installs.
O: So, um, mixed. We got thirty-one done. The other nine are the older Volvo FHs, the 2014s, | and they need a different CAN adapter, which our supplier's got on back-order.
G: They knew that. I told them in August they were 2014s.
O: You did. We ordered the wrong adapter. That one's on us.
I: So when will the other nine be done?
O: The adapters are meant to land on the 7th, so the other nine are going to be the week after, say the 9th.
I: And until the adapters land the fitters can't touch those nine?
O: No. We can't fit the nine Volvos until the adapters come in from our supplier. Nothing I can do about that.
I: Okay. And Gary, did you get the VINs done in the end?
P: He did, Gary sent it over on the Thursday. All forty.
G: Priya's team found half of them on the lease paperwork anyway. Should've listened to her.
I: Ha. Ravi, geofence and routes?
R: All done, the depot geofence is in and the trunk routes are loaded. It was done on the Friday, the 2nd.
G: I had a look. The Sheffield run's got the wrong return leg, it comes back via the M1, they use the A1.
R: Oh. I'll fix that today.
I: Okay. So, um, given all this, the pilot date. Going live on the 12th with nine trucks not fitted and the app not on the phones doesn't really work.
P: No. It doesn't.
I: What I'd suggest is we move the pilot go-live two weeks, to Monday the 26th. That gives Shona the push on the 14th, Owen the nine, | and Ravi the A10 build.
P: I think that's sensible. I'd rather do it properly.
G: Fine by me. Gives me time to get the night lads sorted.
S: Works for me.
O: Yeah, we'll definitely be done by then.
I: Okay. So we're moving the Doncaster go-live to the 26th of October. I'll need to tell Declan.
P: He'll be fine. He's not here to argue.
I: Ha. Right, the driver accounts. Ravi, where are we?
R: So to create the driver logins I need everybody's payroll number, because that's the login. | Ravi can't, sorry, I can't create the driver accounts until we get the payroll numbers from HR. And nothing's come through.
P: I asked people services two weeks ago.
R: Even a spreadsheet would do. I've got an import template.
P: Can you send me the template? Then I can send it to them and they can't say they didn't know the format.
R: Yeah, I'll send you the import template tomorrow.
P: And I'll chase people services today. | I'll go and stand at their desk if I have to.
I: Thanks. Okay, um, Declan's toolbox talk on Friday, the 9th.
G: Not happening. His PA rang me yesterday, he's cancelled it. No new date.
I: Oh. Okay.
G: So that's not happening. I had forty drivers lined up for that.
B: Did the drivers ever get the letter from him? Because mine certainly didn't.
G: Mine neither. Nobody's seen a letter.
P: I don't think it went out. It was definitely drafted, I saw it.
I: That's, um, that's a worry, honestly, with installs going on.
G: You think? I've had three drivers ask me if it's a tracker so we can sack them. | And I'm telling them no, but it'd be nice if the ops director said it.
B: If it helps, I could do a bit of a talk at Wakefield myself when we get there. I know the lads.
I: Let's keep that in mind. Bernie, your champions?
B: So, um, I've got four names. The fifth, I've asked him and he's thinking about it. | Give me another week and I'll send them all together.
I: So, say the 13th?
B: The 13th, yeah.
I: Okay. Owen, one more thing from me. For each vehicle, do we get an install sign-off? For the lease company?
O: Yeah, every vehicle gets an install certificate with the unit serial. | I'll send the install sheets for the thirty-one on Friday, and the other nine after.
P: Great, the lease company will want those.
I: And training. Ravi, you were going to do the driver training at Doncaster?
R: Yeah, I'll run the driver training sessions at Doncaster on the 22nd and 23rd, two sessions a day.
G: Four sessions. They'll need to be short. Forty minutes, tops. Else I'll lose them.
R: Forty minutes, I can do that.
G: Oh, and I'll want a cup of tea and a bacon sandwich laid on, or nobody's coming.
R: I'll, um, I'll see what I can do.
P: We'll sort the bacon, Ravi, don't worry.
I: Okay. Recap. Shona, the push on the 14th, except the A10s. Ravi, A10 build by the 16th. Owen, the nine by the 9th. | Ravi, the import template to Priya tomorrow. Priya, chase HR today. Bernie, the five names by the 13th. | Owen, the install sheets Friday. Ravi, training on the 22nd and 23rd. And the go-live's now the 26th.
G: And me?
I: You, Gary, keep the drivers on side.
G: Oh sure, I'll just charm them all. Easy.
I: Ha. Thanks all.
"""

CALLS[4] = """
I: Hi everyone. Okay, I've got Priya, Shona, Gary, Ravi, Owen, Bernie. No Declan.
P: Nothing from him. Nothing to me, anyway.
I: Okay. Right, well. Um. Let's go. The push. Shona?
P: Actually, before Shona, can I just say, the app's on all forty phones. Shona's lot pushed it last Wednesday, so the A10s as well.
S: Yeah. Went out on the 14th to the other twenty-eight, and we pushed the A10s on the Friday when Ravi's build came.
R: Yeah, the A10 build's out, but, um, honestly, it's not right yet. It installs fine, | but it still freezes on the walkaround screen on the A10s. The proper fix for the A10s is going to be the end of the month now.
I: So the A10 drivers, there's twelve of them?
S: Twelve.
R: They can log in but they can't do the defect check on the app until my next build. | So the twelve A10 drivers are stuck on paper for the walkaround until I fix the freeze.
G: Which means I'm running two systems. Brilliant. Just what I wanted.
I: Okay. So the 30th for the fixed build, Ravi?
R: The 30th. Yeah.
I: Owen, the nine Volvos?
G: Done. Tracwell finished them last week. Well, eight on the Tuesday and the one that was in the bodyshop on the Thursday.
O: Yeah, the adapters came on the Wednesday after our last call and we got straight on it.
I: Brilliant, so all forty are fitted.
O: All forty. There's one unit, in the DAF, YX21 something, that's dropping its GPS. It's a faulty head unit. | We'll swap the faulty unit in the DAF by Friday.
G: YX21 KHT. That's the one.
I: Okay, great. Now the driver accounts. Priya, the HR numbers?
P: So, good news. People services sent the payroll numbers through on the 15th. I chased them twice. | Ravi's template was fine, they just filled it in.
R: Yeah, I loaded them on the Friday, all forty accounts are live. So that's, um, that's not holding us up any more.
I: Good. Bernie, did your five names come through?
B: Yeah, I sent you the five names on Friday. The fifth one said yes in the end.
I: I've got them, thanks Bernie. Now, um, the training. Ravi, you were doing the 22nd and 23rd.
R: So, slight change. I'm on site at a client in Bristol that week, it got moved. | Lena from our training team will do the sessions instead. Same dates, same format, forty minutes.
G: Who's Lena?
R: She's brilliant, honestly. She's done about fifty of these.
G: As long as she knows the A1 from the M1.
I: So Lena's running the Doncaster training on the 22nd and 23rd.
G: Can I say something about the drivers? Because this is the thing, honestly.
I: Please.
G: So, the union rep, Terry, came to see me Friday. He's told the drivers not to log into the app | until the union's had a proper sit-down with management about what the data's used for.
P: Oh no.
G: And "management" means Declan. Not me. Terry won't talk to me about it, he wants the director.
B: My lot at Wakefield know about it too. It'll spread.
I: So the drivers won't log in until Declan's met the union.
G: That's where we are. And nobody's seen Declan since the letter that never went out.
P: The letter still hasn't gone out, by the way. His PA says it's "with Declan".
I: Right. Okay. Um, I think I need to escalate this. I'll write to Declan today, | and I'll copy Priya, just laying out where we are and that we need him to meet the union.
P: Thank you.
I: Priya, could you get the meeting in his diary? Him and Terry?
P: Yeah. I'll try to get something booked between Declan and Terry by the end of the month.
I: Thanks.
R: Can I suggest something? We could switch on the scoring for volunteers only, drivers who opt in. Show the others it's harmless.
G: No. Absolutely not. That's the worst idea I've heard this month.
B: I'd hold off on anything like that till Declan's spoken to them, Ravi.
I: Let's park that. Not now.
R: Fair enough.
I: Shona, you wanted to raise something about phones?
S: Yeah. A couple of the drivers have asked if they can just use the app on their own phones, because the company ones are rubbish.
G: They are rubbish.
S: My view is no. Company phones only. If it's on a personal phone we can't wipe it, we can't manage it, | and then there's a data protection conversation I really don't want to have.
P: Agreed. Company phones only.
G: Suits me, I don't want it on their own phones either, then they'll say they're being tracked at the weekend.
B: Yeah, company phones.
I: Okay, so decided, the driver app is on company-managed phones only, no personal phones.
S: Thanks. And while I'm here, um, for wave two, | I'll enrol the Wakefield phones into a new MDM group by the 13th of November so we're ready.
B: Lovely. They're in a drawer in my office, most of them.
S: Course they are.
I: Great. Gary, for the training, the night shift?
G: I'll get the night lads in for the Thursday session. I'll swap them round.
I: Thanks. Owen, you mentioned last time the install sheets. Did they -- actually, sorry, I've lost my place. Ravi, anything else?
R: Just, um, the routes. I fixed the Sheffield return leg. So that's right now.
G: I saw. Ta.
I: Okay, recap. Ravi, A10 fix by the 30th. Owen, the DAF unit by Friday. Lena, training 22nd and 23rd. | Me, the email to Declan today. Priya, the Declan and Terry meeting by the end of the month. Shona, Wakefield phones by the 13th. | Gary, the night shift into Thursday's session.
P: Sounds right.
I: Thanks all.
B: Bye.
"""

CALLS[5] = """
I: Hi all. So, um, no Declan again, and I think Owen's joining late. Priya, you said you had news?
P: Yeah. Not great news. So Declan's PA rang me on Friday. He's cancelled the November steering group, | and he's said wave two is on hold until the new year. He wants to "see the pilot bed in first".
B: So Wakefield's off.
P: Wakefield and Hull. For now.
G: That's convenient. He's never been to Doncaster and he's decided it's not bedded in.
I: Okay. So, um, we need to decide what we do with wave two then. Realistically, if he won't approve it this year, | I'd suggest we move wave two to January. Start it on the 11th of January, Wakefield first, then Hull.
P: I think we have to. There's no point planning for November.
B: January's fine with me, to be honest. December's carnage at Wakefield anyway.
S: January works for my team as well.
I: So we're agreed, wave two moves to January, starting the 11th.
P: Agreed.
I: Shona, that means the Wakefield phones.
S: Yeah, there's no point doing the Wakefield phones now, let's park that. | I'll do them in December if the January date sticks.
I: Okay, so that's parked. Now the pilot itself. It's been live a week. Ravi, how's it looking?
R: So, um, technically it's fine. The app's working, the units are reporting. But only eleven of the forty drivers have logged in at all.
G: And the eleven are agency drivers. They're not in the union.
I: So still Terry.
G: Still Terry. Still waiting for Declan to sit down with him. Nothing's moved.
P: I've been trying to get the meeting in. I've offered his PA four slots. | She says he'll "look at it". So it's not booked. I'm still trying.
I: Right. And I did write to Declan, the day of our last call. Nothing back. Not even an acknowledgement.
B: He's gone quiet on me too, and I see him every week.
I: Okay. Um, I think that goes in the report as it is, honestly. Ravi, the A10s?
R: Yeah, so the fixed build went out on the 29th, Shona pushed it the same day. | The walkaround screen works on the A10s now, I tested it on Gary's spare.
S: Confirmed, it's on all twelve.
G: Not that anyone's logging in to use it. But yes, it works.
P: The daft thing is the map's brilliant. I can see every truck. The thing Declan wanted most, it works.
R: And he's never logged in to see it.
I: Has he got a login?
R: Um. No, actually, I don't think he has. If you want, I can set him up a read-only map login.
I: Yes please, do that. He might actually look at it.
R: Okay, I'll set that up and send Declan the link by Thursday.
S: While we're on the app, the service desk had nine tickets last week, | all "I can't log in", and every one of them was a union driver who hadn't tried.
G: They're making a point.
S: They're making my service desk's week longer, is what they're doing.
I: Ha. Okay. Gary, the walkaround checks, the eleven who are using it, any good?
G: Honestly? Yeah. One of the agency lads found a cracked mirror bracket on Wednesday, | it went straight through to the workshop on the app, fixed before dinner. On paper that's two days.
I: That's a nice story for the report, actually.
G: Don't get carried away.
B: What do I do with my champions now? I've told five blokes they're special.
I: Keep them warm. Maybe they could come over to Doncaster for a day and see it?
B: Maybe. They'd probably like a day out.
I: Good. And the training, Gary, how did Lena do?
G: The training was actually alright. Your Lena was good. She didn't patronise them.
P: And Gary got the night lads in, all of them, for the Thursday.
G: Fourteen of them. With bacon.
I: Ha. Great. Okay, Owen's just joined I think. Owen, the DAF?
O: Morning, sorry. The DAF, um, yeah, that's next Tuesday now. Our engineer's been off, | and the replacement unit's at our Leicester site.
G: It's been dropping its GPS for two weeks, Owen.
O: I know. Next Tuesday, the 10th, I'll have someone out.
I: Okay. Um, so the pilot. I think we need to do a proper lessons-learned with the depot managers before January.
P: Yeah. I'll set up the lessons-learned session with Gary and Bernie | for the week of the 16th. I'll get it booked by Friday week.
G: If it's not at Doncaster I'm not coming. I've been to Head Office twice this month.
P: It'll be at Doncaster, Gary.
R: I'll pull the pilot usage stats for that, log-ins, trips, defect checks done, | by the 10th.
I: Thanks Ravi. And I'll send the revised plan round on Friday, with the January dates in it.
B: If it's useful I could send you the questions my drivers have been asking. Before January?
I: Maybe after the lessons-learned, let's see.
I: Okay, recap. Priya, the Declan and Terry meeting, still open. Owen, the DAF on the 10th. | Priya, the lessons-learned booked by Friday week. Ravi, usage stats by the 10th. Me, the revised plan Friday.
P: And the driver letter. Still nothing.
I: And the driver letter, yes. I'll put that in the report too.
G: Good luck with that.
O: If it's any help, I could see if our account director knows Declan, | sometimes a peer-level call helps.
I: Maybe. Let me think about it.
I: Right. Thanks everyone.
"""


def ts(t):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    return f"{int(h):02d}:{int(m):02d}:{int(s):02d},{round((s - int(s)) * 1000) % 1000:03d}"


def turns(n):
    out = []
    for line in CALLS[n].strip().splitlines():
        code, text = line.split(": ", 1)
        out.append((NAMES[code], [p.strip() for p in text.split(" | ")]))
    return out


def render(n):
    rnd = random.Random(4200 + n)
    t = 2.0 + rnd.random() * 3
    lines = []
    k = 0
    for name, parts in turns(n):
        for i, part in enumerate(parts):
            k += 1
            dur = max(0.9, len(part.split()) / 2.6 + rnd.uniform(-0.3, 0.6))
            named = i == 0 or rnd.random() < 0.5
            lines += [str(k), f"{ts(t)} --> {ts(t + dur)}", f"{name}: {part}" if named else part, ""]
            t += dur + (0.02 if i < len(parts) - 1 else rnd.uniform(0.3, 1.6))
    return "\n".join(lines)


def merged_text(n):
    """Turn texts with the cue parts joined by single spaces (what a quote is checked against)."""
    return [(name, " ".join(parts)) for name, parts in turns(n)]


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.srt").write_text(render(n))
        print(f"call-{n}.srt: {len(turns(n))} turns, {sum(len(p) for _, p in turns(n))} cues")
