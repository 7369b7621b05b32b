#!/usr/bin/env python3
"""Generate the six Harwick Regional Airport Apron360 status calls as Zoom cloud-recording WebVTT exports
(calls/call-N.vtt), write gold.json from the answer key held below, then check the key against the calls.

Each turn is "CODE: text"; " | " inside a turn marks where Zoom cut the turn into consecutive cues of the same
speaker (each cue keeps the "Full Name: " prefix, a few hundredths of a second apart, as Zoom writes them).
Timestamps are synthetic but deterministic. In call 3 the sponsor dials in from the Zoom phone app, so Zoom labels
him "Declan's iPhone".
Run: /work/main/.venv/bin/python make_calls.py   (writes calls/call-1.vtt .. call-6.vtt and gold.json next to this
file, then asserts that every gold quote occurs verbatim in one turn of its call and that dates and events agree;
exits 1 on any failure)
"""
import datetime
import json
import random
import re
import sys
from pathlib import Path

NAMES = {
    "PN": "Priya Nair",          # Stratus Ground Systems (vendor) project manager, host
    "TO": "Tom Okafor",          # Stratus integration engineer: AODB, FIDS link, StandPro extract
    "KL": "Kirsty Lang",         # Stratus implementation consultant: stand rules, ramp app, training
    "DM": "Declan Moss",         # Harwick operations director, sponsor
    "DI": "Declan's iPhone",     # the same Declan Moss, dialled in from the Zoom phone app (call 3)
    "HB": "Hannah Briggs",       # Harwick IT lead (IT is Hannah and Callum)
    "SR": "Steve Rourke",        # Harwick ground operations manager (the ramp)
    "NF": "Niamh Fitzgerald",    # Harwick AOC duty manager, stand planning lead
    "GP": "Gareth Price",        # Harwick security and compliance manager
    "MH": "Martin Hale",         # Vistaboard (the FIDS supplier) account manager; outside party
    "LD": "Leanne Doyle",        # Skylark Air station manager at Harwick; outside party
    "KD": "Kev Duffy",           # Unite rep for the ramp staff; outside party
}

DATES = {1: "2026-10-06", 2: "2026-10-13", 3: "2026-10-20", 4: "2026-10-27", 5: "2026-11-03", 6: "2026-11-10"}

CALLS = {}

CALLS[1] = """
PN: Morning, all. Can everyone hear me? There's a builder next door with a drill, so if it goes off, that's not me.
SR: We can hear you. We can hear the drill as well.
PN: Lovely. Right, it's gone two minutes past, so let's make a start. Declan's PA says he's in the safety review until half past and he'll jump on after. | So, first weekly call for the Apron360 rollout. Quick round of names. I'm Priya Nair, project manager at Stratus Ground Systems, and I'll be running these every Tuesday at half nine.
TO: Tom Okafor, integration engineer at Stratus. I do the interfaces, so the AODB, the link to the display screens, and getting the data out of StandPro.
KL: Kirsty Lang, implementation consultant. I set up the stand rules and the ramp app, and I do the training.
NF: Niamh Fitzgerald, AOC duty manager. I run stand planning, so StandPro is, um, basically my life.
SR: Steve Rourke, ground operations manager. The ramp. Hundred and forty handling staff, three shifts, and a tug that's older than my daughter.
HB: Hannah Briggs, IT. I'm the IT lead, which at Harwick means me, Callum, and whoever's nearest when the printer jams.
GP: Gareth Price, security and compliance. I was told to come along. I'm not entirely sure why yet.
PN: We'll find you a reason, Gareth. Okay. So, the plan on paper. Everything goes live together, stand planning and the ramp tablets, on Tuesday the seventeenth of November. | StandPro's support runs out on the thirty-first of December, so that leaves us six weeks of cushion.
NF: Everything at once?
PN: That's what's in the contract schedule, yes. We did it that way at Ashby and at Kelso.
SR: The ramp's not having tablets in November. Not with the ski charters starting.
PN: Okay. Let's park that until Declan's here, because I think it's his call. Tom, do you want to talk about the interfaces?
TO: Yeah. So there's two that matter. The AODB, which is the airport's own flight database, that's Hannah's side. | And then the FIDS, so the display screens, the gate screens, the baggage boards. And the FIDS isn't yours, is it? That's an outside company.
HB: Vistaboard. They run the screens. We don't touch them. We're not allowed to touch them, actually, it's in their contract.
TO: Right. So the way it works, Apron360 tells the FIDS which stand a flight's on, and the gate screens pick it up from there. | Until Vistaboard give us a test endpoint, I can't send a single stand change to the screens, not even in test.
PN: Who's our contact at Vistaboard?
HB: Honestly? No idea. The contract was signed by someone who's left. Commercial, maybe. Or it might sit under facilities.
NF: Whenever a screen dies I ring the number on a sticker on the back of it.
TO: Ha. Okay. Well, I'm happy to write to them, I just need a name. In the meantime I'll send Vistaboard our interface spec, the AIDX messages, by Friday, so they can't say they haven't seen it.
PN: Friday the ninth. Thanks, Tom. Hannah, is there any chance you could find out who actually holds the Vistaboard contract?
HB: Yeah, go on. I'll find out who holds the Vistaboard contract and get them on next week's call. Ruth in finance will know, she's the one paying them.
PN: Brilliant. Kirsty, stand rules.
KL: So. Which aircraft can go on which stand, the wingspan limits, which stands have an airbridge, which ones need a tow, all the Pier B stuff. | Niamh, I gather that all lives in StandPro?
NF: Some of it lives in StandPro. The rest lives in the stand bible.
KL: The stand bible?
NF: It's a spreadsheet. Well. It's a spreadsheet and a ring binder and about forty Post-its round my monitor. It's got all the exceptions. | Like, stand seven can't take anything bigger than an A320 when the fuel bowser's parked on the line. I'll tidy up the stand bible and send it to you by Thursday, Kirsty.
KL: Don't tidy it too much. I'd honestly rather have it with the Post-its.
NF: You'll get the Post-its.
PN: Thursday the eighth. Steve, the ramp side.
SR: What do you need from me?
KL: For the ramp app I need your shift patterns, and the names of, say, ten or twelve people who'd be super-users. The ones everyone asks when something breaks.
SR: That's easy, that's Big Dave and about eleven others. Yeah, I'll send you the shift patterns and the super-user names by Friday.
KL: Perfect.
SR: Just don't call him Big Dave to his face. He's sensitive about it.
KL: Noted.
PN: Hannah, the AODB. Tom needs to get at the test AODB from our side.
HB: Yeah, so that's a VPN. Callum's doing it. Callum says he'll have the VPN up by Friday, he just needs the IP ranges from Tom.
TO: He's got them. I sent them over last Wednesday.
HB: Then he's got no excuse. Well. He's got about nine excuses, but none of them are yours.
PN: Okay. Now, the Wi-Fi. For the ramp tablets we need a survey of the airside Wi-Fi, all the stands, before Kirsty can set anything up. Who owns that?
HB: Not IT. We do the network in the terminal. Airside's a different kettle of fish.
SR: Well, it's not the ramp. I wouldn't know a Wi-Fi survey if it ran me over on stand six.
GP: And before anybody looks at me, it's not security either. Although whoever goes airside to do it will need a pass from me.
NF: So, nobody.
SR: Someone should just ring AirLink. They put the access points in, didn't they?
HB: AirLink put the access points in, in 2019. They also put one in the roof of the fire station, so.
PN: Okay. I'll mark it as unowned for now and come back to it, because it's going to bite us.
DM: Morning. Sorry, sorry. Declan. The safety review ran over, as they do. What have I missed?
PN: Morning, Declan. We've just got to the Wi-Fi survey, which nobody owns. And before that, go-live. The contract schedule has everything live together on the seventeenth of November, and Steve's not keen.
DM: No. Steve's right. We are not putting tablets on the ramp in November with the ski charters starting.
PN: We did a single cutover at Ashby and it went fine.
DM: I'm sure it did. | Right. Stand planning goes live on Tuesday the twenty-fourth of November. The ramp tablets wait till January. Two goes, not one.
PN: Okay. The twenty-fourth of November for stand planning, and the ramp app in January. I'll send everyone the revised plan with the two dates by Thursday.
DM: Good. What else do you need me for? I've got about five minutes.
TO: Money, mainly. Vistaboard will want a change order before they open anything up on their side. They always do.
DM: How much?
TO: Last time I dealt with them, at another airport, it was about four grand and it took a month.
DM: Four grand. Right. Leave that with me. I'll get Ruth to approve the Vistaboard money by Friday, so it's not the thing that holds us up.
PN: Thank you. That's Friday the ninth.
DM: Whatever Friday is. And the Wi-Fi, what's the actual problem?
PN: Nobody owns the airside survey.
DM: Hannah?
HB: Declan, I've got the network refresh, the CCTV servers and the new check-in kiosks. And there's two of us. I'm not saying no. I'm saying I don't know when.
DM: Fair enough. We'll sort it next week. | I have to go, I've got the chief exec at ten. Sorry, everyone. Priya, send me whatever you need me to sign.
PN: Will do. Thanks, Declan.
GP: Shall I go as well? Since I don't own anything.
PN: Not so fast. The security sign-off. Apron360 is hosted in the cloud, and it'll talk to the AODB through your firewall. | Somebody at Harwick has to sign off the cyber risk assessment before that's allowed through the firewall in production.
GP: Not my call. I look after people and vehicles and airside passes. The firewall's Hannah's.
HB: The firewall's mine to change. It's not mine to say it's safe. That's a security sign-off.
GP: I'll happily read it if someone sends it me, but I'm not signing anything.
PN: Okay. That's two unowned things. They're both going at the top of the RAID log, in red.
NF: We had a RAID log for the new baggage system. It was forty pages by the end and nobody ever opened it.
PN: Well, I'll be opening this one. Every Tuesday.
KL: Can I ask about sandbox logins? I'd like the AOC team playing with it early, so go-live isn't a shock.
NF: Yes please. The sooner the better. My lot hate surprises. They've had enough surprises this year.
KL: I'll set up sandbox logins for the AOC team, all eight of them, by next Tuesday.
NF: Lovely.
TO: Niamh, one thing on StandPro. How do we get the data out? Is there an export?
NF: There's a button that says export. I've never pressed it. The last person who pressed it crashed the whole thing on a Saturday in August.
TO: Okay. I'd rather go straight at the database anyway, if someone's got the admin password.
HB: That'll be in the safe. Possibly.
SR: Possibly in the safe. Possibly in Brian's head. Brian retired.
TO: If it comes to it, I've got a script that reads StandPro's tables directly. We used it at Kelso.
PN: Good to know. Steve, anything else from the ramp?
SR: Just the union, really. I'd sooner Kev heard about tablets from me than from the canteen. I might have a word if I see him, quietly. No promises.
PN: Thanks. Recap, then. Tom, the spec to Vistaboard by Friday. Hannah, find out who holds the Vistaboard contract and get them on next week. | Niamh, the stand bible to Kirsty Thursday. Steve, shift patterns and super-users Friday. Callum, the VPN Friday. | Declan, the Vistaboard money Friday. Kirsty, the sandbox logins by next Tuesday. Me, the revised plan Thursday. And the Wi-Fi survey and the security sign-off are both unowned.
GP: You make unowned sound like a crime.
PN: It's not a crime yet, Gareth. Give it three weeks.
NF: Same time next week?
PN: Same time next week. Thanks, everyone.
SR: Cheers, all.
"""

CALLS[2] = """
PN: Morning, everyone. Give it a minute, people are still wandering in.
NF: Morning. I'm in the AOC today, so if you hear a radio, just ignore it.
PN: Will do. We've got a new face. Martin, do you want to introduce yourself?
MH: Morning. Martin Hale, account manager at Vistaboard. So we look after the flight information displays, the gate screens, the baggage boards, the big board in departures. | Hannah tracked me down through your finance team on Wednesday, so, here I am.
PN: Welcome. Hannah's running late, she's got a comms cupboard emergency, but she did find you, so that's one off the list.
SR: And Declan's sent apologies. He's at the CAA audit all day. He said to say sorry, and to tell you he's seeing Ruth on Thursday about the Vistaboard money.
PN: Thursday the fifteenth, then. Okay, let's go round. Tom, the spec to Vistaboard.
MH: We got Tom's spec on Thursday. The AIDX stuff. It's fine, it's all fairly standard. Our developers have had a look.
TO: Good. So, Martin, the thing I really need is a test endpoint.
MH: Yeah. So, and I'm not being difficult here, we can't open anything up until there's a signed change order and a purchase order. That's just how we work. | Once the PO's in, a test endpoint's usually a couple of weeks.
TO: Okay. Declan's on the money, apparently.
MH: The last airport that tried this without a change order, somebody plugged straight into the display network and we lost the departures board for a whole afternoon. So. Paperwork.
GP: I remember that. That was Norwich, wasn't it?
MH: I couldn't possibly say.
PN: Ha. Martin, is there anything you can give Tom before the PO lands?
MH: I can send the field mapping. How our messages map onto AIDX, which fields we actually use. I'll send Tom our field mapping for the stand messages by Friday.
TO: That'd be really useful, thanks.
MH: If you need it quicker, we can do an expedited change, but honestly it's double the money.
PN: Let's see what Ruth says first. Niamh, the stand bible.
NF: The stand bible. I know. I got as far as page four and then we had the diversions on Thursday night, six of them, all at once. | It'll be with Kirsty Friday. This Friday. Honestly.
KL: Friday's fine. Friday the sixteenth.
NF: And I've left the Post-its in.
KL: Thank you.
PN: Steve, shift patterns and super-users.
KL: They came through. Steve, your list came through on Friday, thank you. Twelve names, three shifts, and I can read all of them.
SR: I had Big Dave write them out. He's got lovely handwriting.
PN: Great. Kirsty, the sandbox logins.
NF: Oh, they work. I was in the sandbox last night. It's very blue. I put a seven-three-seven on the fire station, just to see if it'd let me.
KL: And did it?
NF: It did. Which I'm hoping is because the rules aren't in yet.
KL: That's exactly why. Once I've got your bible it won't let you. There's a user guide in there as well, if anyone wants a look.
NF: Oh, I'll read all two hundred pages this weekend. In the bath. With a glass of wine.
PN: Ha. And did everyone get the plan?
GP: Got your plan. The one with the two dates. I've pinned it up, though I'm still not sure what I'm doing on it.
PN: Give it time, Gareth. Okay, StandPro. Tom?
TO: So, Niamh let me drive her PC on Friday, remotely, and I had a proper look at StandPro. | The admin account is locked, and until Aerodata unlock it I can't get a single stand rule out of it.
NF: Aerodata being the people who made StandPro.
TO: Yeah. And I gather the support contract lapsed.
NF: In 2024. Nobody renewed it because it never broke. Well. It never broke in a way anyone rang them about.
PN: So who'd ring them?
HB: Sorry, sorry, I'm here. Hannah. Callum's got a core switch in bits in the terminal and I've been holding a torch for him.
PN: Morning, Hannah. Perfect timing, we're on Aerodata. StandPro's admin account is locked and the support's lapsed.
HB: Of course it is. Okay. I'll ring Aerodata and get the admin account unlocked by Thursday. I've got a number for them somewhere.
TO: Thanks, Hannah.
PN: And while you're here, the VPN. Callum was doing that for Friday?
HB: Yeah. That was before the switch died. He's been living in a comms cupboard since Thursday. He says Friday now. This Friday.
TO: No worries. I normally build against a stub for the first few weeks anyway.
PN: Okay. Tom, you wanted to raise the history.
TO: Yeah. So I'd suggest we bring three years of stand allocation history across from StandPro, so the reports work from day one. Punctuality by stand, that kind of thing.
NF: No. We're not bringing the history across. The stand rules and the winter schedule, that's it. | The history stays in StandPro, read-only, till they switch it off. I'm not having my team checking three years of rubbish.
SR: Agreed. Nobody's ever run a report on it anyway.
TO: Fair enough. It saves me a fortnight, to be honest.
PN: Okay, that's a decision. Rules and the winter schedule only, no history. Right, the Wi-Fi survey. Still unowned. Declan said we'd sort it this week.
SR: Hannah's got the AirLink contract.
HB: I've got the AirLink contract because nobody else wanted it.
SR: Well, there you go.
HB: Fine. Fine. I'll get AirLink booked in for the airside survey by Friday. But if the CCTV falls over, that comes first.
PN: Thank you, Hannah. Friday the sixteenth.
KL: Can I add something on the ramp? Tom and I want to come on site and walk the stands. Thursday the twenty-second, if that works for people.
SR: Works for me. Wear something warm.
GP: You'll both need escorted visitor passes for that. I'll have them waiting at the ID centre for you on the twenty-second.
KL: Amazing. I emailed you our passport details this morning, actually, on the off chance.
GP: I saw. Very organised.
PN: Okay, the security sign-off. Hannah, where are we?
HB: Callum can't open the firewall to the cloud for production until somebody signs off the risk assessment, and there's nobody to sign it. | He can do the rules in ten minutes. He just won't do them without a sign-off, and I don't blame him.
GP: Don't look at me.
PN: I'm not looking at you, Gareth.
GP: You were about to.
PN: That's one for Declan, then. Steve, you wanted to mention the union.
SR: Yeah. So I had that word with Kev. Quietly. It went about as well as you'd think. | Kev's told the lads not to log into anything on a tablet until Unite have seen what it records. He's heard it tracks them round the ramp.
KL: It doesn't track anyone. It's a turnaround timer.
SR: You try telling Kev that. When we brought in the new radios, he had the whole early shift sitting in the crew room for an hour because somebody said they had GPS.
PN: Can we get him on a call?
SR: I'll get Kev on the call in two weeks, the twenty-seventh, and he can ask Kirsty himself.
KL: I'd love that.
SR: You say that now.
HB: If it helps, Callum can show Kev what's actually on the tablets, what's logged and what isn't. If he's got a spare hour. Which he hasn't.
PN: Noted. Martin, before we finish, anything else from your side?
MH: Just the PO, really. The minute it lands, I'll get our developers started.
PN: Recap. Martin, the field mapping to Tom by Friday. Niamh, the bible Friday. Hannah, Aerodata by Thursday and AirLink booked by Friday. Callum, the VPN Friday. | Declan, Ruth on Thursday. Gareth, the passes for the twenty-second. Steve, Kev on the twenty-seventh. And no history.
NF: No history. Music to my ears.
PN: Thanks, everyone.
MH: Cheers. Nice to meet you all.
GP: Bye, all.
"""

CALLS[3] = """
PN: Morning, all. Gareth's sent apologies, he's running the emergency exercise, so if you hear sirens, that's him. | And we've got Leanne with us. Leanne, do you want to say hello?
LD: Hiya. Leanne Doyle, station manager for Skylark Air here at Harwick. Four based aircraft, first wave out at six, and I'm the one who gets the phone call when a stand's wrong.
NF: Leanne and I speak most mornings. Not always politely.
LD: Always politely. Mostly.
PN: Thanks for coming. I asked Leanne along because Skylark is about sixty per cent of our movements, so whatever we do with stands, she feels it.
DI: Hello? Hello, is this the, um, the airport thing?
PN: Morning, Declan. Yes, you're on. We can hear you, just about.
DI: I'm on the M62. I've got about twenty minutes before I lose you in the hills. Sorry. Crack on.
PN: Okay, quickly then, while we've got you. First, the Vistaboard money.
DI: Ruth signed off the Vistaboard money on Thursday. The PO went to them on Friday. Tell Martin it's on its way.
TO: Brilliant. That's the one thing holding up the test endpoint.
PN: Thank you, Declan. Second thing. The security sign-off. Gareth says it's not his, and Hannah says it's not hers.
HB: It isn't mine.
DI: It's Gareth's. He's the security manager, so the security sign-off is Gareth's. End of.
PN: Thank you. And I'll send Gareth our pen test summary and the ISO certificate tomorrow morning, so he's got something to start on.
DI: Good. What else?
HB: StandPro. Aerodata got back to me. They'll unlock the admin account, but our support's lapsed, so it's eight hundred pounds and a purchase order.
DI: For an unlock?
HB: For an unlock.
DI: Pay Aerodata. Eight hundred quid to get our own data back is daylight robbery, but pay it. Get Ruth to do it today.
HB: Okay. Then it's done by the end of the week. I'll have Tom in there by Friday.
TO: I'll bring biscuits for whoever types the password in.
PN: Declan, last one from me. The Wi-Fi.
HB: AirLink. I rang them. They can't come till next Tuesday, and they need somebody to escort them airside, and I haven't got anybody.
DI: Somebody must have a pass.
SR: Everybody on the ramp's got a pass. Nobody on the ramp's got a spare morning.
DI: Well, next Tuesday, then. Look, I'm losing you, I'm going into the. I'll, um. Priya, email me.
PN: Will do. Declan? I think he's gone.
SR: That's the Saddleworth cutting. He'll be back in ten minutes or never.
PN: So, Hannah, AirLink next Tuesday, the twenty-seventh?
HB: The twenty-seventh. If I find an escort.
PN: Okay. Let's do the rest. Tom, the VPN.
TO: I can see the test AODB from our box now. Callum did it on Friday, he sent me a thumbs up at eleven at night.
HB: He's a good lad. He needs sleep, but he's a good lad.
TO: And Martin's mapping came in on Thursday. It's mostly right. They call a stand a position, which took me an hour to work out.
PN: Niamh, the stand bible.
KL: I've got it. Niamh's stand bible arrived Friday night. There's a Post-it scanned in on page nine that just says never stand fourteen.
NF: There's a reason for that.
KL: I assumed there was.
NF: The drain cover. Don't ask.
PN: Kirsty, what's the plan, now you've got it?
KL: So, now I've got the bible, I'll have the stand rules built in test by Friday week, the thirtieth. Then Niamh can try to break them.
NF: I'll enjoy that.
PN: Okay. Leanne, can we talk about Skylark's data?
TO: So, for the turnaround screens we'd want Skylark's movement messages. Off-blocks, on-blocks, the estimates. Your ops control sends them to the airport already. We'd just take a copy.
LD: Yeah. So this is the bit where I'm going to be annoying. | Until there's a data-sharing agreement signed, our head office won't let me send you a single movement message. That's legal, not me. I'd give you the lot tomorrow.
TO: Without Skylark's messages the turnaround view's mostly empty. Sixty per cent empty.
LD: I know. I'll get our legal to send the data-sharing agreement over by Friday. They've got a template, they just need a kick.
PN: Thank you. Friday the twenty-third. And on our side, I assume Gareth would sign it?
HB: Now Declan's said he signs things, probably.
LD: And while I'm here. Our first wave. Four aircraft out between six and seven, and they need the contact stands, one to four. | If I'm bussing passengers out to a remote stand at six in the morning in January, I'll have a mutiny. Could we just have one to four, all day?
NF: All day, no. Not with the Malaga rotations at lunchtime.
LD: Worth a try.
NF: Fine. Skylark get stands one to four before seven every morning. After seven they're anybody's.
LD: I'll take that.
KL: That's easy to build. It's one rule.
NF: And Leanne, while you're feeling helpful, the winter schedule. I need it with the aircraft types, because half your A320s are turning into A321s and nobody told me.
LD: They're not turning into anything, they're being swapped. I'll send Niamh our winter schedule with the aircraft types by Thursday.
NF: Thursday the twenty-second. I'm writing it down.
LD: If it helps, I could ask our Dublin station how they got on. They went onto Apron360 last year.
PN: They did, yes. That went well, I think.
LD: They said the first week was carnage. But they say that about everything.
PN: Okay. Steve, a couple of things for the ramp app.
KL: Steve, I need the radio call signs for each team. The app shows who's on which stand by call sign.
SR: By call sign, not by name?
KL: By call sign.
SR: Kev'll like that better. Okay. I'll dig out the radio call signs and get them to you by the end of next week.
KL: The thirtieth, then.
SR: Steady on. Yeah. The thirtieth.
PN: And Kev's on next week's call?
SR: Kev's coming next week, he says, as long as there's biscuits.
TO: There's a lot of biscuit-based negotiation on this project.
PN: Okay, Tom, the parallel run.
TO: So, the plan has three weeks of parallel running before StandPro goes off. For that, Niamh's team want Apron360's allocations going back into StandPro, so they can compare like for like. | I'll build the sync back into StandPro for the parallel run. I'll have it working by the sixth of November.
NF: The sixth. And it won't crash StandPro?
TO: I'll try very hard not to crash StandPro.
NF: That's not a no.
TO: It's not a no.
HB: I'm not doing anything else airside without a ticket, by the way. For the record. The last time I helped out airside as a favour, I ended up on a stand at midnight holding a ladder for AirLink.
PN: Noted, Hannah. Tickets. Okay, recap. Me, the pen test summary and the ISO certificate to Gareth tomorrow morning. Hannah, Aerodata paid and unlocked by Friday, and AirLink the twenty-seventh. | Kirsty, the stand rules in test by the thirtieth. Leanne, the data-sharing agreement Friday and the winter schedule Thursday. Steve, call signs by the thirtieth. Tom, the sync by the sixth. | And Declan's decided two things from the M62. Gareth owns the sign-off, and we pay Aerodata. Oh, and Skylark get stands one to four before seven.
LD: Every morning.
PN: Every morning.
NF: Don't push your luck, Leanne.
LD: Wouldn't dream of it. Thanks, everyone.
PN: Thanks, all. Same time next week.
KL: Bye.
"""

CALLS[4] = """
PN: Morning, everyone. Lots of us today. Kev, welcome. Do you want to introduce yourself?
KD: Morning. Kev Duffy, Unite, I'm the rep for the ramp lads and lasses. Steve promised biscuits. I can't see any biscuits.
SR: They're virtual biscuits, Kev. It's a Zoom call.
KD: Virtual biscuits. That's about right for this place.
PN: Ha. We'll get to you properly, Kev, I promise. Has anyone heard from Declan?
SR: His car was in the car park at eight. Beyond that, no idea.
PN: Okay. We'll carry on without him. Martin, you're back. The PO?
MH: It landed Thursday, thank you. So we're off. I'll have your test endpoint up by Friday week, Tom, the sixth.
TO: The sixth of November. Great.
MH: We could do it sooner if we used our old flat-file feed instead of AIDX. It's already there, it's what the screens read today.
TO: I'd rather not. That feed drops messages when it's busy, and busy is exactly when stands change.
NF: It does drop messages. I've watched a gate screen send people to the wrong gate while I was standing next to it.
MH: Fair enough. AIDX it is.
PN: Okay. Hannah, StandPro.
TO: I'm in StandPro. I'm in. The admin password was the airport's name and the number one. I'm not going to say anything else.
HB: Ruth paid Aerodata on Thursday. They unlocked it Friday morning.
TO: And I've got every stand rule out, and the winter schedule's coming out tonight. So that's me unblocked on StandPro.
NF: The winter schedule that started on Sunday.
TO: That one.
PN: Great. Gareth, did you get what I sent?
GP: Priya's pen test report. I've read it. Twice. I understood about half of it, which I'm told is good going.
PN: And Declan's message?
GP: Declan's email said the sign-off is mine. In capitals. So, fine. It's mine. | I'll do the risk assessment and sign it off by the sixth of November. But I'm not signing anything I haven't read.
PN: That's all we ask.
HB: When you've signed it, Callum does the firewall the same day. He's promised me.
GP: No pressure, then.
TO: Hannah, for the firewall request you'll want the IP addresses and the ports. I'll send them over tomorrow.
HB: Tomorrow's lovely. Wednesday.
PN: Kirsty, you and Tom were on site on Thursday.
KL: We were. Thanks for the passes, Gareth. We only got lost once, and that was Tom.
TO: I wasn't lost. I was exploring stand twenty-two.
SR: Nobody explores stand twenty-two. There's nothing out there but a bin and a seagull.
KL: The stand rules. I'm a bit behind, honestly. Niamh's bible has more exceptions than rules. I'll need till Monday.
NF: Told you.
PN: Monday the second. Okay. The Wi-Fi. Hannah, AirLink were coming today?
HB: They came at eight. To the gate. Nobody met them, so they went home.
SR: Nobody met them because nobody knew they were coming.
HB: I told the ID centre.
GP: The ID centre didn't tell me.
PN: Okay. Okay. So where does that leave us?
SR: Give it here. I've got an airside pass and a van. I'll take AirLink round every stand myself on Thursday. I'll ring them after this.
HB: Honestly, Steve, you're a hero.
SR: I know.
PN: Thank you. So the survey's Steve's now, Thursday the twenty-ninth. Right, Kev. Steve, do you want to kick off?
SR: Kev, do you want to just say what the lads are worried about?
KD: Right. So. They've been told there's a tablet coming that tracks them. Where they are, how long they take, who's slow. | And after the clocking-in cards in 2015, when people got hauled in for being four minutes late back from break, you'll understand they're a bit twitchy.
KL: Totally. Can I show you what it actually does?
KD: Go on.
KL: So the turnaround timer records when things happen on the stand. Chocks on, hold door open, last bag loaded, pushback. It's about the aircraft, not about a person.
KD: With a name against it?
KL: At the moment it stamps the login of whoever taps the button.
KD: So, with a name against it.
KL: Yes.
KD: Then honestly, our position is no timers at all. Take them out.
SR: We need the timers, Kev. That's the whole point of the thing. The airlines pay us by the turnaround.
KD: Then we've got a problem.
SR: Right. Here's what we'll do. The timers record against the stand and the flight, never against a person. No names on the timer, no logins on the timer screens.
KL: That's fine. The login stamp's one setting. It can go.
KD: Against the stand and the flight. Not against anybody.
SR: Not against anybody.
KD: I can live with that. If it's in writing.
KL: I'll write it up on one page, in plain English, what the tablet records and what it doesn't, and get it to you by Friday, Kev.
KD: Then I'll take it to the shop stewards on the fifth. If they're happy, you've got your pilot.
PN: That's brilliant. Thank you both.
KD: If the stewards want to see it working, I could bring a couple of them to the training. If.
KL: Any time.
KD: And I'm not promising anything on behalf of the nights lot. The nights lot do what they like.
PN: Noted. Niamh, anything from Leanne?
NF: Nothing from Leanne on the schedule. She said Thursday. It's Tuesday. She's two doors down from me and I've been glaring at her door.
TO: And the Skylark agreement hasn't come either, so still no messages.
PN: Gareth, when it does come, you'd sign our side?
GP: If it ever lands, I'll look at it. I'm not promising to sign a lawyer's template blind.
PN: Fair. Tom, the sync, now you're in?
TO: Started it yesterday. StandPro really doesn't want to be written to. But I'm still on for the sixth.
NF: As long as it doesn't crash it.
TO: As long as it doesn't crash it.
PN: Okay. Recap. Martin, the endpoint by the sixth. Gareth, the risk assessment and sign-off by the sixth. Tom, the IPs to Hannah tomorrow, and the sync by the sixth. | Kirsty, the stand rules Monday, and the one-pager for Kev on Friday. Steve, AirLink round the stands Thursday. Kev, the stewards on the fifth. | And the timers record against the stand and the flight, not a person.
KD: In writing.
PN: In writing. Thanks, everyone.
MH: Cheers, all.
KD: Cheers. Next time, real biscuits.
"""

CALLS[5] = """
PN: Morning, all. Leanne's back with us, and Declan says he'll try to join at the end. Hannah, you've got to leave early?
HB: At ten. One of the CCTV servers is making a noise like a kettle. So if we could do IT first.
PN: Of course. Tom, the IPs.
HB: Tom's IPs are in the firewall request. It's sitting there waiting for Gareth's sign-off.
GP: I'm halfway through. I'm still on for Friday.
HB: The day Gareth signs, Callum opens the firewall. Not before. That's all I've got.
PN: Thanks, Hannah. Anything else before you go?
HB: Just that I don't own the Wi-Fi any more, and I've never been happier.
SR: You're welcome.
HB: Right, I'm off to the kettle. Bye, all.
PN: Bye, Hannah. Steve, the Wi-Fi.
SR: AirLink walked every stand on Thursday with me, and I've got the blisters to prove it. Nine till four. They said the report will be a week, ten days.
KL: Did they say anything on the day?
SR: The young lad kept frowning at his laptop out on the remote stands. I didn't like the frowning.
KL: Okay. I'll hold off on the tablet setup till the report's in, then. No point guessing.
PN: Tom, Vistaboard.
TO: Martin's test endpoint went up yesterday. Four days early. I've been pushing stand changes to a gate screen in their lab in Birmingham all morning. | It's very satisfying. I move a flight to stand eleven, and a screen I can't see says gate eleven.
NF: That's more than StandPro ever managed.
PN: Great. Leanne, the agreement.
LD: Our legal sent the data-sharing agreement over on Wednesday. Only a few days late, which for them is basically early.
GP: And I signed our side on Friday. Since apparently I sign things now.
TO: And the first Skylark messages came in this morning. Off-blocks for the ten past six to Alicante. Real data.
LD: It left on time as well. Write that down.
PN: Brilliant. So Skylark's unblocked. Niamh, Kirsty's rules.
NF: I've been through Kirsty's stand rules in test. Stand nine's wrong, it thinks it can take a seven-five-seven, but otherwise it's bang on.
KL: Stand nine's fixed. I fixed it while you were talking.
NF: Show-off. Leanne, while I've got you. The winter schedule.
LD: Oh God. That's on me. Sorry. The schedule started nine days ago and I still haven't sent it. You'll have it tomorrow, I promise. Hand on heart.
NF: Tomorrow. Wednesday.
LD: Wednesday.
PN: Steve, Kev?
SR: Kev's got Kirsty's one-pager. He says it's the first thing from management he's ever understood.
KL: I'll take that.
SR: But the stewards' meeting's moved. Kev says it's Monday the ninth now, because half of them are on nights this week.
PN: Monday the ninth. Okay. Tom, the sync.
TO: So, honestly? It's about half built. StandPro really, really doesn't want to be written to. I've crashed the test copy twice.
NF: Tom, can I be honest? I don't want a parallel run. My team running two systems side by side for three weeks, in the run-up to Christmas, with the ski flights? No.
PN: The parallel run's in the plan for a reason, Niamh. It's the safety net. I'd really rather keep it.
NF: I know. | No parallel run. We'll do one shadow day on the twenty-third, on paper, and then we switch.
SR: I'm with Niamh. Nobody can run two systems on a Saturday night with two people.
TO: Then I'll stop on the sync. I won't pretend I'm sad.
PN: Okay. Park it, Tom. Park the sync. The parallel run comes out of the plan.
KL: So what happens on the twenty-third?
NF: My team plan the whole day in Apron360, and I check it against StandPro with a pen. Like the old days.
LD: When we opened at Belfast the stand system put an A321 on a stand meant for a Cessna. Twice. So I'm all for the pen.
PN: Okay, training. Kirsty.
KL: So. I'll run the AOC training on the seventeenth and eighteenth, two sessions a day, so every shift gets one.
NF: I'll get the duty managers released for the training. I'll sort the rota by Friday.
KL: Perfect.
PN: Tom, the end-to-end.
TO: Yeah. So, now the endpoint's up, I'll do the end-to-end test on Friday. A stand change in Apron360 all the way through to the gate screens and the baggage boards.
PN: Friday the sixth. Great.
LD: Could our ops control watch that? They'd love it. They're very sad people.
TO: If they want to, I'll set up a screen share. Just let me know.
GP: And just so everybody knows, I'm not signing anything for production until I've seen that end-to-end work.
PN: Understood. Does that change Friday for the sign-off?
GP: No. If Tom's test works on Friday morning, I sign on Friday afternoon.
DM: Hello. Sorry. I've been with the chief exec and the chair, it's budget season. What have I missed?
PN: Hi, Declan. The quick version. Vistaboard's test link is up, Skylark's data is flowing, and Niamh's decided no parallel run, one shadow day on the twenty-third instead.
DM: Niamh's call. Fine by me. Where's the security thing?
GP: Friday.
DM: Good. Anything you need from me?
PN: The airlines. With the twenty-fourth coming, the station managers need to hear that stand planning is changing, and it ought to come from you.
DM: Yes. I'll write to the station managers myself this week, so they hear it from me and not from the crew room.
LD: I'll look forward to it. I'll have it framed.
DM: Don't frame it, Leanne, just read it.
PN: Recap, then, quickly. Gareth, the sign-off Friday. Tom, the end-to-end Friday. Leanne, the schedule tomorrow. Niamh, the rota Friday. | Kirsty, training the seventeenth and eighteenth. Declan, the letter this week. We're waiting on AirLink's report. And no parallel run, a shadow day on the twenty-third.
DM: Good. Honest view, Priya. How are we doing?
PN: Amber. The endpoint and Skylark are good news. It all hangs on Gareth's signature.
GP: No pressure.
DM: Right. Thanks, all.
"""

CALLS[6] = """
PN: Morning, everyone. Declan's with us for the first half, then he's got the board. So, Declan, I'll go straight to the big one, if that's okay.
DM: Go on.
PN: Gareth, the security sign-off.
GP: I haven't signed it. There's one finding I'm not happy with. The admin logins on Apron360 don't have two-factor. I'm not signing until that's closed.
PN: When do you think?
GP: When it's closed. I'm not giving you a date for something that isn't mine to fix.
TO: That one's ours. I'll turn on two-factor for the admin logins by Friday. It's a setting, it's just nobody's flipped it for Harwick.
GP: Then I'll look again when it's on.
DM: So where does that leave the twenty-fourth?
PN: Tight. Can I float something? We go live on the twenty-fourth without the baggage boards. Just the gate screens, and Gareth signs off the rest later.
GP: No. There's one firewall. Either it's open or it isn't. I'm not signing half a firewall.
TO: And the baggage boards aren't working anyway. The end-to-end, half of it works. A stand change goes all the way to the gate screens in about four seconds. The baggage boards don't get anything.
MH: The baggage boards are on the old controller. They're a different beast.
PN: When will they work, Tom?
TO: I'd rather not give you a date until Martin's people have looked at the controller.
MH: I'll see if anyone can look at it. I can't promise when, our controller man's on holiday in Tenerife.
DM: Right. I'm making a call. We are not going live on the twenty-fourth without a signature. | Stand planning goes live on Tuesday the eighth of December. The ramp tablets stay in January, the twelfth.
NF: The eighth. Thank God.
SR: January's fine by the ramp.
PN: Okay. The eighth of December for stand planning, the twelfth of January for the ramp. I'll send out the revised plan with the new dates by Thursday.
KL: Then the AOC training moves as well. I'll do it on the first and second of December instead. | Niamh, does the rota still work?
NF: I'll make it work. The rota's done, by the way. All six duty managers are released for the training, though Jenny's furious about losing a Saturday.
KL: Tell Jenny there'll be pastries.
PN: And the shadow day?
NF: The seventh, then. The day before. Same as before, on paper.
PN: Declan, the letter to the station managers. Did it go?
DM: Not yet. It's in my drafts.
PN: It can go now we've got a date, can't it?
DM: It'll go. Don't nag, Priya.
PN: I'm not nagging. I'm minuting.
DM: And I'll tell Alison about the date. She'll ask why, and I'll tell her it's the security sign-off.
GP: Tell her it's my fault. Everyone else will.
DM: I'll tell her it's a firewall. She doesn't know who you are.
GP: Charming.
DM: Right, I've got to go, the board's at ten. Priya, ring me if Gareth signs.
PN: Will do. Thanks, Declan.
HB: Callum's got the firewall change written, by the way. It's been written for a week. He looks at it every morning like it's a pet.
PN: Ha. Steve, the Wi-Fi report.
SR: AirLink's report isn't in. They say Friday. I've rung them twice.
KL: So I still can't set up the tablets.
SR: The lad did tell me on the phone that the remote stands, twenty to twenty-four, are basically a desert. But that's off the record till it's in the report.
KL: If it's a desert, I'd sooner know now than in January.
HB: If it is a desert, that's new access points, and that's money, and that's not this year's budget. Just saying.
PN: Let's wait for the report. Steve, Kev and the stewards?
SR: Stewards said yes last night. Kev texted me at eleven o'clock. In capitals. Yes, with three exclamation marks. As long as it's exactly what's in Kirsty's one-pager.
KL: It's exactly what's in it.
PN: Brilliant, that's the union sorted. Niamh, Leanne's schedule?
NF: Leanne's schedule came on Wednesday, like she said. With the aircraft types. Half the A320s are A321s, as predicted.
TO: I loaded it into test on Thursday. It all fits, apart from the A321s on stand seven with the bowser.
NF: Stand seven. I wrote that on a Post-it in 2019.
KL: It's in the rules. That's why it's complaining.
PN: Martin, production.
MH: So for the live endpoint, Tom needs a production certificate from us. I'll send Tom the production certificate for the live endpoint by Friday.
TO: Great. Not that I can use it until Gareth signs.
GP: Yes, yes. I know.
HB: If Gareth signs by Friday, Callum can open it on Monday. That's me.
GP: Oh, good, another thing waiting on me. I'll start a collection.
PN: Okay. Honest status. I'm calling it red this week. We've moved the date, the sign-off's still open, and we haven't got the Wi-Fi report.
SR: Red's fair.
NF: I'd have said amber. But I'm an optimist, apparently.
TO: Amber for stand planning, red for the ramp.
PN: I'll put red, with a note. Recap. Tom, two-factor by Friday. Martin, the production certificate Friday. Me, the revised plan Thursday. | Kirsty, AOC training on the first and second of December. Gareth, the sign-off once two-factor's on. Declan, the letter and Alison. | Tom, the baggage boards once Martin's people have looked. And AirLink's report, Friday, supposedly.
GP: Supposedly's doing a lot of work there.
PN: It is. Thanks, everyone. Same time next week.
MH: Cheers.
NF: Bye, all.
"""

# ----------------------------------------------------------------------------------------------------------------
# The answer key. gold.json is written from these structures (same keys and shapes as carnforth/gold.json).

ENGAGEMENT = "Harwick Regional Airport Apron360"
AS_OF = "2026-11-11"
EARLY_AS_OF = "2026-10-28"

DESCRIPTION = (
    "Harwick Regional Airport replaces StandPro, its legacy ground-handling and stand-allocation system (made by "
    "Aerodata, support lapsed in 2024, support contract for the airport ending 31 December), with Apron360, the cloud "
    "product of Stratus Ground Systems: stand planning in the Airport Operations Centre (AOC), stand rules from "
    "Niamh's 'stand bible', the winter schedule, a turnaround app on tablets for the ramp staff, an interface to the "
    "airport's AODB (over a VPN), a stand feed to the flight information display system (FIDS: gate screens and "
    "baggage boards), run by an outside supplier, Vistaboard, and Skylark Air's movement messages. Nobody at the "
    "airport owns the airside Wi-Fi survey or the security sign-off at first; the sponsor (operations director) is "
    "late, absent, in his car or leaving early; the IT lead (IT is two people) is overloaded; the Unite rep for the "
    "ramp staff will not let them use tablets that might track them. Six weekly Zoom calls on Tuesdays, exported as "
    "WebVTT."
)

PEOPLE = {
    "Priya Nair": "vendor (Stratus Ground Systems) project manager, host; all calls",
    "Tom Okafor": "vendor (Stratus) integration engineer: AODB VPN, Vistaboard FIDS link, StandPro extract and sync, "
                  "end-to-end test, two-factor on admin logins; all calls",
    "Kirsty Lang": "vendor (Stratus) implementation consultant: stand rules, sandbox, ramp app, the one-page note "
                   "for the union, AOC training; all calls",
    "Declan Moss": "Harwick operations director, sponsor (call 1 joins late, leaves early; call 2 apologies, CAA "
                   "audit, Steve relays; call 3 dials in from the M62 as 'Declan's iPhone' and drops out; call 4 "
                   "absent with no word; call 5 joins for the last minutes; call 6 first half only, then the "
                   "board). Rules D1, D3, D4 and D8",
    "Hannah Briggs": "Harwick IT lead (IT is Hannah and Callum, who is never on a call); overloaded (network "
                     "refresh, CCTV servers, check-in kiosks); joins call 2 late, leaves call 5 early; hands the "
                     "Wi-Fi survey (C9) to Steve in call 4",
    "Steve Rourke": "Harwick ground operations manager (the ramp, 140 handling staff); relays Declan in call 2 and "
                    "Kev in calls 5 and 6; takes over the Wi-Fi survey in call 4; rules D6 with Kev",
    "Niamh Fitzgerald": "Harwick AOC duty manager, stand planning lead (StandPro's main user, keeper of the stand "
                        "bible); rules D2, D5 and D7",
    "Gareth Price": "Harwick security and compliance manager (airside passes); disowns the security sign-off until "
                    "Declan gives it to him (D4); absent from call 3 (apologies, emergency exercise)",
    "Martin Hale": "Vistaboard (the FIDS supplier) account manager; outside party; calls 2, 4 and 6",
    "Leanne Doyle": "Skylark Air station manager at Harwick (about 60 per cent of movements); outside party; calls "
                    "3 and 5",
    "Kev Duffy": "Unite rep for the ramp staff; outside party; call 4 only",
}

ATTENDANCE = {
    "1": ["Priya", "Tom", "Kirsty", "Niamh", "Steve", "Hannah", "Gareth", "Declan"],
    "2": ["Priya", "Tom", "Kirsty", "Niamh", "Steve", "Hannah", "Gareth", "Martin"],
    "3": ["Priya", "Tom", "Kirsty", "Niamh", "Steve", "Hannah", "Leanne", "Declan"],
    "4": ["Priya", "Tom", "Kirsty", "Niamh", "Steve", "Hannah", "Gareth", "Martin", "Kev"],
    "5": ["Priya", "Tom", "Kirsty", "Niamh", "Steve", "Hannah", "Gareth", "Leanne", "Declan"],
    "6": ["Priya", "Tom", "Kirsty", "Niamh", "Steve", "Hannah", "Gareth", "Martin", "Declan"],
    "note": "Declan (sponsor) joins call 1 late (safety review) and leaves for the chief exec; sends apologies to "
            "call 2 (CAA audit; Steve relays C6's new date); dials into call 3 from the M62, labelled "
            "'Declan's iPhone', and drops out in the Saddleworth cutting; absent from call 4 with no word (his car "
            "is in the car park); joins call 5 for the last minutes (chief exec and chair); attends the first half "
            "of call 6 and leaves for the board. Hannah joins call 2 late (a core switch) and leaves call 5 early "
            "(a CCTV server). Gareth sends apologies to call 3 (emergency exercise). Outside parties: Martin "
            "(Vistaboard) calls 2, 4, 6; Leanne (Skylark Air) calls 3 and 5; Kev (Unite) call 4 only. Mentioned, "
            "never present: Callum (IT, Hannah's only colleague), Ruth (finance), Alison (chief executive), Big "
            "Dave (a ramp super-user), Jenny (a duty manager), Brian (retired), Aerodata (StandPro's maker), "
            "AirLink (the Wi-Fi contractor), Skylark's legal team and Dublin station, the shop stewards, "
            "Vistaboard's developers and controller engineer, the CAA.",
}

# Commitments. SAID_BY names the speaker of a quote that is not the owner's own (a relayed promise).
SAID_BY = {"C5": "Hannah"}

COMMITMENTS = [
    dict(id="C1", owner="Tom", first_call=1, due="2026-10-09",
         task="send Vistaboard (the FIDS supplier) the Apron360 interface spec (the AIDX messages)",
         quote="In the meantime I'll send Vistaboard our interface spec, the AIDX messages, by Friday, so they can't say they haven't seen it.",
         keywords=["vistaboard", "interface", "spec", "aidx", "friday"],
         events=[dict(call=2, type="done")],
         note="'by Friday' said Tue 10-06 = Fri 10-09 (Priya: 'Friday the ninth'). Call 2 done, reported by the "
              "recipient, Martin of Vistaboard, before Tom speaks: 'We got Tom's spec on Thursday. The AIDX stuff.'"),
    dict(id="C2", owner="Hannah", first_call=1, due="2026-10-13",
         task="find out who at Harwick holds the Vistaboard contract and get Vistaboard on the next call",
         quote="I'll find out who holds the Vistaboard contract and get them on next week's call.",
         keywords=["vistaboard", "contract", "holds", "call"],
         events=[dict(call=2, type="done")],
         note="'next week's call' = call 2, 10-13. Call 2 done by presence: Martin Hale of Vistaboard is on the call "
              "('Hannah tracked me down through your finance team on Wednesday'); Priya: 'she did find you, so "
              "that's one off the list' while Hannah is still absent (she joins late)."),
    dict(id="C3", owner="Niamh", first_call=1, due="2026-10-08",
         task="send Kirsty the stand bible (the spreadsheet of stand rules and exceptions, Post-its included)",
         quote="I'll tidy up the stand bible and send it to you by Thursday, Kirsty.",
         keywords=["stand", "bible", "tidy", "thursday", "kirsty"],
         events=[dict(call=2, type="slipped", new_due="2026-10-16"), dict(call=3, type="done")],
         note="'by Thursday' on Tue 10-06 = 10-08 (Priya: 'Thursday the eighth'). Call 2: 'I got as far as page "
              "four ... It'll be with Kirsty Friday. This Friday. Honestly.' / 'Friday the sixteenth.' (slip). "
              "Call 3 done, reported by the recipient: 'Niamh's stand bible arrived Friday night.'"),
    dict(id="C4", owner="Steve", first_call=1, due="2026-10-09",
         task="send Kirsty the ramp shift patterns and the names of ten or twelve super-users",
         quote="Yeah, I'll send you the shift patterns and the super-user names by Friday.",
         keywords=["shift", "patterns", "super-user", "names", "friday"],
         events=[dict(call=2, type="done")],
         note="Call 2 done, reported by the recipient in other words: 'Steve, your list came through on Friday, "
              "thank you. Twelve names, three shifts' (Big Dave wrote them out)."),
    dict(id="C5", owner="Callum", first_call=1, due="2026-10-09",
         task="set up the VPN so Tom's test environment can reach the airport's test AODB",
         quote="Callum says he'll have the VPN up by Friday, he just needs the IP ranges from Tom.",
         keywords=["callum", "vpn", "friday", "ip", "ranges"],
         events=[dict(call=2, type="slipped", new_due="2026-10-16"), dict(call=3, type="done")],
         note="A relayed promise: said by Hannah for Callum, her only colleague, who is never on a call (Candor may "
              "name Hannah as owner). Call 2, relayed by Hannah: 'He's been living in a comms cupboard since "
              "Thursday. He says Friday now. This Friday.' (slip to 10-16). Call 3 done, reported by Tom: 'I can "
              "see the test AODB from our box now. Callum did it on Friday'."),
    dict(id="C6", owner="Declan", first_call=1, due="2026-10-09",
         task="get Ruth (finance) to approve the money for Vistaboard's change order",
         quote="I'll get Ruth to approve the Vistaboard money by Friday, so it's not the thing that holds us up.",
         keywords=["ruth", "approve", "vistaboard", "money", "friday"],
         events=[dict(call=2, type="slipped", new_due="2026-10-15"), dict(call=3, type="done")],
         note="The sponsor, in call 1 for a few minutes. Call 2 (Declan absent, at the CAA audit), relayed by "
              "Steve: 'he's seeing Ruth on Thursday about the Vistaboard money' / Priya: 'Thursday the fifteenth, "
              "then.' (relayed slip). Call 3 done, said by Declan from his car ('Declan's iPhone'): 'Ruth signed "
              "off the Vistaboard money on Thursday. The PO went to them on Friday.'"),
    dict(id="C7", owner="Priya", first_call=1, due="2026-10-08",
         task="send everyone the revised plan with the two go-live dates (D1)",
         quote="I'll send everyone the revised plan with the two dates by Thursday.",
         keywords=["revised", "plan", "dates", "thursday"],
         events=[dict(call=2, type="done")],
         note="Call 2 done, reported by a recipient: Gareth 'Got your plan. The one with the two dates. I've "
              "pinned it up'."),
    dict(id="C8", owner="Kirsty", first_call=1, due="2026-10-13",
         task="set up Apron360 sandbox logins for the eight AOC staff",
         quote="I'll set up sandbox logins for the AOC team, all eight of them, by next Tuesday.",
         keywords=["sandbox", "logins", "aoc", "team", "tuesday"],
         events=[dict(call=2, type="done")],
         note="'next Tuesday' on Tue 10-06 = 10-13. Call 2 done, shown by use and said by Niamh: 'Oh, they work. I "
              "was in the sandbox last night. It's very blue. I put a seven-three-seven on the fire station'."),
    dict(id="C9", owner="Hannah", first_call=2, due="2026-10-16",
         task="get AirLink (the Wi-Fi contractor) to do the airside Wi-Fi survey of the stands",
         quote="Fine. Fine. I'll get AirLink booked in for the airside survey by Friday.",
         keywords=["airlink", "booked", "airside", "survey", "friday"],
         events=[dict(call=3, type="slipped", new_due="2026-10-27"),
                 dict(call=4, type="reassigned", new_owner="Steve"),
                 dict(call=4, type="slipped", new_due="2026-10-29"),
                 dict(call=5, type="done")],
         reassigned_to=["Steve"],
         note="The survey nobody owned in call 1; Hannah takes it reluctantly in call 2 ('I've got the AirLink "
              "contract because nobody else wanted it'). Call 3: 'They can't come till next Tuesday ... and I "
              "haven't got anybody' / 'The twenty-seventh. If I find an escort.' (slip to 10-27). Call 4: AirLink "
              "came to the gate and nobody met them; Steve takes it over: 'Give it here. I've got an airside pass "
              "and a van. I'll take AirLink round every stand myself on Thursday.' / Priya: 'So the survey's "
              "Steve's now, Thursday the twenty-ninth.' REASSIGNED to Steve, slip to 10-29. Call 5 done, by Steve: "
              "'AirLink walked every stand on Thursday with me, and I've got the blisters to prove it.' The "
              "survey's report is a separate matter (B2 stays open)."),
    dict(id="C10", owner="Martin", first_call=2, due="2026-10-16",
         task="send Tom Vistaboard's field mapping (how its stand messages map onto AIDX)",
         quote="I'll send Tom our field mapping for the stand messages by Friday.",
         keywords=["field", "mapping", "stand", "messages", "friday"],
         events=[dict(call=3, type="done")],
         note="Outside party (Vistaboard), not on call 3. Call 3 done, reported by the recipient: 'Martin's "
              "mapping came in on Thursday. It's mostly right. They call a stand a position'."),
    dict(id="C11", owner="Hannah", first_call=2, due="2026-10-15",
         task="get Aerodata to unlock the StandPro admin account",
         quote="I'll ring Aerodata and get the admin account unlocked by Thursday.",
         keywords=["aerodata", "admin", "account", "unlocked", "thursday"],
         events=[dict(call=3, type="slipped", new_due="2026-10-23"), dict(call=4, type="done")],
         note="'by Thursday' on Tue 10-13 = 10-15. Call 3: Aerodata want 800 pounds and a PO; after Declan's "
              "'Pay Aerodata' (D3): 'Then it's done by the end of the week. I'll have Tom in there by Friday.' "
              "(slip to Fri 10-23). Call 4 done, by Tom before Hannah answers: 'I'm in StandPro. I'm in.' / Hannah: "
              "'Ruth paid Aerodata on Thursday. They unlocked it Friday morning.' Clears B4."),
    dict(id="C12", owner="Steve", first_call=2, due="2026-10-27",
         task="get Kev Duffy (Unite rep) onto the status call of 27 October",
         quote="I'll get Kev on the call in two weeks, the twenty-seventh, and he can ask Kirsty himself.",
         keywords=["kev", "call", "twenty-seventh", "weeks"],
         events=[dict(call=4, type="done")],
         note="Call 3: 'Kev's coming next week, he says, as long as there's biscuits.' (restatement). Call 4 done by "
              "presence: Kev is on the call ('Steve promised biscuits')."),
    dict(id="C13", owner="Gareth", first_call=2, due="2026-10-22",
         task="have escorted visitor passes waiting at the ID centre for Kirsty and Tom's site visit on 22 October",
         quote="You'll both need escorted visitor passes for that. I'll have them waiting at the ID centre for you on the twenty-second.",
         keywords=["escorted", "visitor", "passes", "id", "centre", "twenty-second"],
         events=[dict(call=4, type="done")],
         note="Gareth is absent from call 3. Call 4 done, reported by a recipient: 'Thanks for the passes, Gareth. "
              "We only got lost once, and that was Tom.'"),
    dict(id="C14", owner="Priya", first_call=3, due="2026-10-21",
         task="send Gareth Stratus's penetration test summary and ISO certificate for the security sign-off",
         quote="And I'll send Gareth our pen test summary and the ISO certificate tomorrow morning, so he's got something to start on.",
         keywords=["gareth", "pen", "test", "summary", "iso", "certificate"],
         events=[dict(call=4, type="done")],
         note="'tomorrow morning' on Tue 10-20 = 10-21. Call 4 done, reported by the recipient in other words: "
              "'Priya's pen test report. I've read it. Twice.'"),
    dict(id="C15", owner="Kirsty", first_call=3, due="2026-10-30",
         task="build the stand rules (from the stand bible) in the Apron360 test system",
         quote="So, now I've got the bible, I'll have the stand rules built in test by Friday week, the thirtieth.",
         keywords=["stand", "rules", "built", "test", "thirtieth"],
         events=[dict(call=4, type="slipped", new_due="2026-11-02"), dict(call=5, type="done")],
         note="'Friday week, the thirtieth' on Tue 10-20 = 10-30. Call 4: 'I'm a bit behind, honestly ... I'll "
              "need till Monday.' / 'Monday the second.' (slip). Call 5 done, reported by Niamh: 'I've been "
              "through Kirsty's stand rules in test. Stand nine's wrong ... but otherwise it's bang on.'"),
    dict(id="C16", owner="Leanne", first_call=3, due="2026-10-23",
         task="get Skylark Air's legal team to send the data-sharing agreement",
         quote="I'll get our legal to send the data-sharing agreement over by Friday.",
         keywords=["legal", "data-sharing", "agreement", "friday"],
         events=[dict(call=5, type="done")],
         note="Outside party (Skylark Air), absent from call 4, where Tom says 'the Skylark agreement hasn't come "
              "either' (overdue on the early as-of date 10-28). Call 5 done: 'Our legal sent the data-sharing "
              "agreement over on Wednesday.' Gareth signed the airport's side on Friday; the first Skylark messages "
              "arrive; clears B6."),
    dict(id="C17", owner="Leanne", first_call=3, due="2026-10-22",
         task="send Niamh Skylark Air's winter schedule with the aircraft types",
         quote="I'll send Niamh our winter schedule with the aircraft types by Thursday.",
         keywords=["winter", "schedule", "aircraft", "types", "thursday"],
         events=[dict(call=5, type="slipped", new_due="2026-11-04"), dict(call=6, type="done")],
         note="Niamh: 'Thursday the twenty-second.' Call 4 (Leanne absent): 'Nothing from Leanne on the schedule. "
              "She said Thursday. It's Tuesday.' (overdue, no new date). Call 5: 'That's on me ... You'll have it "
              "tomorrow, I promise.' / 'Tomorrow. Wednesday.' (slip to 11-04). Call 6 done, reported by Niamh: "
              "'Leanne's schedule came on Wednesday, like she said.'"),
    dict(id="C18", owner="Steve", first_call=3, due="2026-10-30",
         task="get Kirsty the radio call signs of each ramp team for the ramp app",
         quote="I'll dig out the radio call signs and get them to you by the end of next week.",
         keywords=["radio", "call", "signs", "week"],
         events=[],
         note="'by the end of next week' on Tue 10-20 = Fri 10-30 (Kirsty: 'The thirtieth, then.' / 'Yeah. The "
              "thirtieth.'). Never mentioned again. SILENTLY OVERDUE as of 11-11."),
    dict(id="C19", owner="Tom", first_call=3, due="2026-11-06",
         task="build a sync from Apron360 back into StandPro for the three-week parallel run",
         quote="I'll build the sync back into StandPro for the parallel run. I'll have it working by the sixth of November.",
         keywords=["sync", "standpro", "parallel", "run", "sixth", "november"],
         events=[dict(call=5, type="dropped")],
         dropped_call=5,
         note="Call 4: 'Started it yesterday ... But I'm still on for the sixth.' (restatement). DROPPED in call 5, "
              "half built, by D7: Niamh 'No parallel run.' / Tom 'Then I'll stop on the sync.' / Priya 'Park it, "
              "Tom. Park the sync.' Not overdue, not open."),
    dict(id="C20", owner="Martin", first_call=4, due="2026-11-06",
         task="put up Vistaboard's test endpoint for the Apron360 stand feed",
         quote="I'll have your test endpoint up by Friday week, Tom, the sixth.",
         keywords=["test", "endpoint", "friday", "week", "sixth"],
         events=[dict(call=5, type="done")],
         note="After the PO landed (C6). Call 5 (Martin absent) done early, reported by Tom: 'Martin's test endpoint "
              "went up yesterday. Four days early. I've been pushing stand changes to a gate screen'. Clears B1."),
    dict(id="C21", owner="Kev", first_call=4, due="2026-11-05",
         task="take the one-page note on the tablets (D6) to the Unite shop stewards",
         quote="Then I'll take it to the shop stewards on the fifth. If they're happy, you've got your pilot.",
         keywords=["shop", "stewards", "fifth", "pilot"],
         events=[dict(call=5, type="slipped", new_due="2026-11-09"), dict(call=6, type="done")],
         note="Outside party (Unite), on call 4 only. 'the fifth' = Thu 11-05. Call 5, relayed by Steve: 'Kev says "
              "it's Monday the ninth now, because half of them are on nights' (relayed slip). Call 6 done, relayed "
              "by Steve: 'Stewards said yes last night. Kev texted me at eleven o'clock. In capitals.' Clears B5. "
              "Candor may name Steve as owner."),
    dict(id="C22", owner="Kirsty", first_call=4, due="2026-10-30",
         task="write a one-page plain-English note for Kev of what the ramp tablet records and what it does not",
         quote="I'll write it up on one page, in plain English, what the tablet records and what it doesn't, and get it to you by Friday, Kev.",
         keywords=["page", "plain", "english", "tablet", "records", "friday"],
         events=[dict(call=5, type="done")],
         note="Call 5 done, relayed by Steve for the recipient: 'Kev's got Kirsty's one-pager. He says it's the "
              "first thing from management he's ever understood.'"),
    dict(id="C23", owner="Gareth", first_call=4, due="2026-11-06",
         task="do the cyber risk assessment for Apron360 and sign off security (needed before the production firewall change)",
         quote="I'll do the risk assessment and sign it off by the sixth of November.",
         keywords=["risk", "assessment", "sign", "sixth", "november"],
         events=[],
         note="Owned by Gareth after D4. Call 5: 'I'm halfway through. I'm still on for Friday.' (restatement, not a "
              "slip; 'If Tom's test works on Friday morning, I sign on Friday afternoon'). Call 6: 'I haven't signed "
              "it. There's one finding ... The admin logins ... don't have two-factor.' / 'When it's closed. I'm not "
              "giving you a date' -- not done, no new date. OVERDUE as of 11-11; keeps B3 open; causes D8."),
    dict(id="C24", owner="Tom", first_call=4, due="2026-10-28",
         task="send Hannah the IP addresses and ports for the production firewall request",
         quote="Hannah, for the firewall request you'll want the IP addresses and the ports. I'll send them over tomorrow.",
         keywords=["firewall", "request", "ip", "addresses", "ports", "tomorrow"],
         events=[dict(call=5, type="done")],
         note="'tomorrow' on Tue 10-27 = Wed 10-28 (Hannah: 'Tomorrow's lovely. Wednesday.'). Call 5 done, reported "
              "by the recipient: 'Tom's IPs are in the firewall request. It's sitting there waiting for Gareth's "
              "sign-off.'"),
    dict(id="C25", owner="Declan", first_call=5, due="2026-11-06",
         task="write to the airlines' station managers himself about the stand planning change",
         quote="I'll write to the station managers myself this week, so they hear it from me and not from the crew room.",
         keywords=["write", "station", "managers", "week"],
         events=[],
         note="The sponsor, in call 5 for the last minutes. 'this week' on Tue 11-03 = Fri 11-06. Call 6: 'Not yet. "
              "It's in my drafts.' / 'It'll go. Don't nag, Priya.' -- not done, no new date. OVERDUE as of 11-11."),
    dict(id="C26", owner="Niamh", first_call=5, due="2026-11-06",
         task="get the AOC duty managers released for the training (sort the rota)",
         quote="I'll get the duty managers released for the training. I'll sort the rota by Friday.",
         keywords=["duty", "managers", "released", "training", "rota", "friday"],
         events=[dict(call=6, type="done")],
         note="Call 6 done, in passing: 'The rota's done, by the way. All six duty managers are released for the "
              "training, though Jenny's furious about losing a Saturday.'"),
    dict(id="C27", owner="Kirsty", first_call=5, due="2026-11-17",
         task="run the AOC training sessions for every shift",
         quote="I'll run the AOC training on the seventeenth and eighteenth, two sessions a day, so every shift gets one.",
         keywords=["aoc", "training", "seventeenth", "eighteenth", "sessions"],
         events=[dict(call=6, type="slipped", new_due="2026-12-01")],
         note="Call 6, after D8 moves go-live: 'Then the AOC training moves as well. I'll do it on the first and "
              "second of December instead.' (slip to 12-01). OPEN, not yet due."),
    dict(id="C28", owner="Tom", first_call=5, due="2026-11-06",
         task="run the end-to-end test: a stand change in Apron360 through to Vistaboard's gate screens and baggage boards",
         quote="I'll do the end-to-end test on Friday. A stand change in Apron360 all the way through to the gate screens and the baggage boards.",
         keywords=["end-to-end", "test", "friday", "gate", "screens", "baggage"],
         events=[],
         note="Call 6: 'The end-to-end, half of it works ... The baggage boards don't get anything.' / 'I'd rather "
              "not give you a date until Martin's people have looked at the controller.' -- partial is not done, no "
              "new date. OVERDUE as of 11-11."),
    dict(id="C29", owner="Priya", first_call=6, due="2026-11-12",
         task="send out the revised plan with the new go-live dates (D8)",
         quote="I'll send out the revised plan with the new dates by Thursday.",
         keywords=["revised", "plan", "dates", "thursday"],
         events=[],
         note="'by Thursday' on Tue 11-10 = 11-12. OPEN, not yet due. Not C7 (call 1's plan, done in call 2)."),
    dict(id="C30", owner="Tom", first_call=6, due="2026-11-13",
         task="turn on two-factor authentication for the Apron360 admin logins (Gareth's open finding)",
         quote="I'll turn on two-factor for the admin logins by Friday.",
         keywords=["two-factor", "admin", "logins", "friday"],
         events=[],
         note="OPEN, not yet due. Gareth signs (C23) only once it is on."),
    dict(id="C31", owner="Martin", first_call=6, due="2026-11-13",
         task="send Tom Vistaboard's production certificate for the live endpoint",
         quote="I'll send Tom the production certificate for the live endpoint by Friday.",
         keywords=["production", "certificate", "live", "endpoint", "friday"],
         events=[],
         note="Outside party (Vistaboard). OPEN, not yet due."),
    dict(id="C32", owner="Declan", first_call=6, due=None,
         task="tell Alison (the chief executive) about the new go-live date and why",
         quote="And I'll tell Alison about the date. She'll ask why, and I'll tell her it's the security sign-off.",
         keywords=["alison", "tell", "date"],
         events=[],
         note="No date. OPEN. Gareth's 'Tell her it's my fault' and Declan's 'I'll tell her it's a firewall' are "
              "jokes, not tasks."),
]

NON_COMMITMENTS = [
    (1, "Gareth", "I'll happily read it if someone sends it me, but I'm not signing anything.", "conditional offer and a refusal: the security sign-off stays unowned"),
    (1, "Declan", "We'll sort it next week.", "vague, no owner; the survey is taken by Hannah in call 2 (C9)"),
    (1, "Niamh", "We had a RAID log for the new baggage system. It was forty pages by the end and nobody ever opened it.", "past anecdote"),
    (1, "Niamh", "The last person who pressed it crashed the whole thing on a Saturday in August.", "past anecdote"),
    (1, "Tom", "If it comes to it, I've got a script that reads StandPro's tables directly.", "conditional offer"),
    (1, "Steve", "Someone should just ring AirLink.", "rhetorical; nobody takes the survey in call 1"),
    (1, "Steve", "I might have a word if I see him, quietly. No promises.", "hedged, explicitly not a promise"),
    (2, "Martin", "If you need it quicker, we can do an expedited change, but honestly it's double the money.", "conditional offer, not taken up"),
    (2, "Martin", "The last airport that tried this without a change order, somebody plugged straight into the display network and we lost the departures board for a whole afternoon.", "past anecdote"),
    (2, "Tom", "I normally build against a stub for the first few weeks anyway.", "habit"),
    (2, "Niamh", "Oh, I'll read all two hundred pages this weekend. In the bath. With a glass of wine.", "sarcasm"),
    (2, "Hannah", "If it helps, Callum can show Kev what's actually on the tablets, what's logged and what isn't.", "conditional offer (and 'Which he hasn't')"),
    (2, "Martin", "The minute it lands, I'll get our developers started.", "conditional on the PO, no task of its own; the test endpoint is promised in call 4 (C20)"),
    (3, "Tom", "I'll bring biscuits for whoever types the password in.", "joke"),
    (3, "Leanne", "If it helps, I could ask our Dublin station how they got on.", "conditional offer"),
    (3, "Hannah", "I'm not doing anything else airside without a ticket, by the way.", "negation"),
    (3, "Leanne", "They said the first week was carnage. But they say that about everything.", "reported past"),
    (4, "Martin", "We could do it sooner if we used our old flat-file feed instead of AIDX.", "proposal, declined by Tom"),
    (4, "Kev", "And after the clocking-in cards in 2015, when people got hauled in for being four minutes late back from break, you'll understand they're a bit twitchy.", "past anecdote"),
    (4, "Kev", "If the stewards want to see it working, I could bring a couple of them to the training.", "conditional offer"),
    (4, "Kev", "And I'm not promising anything on behalf of the nights lot.", "negation"),
    (4, "Gareth", "If it ever lands, I'll look at it. I'm not promising to sign a lawyer's template blind.", "conditional and hedged (he does sign in call 5, unpromised)"),
    (5, "Hannah", "The day Gareth signs, Callum opens the firewall. Not before.", "conditional"),
    (5, "Kirsty", "I'll hold off on the tablet setup till the report's in, then.", "deferral, not a task"),
    (5, "Tom", "If they want to, I'll set up a screen share.", "conditional offer"),
    (5, "Gareth", "I'm not signing anything for production until I've seen that end-to-end work.", "negation (a condition on C23, not a new date)"),
    (5, "Leanne", "When we opened at Belfast the stand system put an A321 on a stand meant for a Cessna.", "past anecdote"),
    (5, "Leanne", "I'll look forward to it. I'll have it framed.", "joke"),
    (6, "Gareth", "Then I'll look again when it's on.", "conditional; no new date for C23"),
    (6, "Martin", "I'll see if anyone can look at it. I can't promise when, our controller man's on holiday in Tenerife.", "hedged, no promise and no date"),
    (6, "Tom", "I'd rather not give you a date until Martin's people have looked at the controller.", "refuses a date (C28 stays overdue)"),
    (6, "Gareth", "Tell her it's my fault. Everyone else will.", "joke"),
    (6, "Hannah", "If Gareth signs by Friday, Callum can open it on Monday.", "conditional"),
    (6, "Gareth", "Oh, good, another thing waiting on me. I'll start a collection.", "sarcasm"),
]

BLOCKERS = [
    dict(id="B1", what="Tom cannot send a single stand change to the FIDS screens, even in test, until Vistaboard (the "
                       "FIDS supplier) provide a test endpoint; Vistaboard will open nothing without a signed change "
                       "order and a purchase order",
         party="Vistaboard (the FIDS supplier)", party_aliases=["vistaboard", "martin", "hale", "fids"],
         raised_call=1, cleared_call=5,
         quote="Until Vistaboard give us a test endpoint, I can't send a single stand change to the screens, not even in test.",
         keywords=["vistaboard", "test", "endpoint", "stand", "screens"],
         note="Raised by Tom. Call 2: Martin 'we can't open anything up until there's a signed change order and a "
              "purchase order'. Needs C6 (the money, done call 3). Call 4: PO landed, endpoint promised for 11-06 "
              "(C20). Cleared call 5: 'Martin's test endpoint went up yesterday. Four days early.'"),
    dict(id="B2", what="Kirsty cannot set up the ramp tablets until the airside Wi-Fi on the stands has been surveyed; "
                       "at first nobody owns the survey (IT, the ramp and security all disown it), and by the last "
                       "call AirLink's report has still not arrived",
         party="nobody at first (unowned); then AirLink, the Wi-Fi contractor",
         party_aliases=["airlink", "nobody", "unowned", "hannah", "steve"],
         raised_call=1, cleared_call=None,
         quote="For the ramp tablets we need a survey of the airside Wi-Fi, all the stands, before Kirsty can set anything up.",
         keywords=["wi-fi", "survey", "airside", "ramp", "tablets"],
         note="Raised by Priya ('I'll mark it as unowned'). Hannah takes the booking in call 2 (C9); AirLink are "
              "turned away at the gate (call 4); Steve walks them round in call 5. Call 5: 'the report will be a "
              "week, ten days' / Kirsty holds off. Call 6: 'AirLink's report isn't in. They say Friday.' / 'So I "
              "still can't set up the tablets.' OPEN at the end."),
    dict(id="B3", what="Apron360 cannot be let through the airport firewall into production until someone at Harwick "
                       "signs off the cyber risk assessment; nobody owns the security sign-off until Declan gives it "
                       "to Gareth (D4), and Gareth has not signed",
         party="Harwick's security sign-off: unowned until call 3, then Gareth Price (security and compliance)",
         party_aliases=["gareth", "price", "security", "sign-off", "nobody", "unowned"],
         raised_call=1, cleared_call=None,
         quote="Somebody at Harwick has to sign off the cyber risk assessment before that's allowed through the firewall in production.",
         keywords=["sign", "cyber", "risk", "assessment", "firewall", "production"],
         note="Raised by Priya in call 1; Gareth and Hannah both disown it. Call 2: 'Callum can't open the firewall "
              "to the cloud for production until somebody signs off the risk assessment, and there's nobody to "
              "sign it.' D4 in call 3. C23 due 11-06 is overdue: call 6 'I haven't signed it' (two-factor finding, "
              "C30). OPEN at the end; causes D8."),
    dict(id="B4", what="Tom cannot get the stand rules or the winter schedule out of StandPro because its admin account "
                       "is locked; Aerodata (StandPro's maker, support lapsed in 2024) will unlock it only for 800 "
                       "pounds and a PO",
         party="Aerodata (StandPro's maker)", party_aliases=["aerodata", "standpro"],
         raised_call=2, cleared_call=4,
         quote="I had a proper look at StandPro. The admin account is locked, and until Aerodata unlock it I can't get a single stand rule out of it.",
         keywords=["standpro", "admin", "account", "locked", "aerodata", "unlock"],
         note="Raised by Tom. C11 (Hannah). Call 3: 800 pounds; Declan rules 'Pay Aerodata' (D3). Cleared call 4: "
              "'I'm in StandPro ... I've got every stand rule out ... So that's me unblocked on StandPro.'"),
    dict(id="B5", what="The ramp staff will not log into anything on a tablet until Unite have seen what it records "
                       "(they have heard it tracks them)",
         party="Unite (Kev Duffy, the ramp staff's rep) and its shop stewards",
         party_aliases=["unite", "union", "kev", "duffy", "stewards"],
         raised_call=2, cleared_call=6,
         quote="Kev's told the lads not to log into anything on a tablet until Unite have seen what it records.",
         keywords=["unite", "tablet", "records", "log", "lads"],
         note="Raised by Steve. Call 4: Kev on the call; D6; C22 (one-pager), C21 (stewards). Call 5: stewards' "
              "meeting moved to 11-09. Cleared call 6, relayed: 'Stewards said yes last night. Kev texted me'."),
    dict(id="B6", what="Apron360's turnaround view has no Skylark Air data (about 60 per cent of movements) because "
                       "Skylark's head office will not let the station send movement messages until a data-sharing "
                       "agreement is signed",
         party="Skylark Air (head office legal)", party_aliases=["skylark", "leanne", "doyle", "head office", "legal"],
         raised_call=3, cleared_call=5,
         quote="Until there's a data-sharing agreement signed, our head office won't let me send you a single movement message.",
         keywords=["data-sharing", "agreement", "head", "office", "movement", "message"],
         note="Raised by Leanne. C16. Call 4: 'the Skylark agreement hasn't come either, so still no messages.' "
              "Cleared call 5: agreement sent Wednesday, Gareth signed Friday, 'the first Skylark messages came in "
              "this morning'."),
]

DECISIONS = [
    dict(id="D1", call=1,
         text="Phased go-live: stand planning goes live on Tuesday 24 November; the ramp tablets wait until January; "
              "no single cutover of everything on 17 November (Declan's ruling, against Priya's contract-schedule plan)",
         quote="Right. Stand planning goes live on Tuesday the twenty-fourth of November. The ramp tablets wait till January. Two goes, not one.",
         keywords=["stand", "planning", "twenty-fourth", "november", "tablets", "january"]),
    dict(id="D2", call=2,
         text="No stand-allocation history is migrated from StandPro: only the stand rules and the winter schedule; "
              "the history stays in StandPro read-only (Niamh's ruling, against Tom's three years; Steve agrees)",
         quote="No. We're not bringing the history across. The stand rules and the winter schedule, that's it.",
         keywords=["history", "stand", "rules", "winter", "schedule"]),
    dict(id="D3", call=3,
         text="Pay Aerodata the 800 pounds to unlock the StandPro admin account (Declan's ruling from his car)",
         quote="Pay Aerodata. Eight hundred quid to get our own data back is daylight robbery, but pay it.",
         keywords=["pay", "aerodata", "eight", "hundred", "unlock"]),
    dict(id="D4", call=3,
         text="The security sign-off is Gareth's: the security manager owns the cyber risk assessment and sign-off "
              "(Declan's ruling, Gareth absent)",
         quote="It's Gareth's. He's the security manager, so the security sign-off is Gareth's.",
         keywords=["gareth", "gareth's", "security", "sign-off", "manager", "owns"]),
    dict(id="D5", call=3,
         text="Skylark Air get contact stands one to four before seven every morning; after seven they are open to "
              "all (Niamh's ruling; Leanne's 'all day' refused)",
         quote="Fine. Skylark get stands one to four before seven every morning. After seven they're anybody's.",
         keywords=["skylark", "stands", "four", "seven", "morning"]),
    dict(id="D6", call=4,
         text="The ramp app's turnaround timers record against the stand and the flight, never against a person: no "
              "names and no logins on the timers (Steve's ruling, accepted by Kev for Unite; Kev's 'no timers at "
              "all' refused)",
         quote="The timers record against the stand and the flight, never against a person.",
         keywords=["timers", "record", "stand", "flight", "person"]),
    dict(id="D7", call=5,
         text="No parallel run: one shadow day on 23 November, checked on paper, then switch; Tom's StandPro sync is "
              "parked (Niamh's ruling, against Priya; Steve agrees, Declan endorses 'Niamh's call')",
         quote="No parallel run. We'll do one shadow day on the twenty-third, on paper, and then we switch.",
         keywords=["parallel", "run", "shadow", "day", "twenty-third"]),
    dict(id="D8", call=6,
         text="Stand planning go-live moves from 24 November to Tuesday 8 December because the security sign-off is "
              "not done; the ramp tablets stay in January, on the 12th (Declan's ruling; Priya's go-live without "
              "the baggage boards refused)",
         quote="Stand planning goes live on Tuesday the eighth of December. The ramp tablets stay in January, the twelfth.",
         keywords=["stand", "planning", "eighth", "december", "january", "twelfth"]),
]

PROPOSALS = [
    (1, "Priya", "one go-live for everything (stand planning and the ramp tablets) on 17 November, as in the contract schedule -- rejected (D1)"),
    (2, "Tom", "migrate three years of stand allocation history from StandPro -- refused (D2)"),
    (3, "Leanne", "Skylark to have contact stands one to four all day -- only before seven (D5)"),
    (4, "Martin", "use Vistaboard's old flat-file feed instead of AIDX to get a test link sooner -- declined by Tom (it drops messages)"),
    (4, "Kev", "no turnaround timers on the ramp tablets at all -- refused; timers record against stand and flight (D6)"),
    (5, "Priya", "keep the three-week parallel run as the safety net -- refused (D7)"),
    (6, "Priya", "go live on 24 November without the baggage boards, Gareth signing off the rest later -- refused by Gareth; D8 moves the date"),
]

HONEST_STATUS = {
    "rag": "red",
    "acceptable": ["red", "amber"],
    "reasons": [
        "stand planning go-live moved in the last call from 24 November to 8 December (D8); the ramp tablets stay in January (12th)",
        "the security sign-off is not done: Gareth's promise for 11-06 is overdue with no new date, pending two-factor on the admin logins (C23, C30; B3 open)",
        "the end-to-end test due 11-06 is only half done: the baggage boards get nothing and Tom will not give a date (C28 overdue)",
        "AirLink's Wi-Fi survey report is not in, so the ramp tablets cannot be set up; the remote stands may have no Wi-Fi (B2 open)",
        "the sponsor's letter to the station managers (due 11-06) is overdue, and Steve's radio call signs have been silently overdue since 10-30 (C25, C18)",
        "the sponsor attended parts of four of the six calls and none in full (apologies for call 2, no word for call 4); the PM herself calls it red, the AOC lead amber",
        "positives: Vistaboard's test endpoint is up (B1 cleared), StandPro unlocked (B4 cleared), Skylark's data flowing (B6 cleared), the union stewards agreed (B5 cleared), stand rules built, duty managers released for training",
    ],
}

# The key's summary lists, written by hand and checked against the events below.
OVERDUE_AS_OF = ["C18", "C23", "C25", "C28"]
OPEN_AT_END = ["C18", "C23", "C25", "C27", "C28", "C29", "C30", "C31", "C32"]
DROPPED = ["C19"]
REASSIGNED = {"C9": "Hannah -> Steve (call 4)"}
EARLY_OVERDUE = ["C16", "C17"]   # as of EARLY_AS_OF (the day after call 4); checked, not written to gold.json


# ----------------------------------------------------------------------------------------------------------------
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
    rnd = random.Random(7300 + n)
    t = 3.0 + rnd.random() * 5
    lines = ["WEBVTT", ""]
    k = 0
    for name, parts in turns(n):
        for i, part in enumerate(parts):
            k += 1
            dur = max(0.9, len(part.split()) / 2.5 + rnd.uniform(-0.3, 0.6))
            lines += [str(k), f"{ts(t)} --> {ts(t + dur)}", f"{name}: {part}", ""]
            t += dur + (0.04 if i < len(parts) - 1 else rnd.uniform(0.3, 1.6))
    return "\n".join(lines)


def merged(n):
    """(speaker first name, turn text with its cues joined by single spaces) -- what a quote is checked against."""
    return [(first(name), " ".join(parts)) for name, parts in turns(n)]


def first(name):
    """First name of a speaker label ("Declan's iPhone" is Declan)."""
    return re.split(r"[ ']", name)[0]


def toks(s):
    return re.findall(r"[a-z0-9][a-z0-9'\-]*", (s or "").lower())


def build_gold():
    commitments = []
    for c in COMMITMENTS:
        d = {k: c[k] for k in ("id", "owner", "task", "first_call", "due", "quote", "keywords", "events")}
        if c.get("reassigned_to"):
            d["reassigned_to"] = c["reassigned_to"]
        if c.get("dropped_call"):
            d["dropped_call"] = c["dropped_call"]
        d["note"] = c["note"]
        commitments.append(d)
    blockers = [{k: b[k] for k in ("id", "what", "party", "party_aliases", "raised_call", "cleared_call", "quote",
                                   "keywords", "note")} for b in BLOCKERS]
    decisions = [{k: d[k] for k in ("id", "call", "text", "keywords", "quote")} for d in DECISIONS]
    return {
        "engagement": ENGAGEMENT,
        "description": DESCRIPTION,
        "calls": {str(n): d for n, d in DATES.items()},
        "as_of": AS_OF,
        "people": PEOPLE,
        "attendance": ATTENDANCE,
        "commitments": commitments,
        "non_commitments": [dict(call=c, speaker=s, quote=q, note=n) for c, s, q, n in NON_COMMITMENTS],
        "blockers": blockers,
        "decisions": decisions,
        "proposals_not_agreed": [dict(call=c, speaker=s, text=t) for c, s, t in PROPOSALS],
        "honest_status": HONEST_STATUS,
        "overdue_as_of": OVERDUE_AS_OF,
        "open_at_end": OPEN_AT_END,
        "dropped": DROPPED,
        "reassigned": REASSIGNED,
    }


def state_at(c, as_of, dates):
    """(open?, current due) of a gold commitment counting only events at calls on or before as_of."""
    due, closed = c["due"], False
    for e in c["events"]:
        if dates[e["call"]] > as_of:
            break
        if e["type"] == "slipped":
            due = e["new_due"]
        elif e["type"] in ("done", "dropped"):
            closed = True
    return (not closed) and dates[c["first_call"]] <= as_of, due


def check(gold):
    errs = []
    E = errs.append
    T = {n: merged(n) for n in CALLS}
    dates = {int(k): v for k, v in gold["calls"].items()}
    if dates != DATES:
        E("gold calls differ from DATES")
    for n, d in DATES.items():
        if datetime.date.fromisoformat(d).weekday() != 1:
            E(f"call {n} date {d} is not a Tuesday")
    if gold["as_of"] != str(datetime.date.fromisoformat(DATES[6]) + datetime.timedelta(days=1)):
        E("as_of is not the day after the last call")

    def said(call, quote, speaker=None):
        hits = [(sp, txt) for sp, txt in T[call] if quote in txt]
        if speaker is not None:
            hits = [h for h in hits if h[0] == speaker]
        return len(hits) >= 1

    # the calls themselves
    for n in CALLS:
        tt = turns(n)
        names = [nm for nm, _ in tt]
        if not 60 <= len(tt) <= 100:
            E(f"call {n}: {len(tt)} turns (want 60-100)")
        spk = {first(x) for x in names}
        if not 8 <= len(spk) <= 10:
            E(f"call {n}: {len(spk)} speakers (want 8-10)")
        for a, b in zip(names, names[1:]):
            if first(a) == first(b):
                E(f"call {n}: two turns in a row by {a}")
        for nm, parts in tt:
            for p in parts:
                if ":" in p or not p:
                    E(f"call {n}: empty cue or colon in a cue of {nm}: {p[:60]!r}")
        if sorted(spk) != sorted(gold["attendance"][str(n)]):
            E(f"call {n}: speakers {sorted(spk)} != attendance {sorted(gold['attendance'][str(n)])}")

    # commitments
    ids = [c["id"] for c in gold["commitments"]]
    if len(ids) != len(set(ids)):
        E("duplicate commitment ids")
    overdue, open_end, dropped, reassigned = [], [], [], {}
    for c in gold["commitments"]:
        w = c["id"]
        speaker = SAID_BY.get(w, c["owner"])
        if not said(c["first_call"], c["quote"], speaker):
            E(f"{w}: quote not verbatim in a turn of {speaker} in call {c['first_call']}: {c['quote']!r}")
        qt = set(toks(c["quote"]))
        for k in c["keywords"]:
            if k != k.lower() or k not in qt:
                E(f"{w}: keyword {k!r} not a token of the quote")
        if len(c["keywords"]) < 3:
            E(f"{w}: fewer than 3 keywords")
        due = c["due"]
        if due is not None and due < dates[c["first_call"]]:
            E(f"{w}: due {due} before its first call")
        prev, closed, owner = c["first_call"], None, c["owner"]
        for e in c["events"]:
            if e["call"] <= c["first_call"] or e["call"] < prev:
                E(f"{w}: event {e} not after first_call or out of order")
            prev = e["call"]
            if closed:
                E(f"{w}: event {e} after the item was {closed}")
            if e["type"] == "slipped":
                if due and e["new_due"] <= due:
                    E(f"{w}: slip at call {e['call']} does not move the date later ({due} -> {e['new_due']})")
                if e["new_due"] <= dates[e["call"]]:
                    E(f"{w}: slip at call {e['call']} to {e['new_due']}, not past the call")
                due = e["new_due"]
            elif e["type"] == "done":
                closed = "done"
            elif e["type"] == "dropped":
                closed = "dropped"
                if c.get("dropped_call") != e["call"]:
                    E(f"{w}: dropped event and dropped_call disagree")
                dropped.append(w)
            elif e["type"] == "reassigned":
                if e["new_owner"] not in c.get("reassigned_to", []):
                    E(f"{w}: reassigned event owner not in reassigned_to")
                reassigned[w] = f"{owner} -> {e['new_owner']} (call {e['call']})"
                owner = e["new_owner"]
            else:
                E(f"{w}: unknown event type {e['type']}")
        if c.get("dropped_call") and closed != "dropped":
            E(f"{w}: dropped_call without a dropped event")
        if c.get("reassigned_to") and w not in reassigned:
            E(f"{w}: reassigned_to without a reassigned event")
        if closed is None:
            open_end.append(w)
            if due and due < gold["as_of"]:
                overdue.append(w)
    if gold["overdue_as_of"] != overdue:
        E(f"overdue_as_of {gold['overdue_as_of']} != recomputed {overdue}")
    if gold["open_at_end"] != open_end:
        E(f"open_at_end {gold['open_at_end']} != recomputed {open_end}")
    if gold["dropped"] != dropped:
        E(f"dropped {gold['dropped']} != recomputed {dropped}")
    if gold["reassigned"] != reassigned:
        E(f"reassigned {gold['reassigned']} != recomputed {reassigned}")
    early = []
    for c in gold["commitments"]:
        is_open, due = state_at(c, EARLY_AS_OF, dates)
        if is_open and due and due < EARLY_AS_OF:
            early.append(c["id"])
    if early != EARLY_OVERDUE:
        E(f"early overdue as of {EARLY_AS_OF}: {early} != {EARLY_OVERDUE}")

    # non-commitments, blockers, decisions, proposals
    for x in gold["non_commitments"]:
        if not said(x["call"], x["quote"], x["speaker"]):
            E(f"non-commitment not verbatim in a turn of {x['speaker']} in call {x['call']}: {x['quote']!r}")
    for b in gold["blockers"]:
        if not said(b["raised_call"], b["quote"]):
            E(f"{b['id']}: quote not verbatim in a turn of call {b['raised_call']}: {b['quote']!r}")
        if b["cleared_call"] is not None and b["cleared_call"] <= b["raised_call"]:
            E(f"{b['id']}: cleared before or when raised")
        qt = set(toks(b["quote"]))
        for k in b["keywords"]:
            if k != k.lower() or k not in qt:
                E(f"{b['id']}: keyword {k!r} not a token of the quote")
        if not b["party_aliases"] or any(a != a.lower() or len(a) < 3 for a in b["party_aliases"]):
            E(f"{b['id']}: party_aliases must be lower case, 3+ characters")
    for d in gold["decisions"]:
        if not said(d["call"], d["quote"]):
            E(f"{d['id']}: quote not verbatim in a turn of call {d['call']}: {d['quote']!r}")
        qt = set(toks(d["quote"]))
        tt = set(toks(d["quote"] + " " + d["text"]))
        if any(k != k.lower() or k not in tt for k in d["keywords"]):
            E(f"{d['id']}: a keyword is not a token of the quote or text")
        if len(set(d["keywords"]) & qt) < 3:
            E(f"{d['id']}: fewer than 3 keywords in the quote")
    for p in gold["proposals_not_agreed"]:
        if p["speaker"] not in gold["attendance"][str(p["call"])]:
            E(f"proposal by {p['speaker']}, absent from call {p['call']}")
    if errs:
        print("\n".join("CHECK FAILED: " + e for e in errs))
        sys.exit(1)
    ev = {}
    for c in gold["commitments"]:
        for e in c["events"]:
            ev[e["type"]] = ev.get(e["type"], 0) + 1
    print(f"gold check OK: {len(gold['commitments'])} commitments (events {ev}), "
          f"{len(gold['non_commitments'])} non-commitments, {len(gold['blockers'])} blockers, "
          f"{len(gold['decisions'])} decisions; every quote verbatim in one turn of its call; slips later and past "
          f"their call; events in order; overdue {overdue}; open {open_end}; dropped {dropped}; reassigned "
          f"{reassigned}; early overdue ({EARLY_AS_OF}) {early}; attendance = speakers")


def main():
    here = Path(__file__).resolve().parent
    d = here / "calls"
    d.mkdir(exist_ok=True)
    for n in sorted(CALLS):
        (d / f"call-{n}.vtt").write_text(render(n), encoding="utf-8")
        tt = turns(n)
        print(f"call-{n}.vtt ({DATES[n]}): {len(tt)} turns, {sum(len(p) for _, p in tt)} cues, "
              f"{len({first(nm) for nm, _ in tt})} speakers")
    gold = build_gold()
    (here / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    check(json.loads((here / "gold.json").read_text(encoding="utf-8")))


if __name__ == "__main__":
    main()
