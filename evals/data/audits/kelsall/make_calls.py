#!/usr/bin/env python3
"""Generate the six Kelsall Water field-service calls as older-layout Microsoft Teams .docx transcripts.

Layout (docs/FORMATS.md, .docx, the older Teams export): for every cue three paragraphs,
    00:00:03.120 --> 00:00:09.480
    Full Name
    what was said
Each dialogue line below is "CODE: text". Long turns are cut into consecutive cues of the same speaker at sentence
ends, 0.1-0.4 s apart (under the 1.5 s merge gap, and no turn lasts anywhere near 2 minutes), so a reader that follows
FORMATS.md merges them back into one turn. Two lines in a row never have the same speaker. Timings are synthetic but
deterministic (a seeded random per call).
Run: /work/main/.venv/bin/python make_calls.py   (writes calls/call-1.docx .. call-6.docx next to this file)
"""
import random
import re
from pathlib import Path

import docx

NAMES = {
    "H": "Hannah Okafor",       # Routely (vendor) project manager, host
    "T": "Tom Ashdown",         # Routely implementation consultant: configuration, integrations, mobile app
    "R": "Richard Vance",       # Kelsall Water director of operations, sponsor
    "B": "Bethan Hale",         # Kelsall network operations manager (customer lead), running the drought response
    "N": "Neil Garside",        # Kelsall IT infrastructure lead
    "A": "Alistair Crane",      # Kelsall data protection officer
    "G": "Gary Lumb",           # Kelsall leakage team leader, Holme Road depot ("Gaz")
    "J": "Janet Ollerenshaw",   # Kelsall HR business partner, employee relations (works agreement with the union)
    "D": "Dev Mistry",          # Stratus Mobile (outsourced MDM provider) service delivery manager
}

CALLS = {}

# ---------------------------------------------------------------- call 1, Thu 10 Sep 2026
CALLS[1] = """
H: Morning, everyone. Can you hear me? I'm on the hotel Wi-Fi, so if I freeze, just carry on without me.
G: We'll carry on without you either way, Hannah.
H: Thanks, Gary. Lovely start. Right, this is our first fortnightly call for the Kelsall field-service move. I'm Hannah Okafor, project manager at Routely, and I'll host these every other Thursday. Shall we go round quickly? Tom.
T: Hi all, Tom Ashdown, implementation consultant at Routely. I'll do the configuration, the integrations and the mobile app. If it's on a tablet and it's broken, it's probably me.
B: Bethan Hale, network operations manager. I should say up front I've got the drought incident call at half ten, so I'll have to drop off. We're on day forty with no proper rain and the reservoirs are at sixty-one per cent.
N: Neil Garside, IT infrastructure. I look after the network, the servers and, for my sins, the relationship with Stratus, who manage our tablets.
A: Alistair Crane, data protection officer. I'm here for the data protection impact assessment, mainly. I should warn people that I read everything.
J: Janet Ollerenshaw, HR, employee relations. I'm here because of the location tracking, and because the union will want to talk to somebody, and that somebody is me.
G: Gary Lumb. Leakage team leader at Holme Road. Everyone calls me Gaz. I've got twenty-two engineers who think this is a plot to watch them eat their dinner.
J: It isn't.
G: I know that, Janet. They don't.
R: Morning, Richard Vance, director of operations. Sorry, I'm on the train, I'll be patchy. I wanted to be on this first one, at least.
H: Thanks, Richard, glad you could make it. So the main thing for today is the pilot. Our working assumption is one depot, one team, starting Monday the twenty-third of November, with the rest of the field teams in the new year.
R: Can I float something? I'd rather we did Eastfield. The sewer team. They've got the worst paperwork in the company, and if we can crack them we can crack anybody.
B: Richard, the sewer lot are on the drought rota till Christmas, I can't give you them. Holme Road's leakage team is the obvious one. They're out every day, short jobs, lots of them.
G: And we're the best looking.
T: From our side, leakage is the simplest job mix as well. It's mostly find, fix, reinstate. Sewer jobs have all the CCTV survey stuff, which is phase two for us anyway.
R: Fine. Fair enough. Holme Road it is, and the twenty-third.
H: Great. Gaz, that makes you the guinea pigs.
G: Story of my life.
H: Can we talk about the maps? Tom, you had a worry.
T: Yeah. So the app shows the engineer the asset on a map, the mains, the valves, the hydrants, and it pulls all that from your GIS. But my understanding is the GIS isn't really yours, it's Cartwright's.
B: Cartwright Geospatial. They maintain the asset maps for us under contract. They're a law unto themselves, honestly.
T: Right, well, I need the asset layers from them, either as an export or as a feed. Until Cartwright's give us those, the map on the tablet is just a very expensive picture of a road.
B: I'll ring Lorna at Cartwright's on Monday and find out what they can give us.
H: Thanks, Bethan. Neil, you've got the tablets.
N: I have. So Stratus manage the tablets for us, the MDM side. I'll be honest, I'm not keen on anything new talking to our corporate network. No tablet goes anywhere near our network till I've seen a pen test on your platform. That's not me being awkward, that's the policy.
T: That's completely fair. We have an annual pen test by an outside firm. I'll get our security team to send you the pen test summary and the architecture document by the end of next week.
N: Thank you. And every device change goes through our change board, every other Tuesday, so nothing happens quickly, I'm afraid. That's just how we work.
H: Noted. Neil, it would help Tom to have what you need in writing. Ports, certificates, that sort of thing.
N: I'll put my requirements for the tablets in writing. Give me till the twenty-fifth.
H: Lovely. Alistair.
A: Yes. Before anything personal goes in, I need to be satisfied about three things. What the app collects about the engineers, where it's stored, and how long it's kept. The location data particularly. I'll send Tom our DPIA screening questions by Wednesday.
T: Great. I'll warn you now, the honest answer to some of them is going to be, it's a setting.
A: Then I'll want to know who can change the setting.
G: Can I ask the thing the lads are going to ask? Is this going to tell the office where I am when I'm having a sandwich in a layby?
T: It shows where the van is while a job's open. What happens outside that is really your choice, it's all configurable.
G: See, that's the sort of answer that gets a union involved.
J: The union's already involved, Gaz. I'll get a meeting in with Mick and the branch before the end of the month, so they hear it from us and not from the canteen.
G: Too late for the canteen.
J: I know.
R: And look, if the union give you any grief, Janet, point them at me. I'm going to lose you at the next tunnel. One thing from me before I go. I'll do a message from me to all the field teams, so they know why we're doing this. By the end of the month.
H: That would be great, thank you, Richard.
R: Hannah, you've got my mobile. Sorry, everyone.
H: Thanks, Richard. Bye. Gaz, for the tablets, I need the names of the engineers who'll be in the pilot, so we can set up their accounts.
G: I'll send you the names of the lads by Monday. All twenty-two, and I'll mark the ones who can't work a tablet.
H: Is that a long list?
G: You'd be surprised. Kev thinks the cloud is weather.
B: Sorry, I've got to go in two minutes. Tom, what do you need from me before I vanish?
T: The job types. Everything Jobmaster can dispatch, the codes and what they mean, so I can set them up in the sandbox.
B: Jobmaster's got about ninety job codes, of which we use maybe thirty. I'll get you the job codes Friday week. The ones we actually use.
T: Perfect.
B: Right, I'm off to talk about rain. Or the lack of it. Bye, all.
H: Bye, Bethan. Good luck. Okay, I think that's most of it. I'll send the plan round tomorrow, with the pilot date on it and the milestones, so everyone can shout at it.
A: Will the plan include the DPIA milestones?
H: It will. I'll put in what I think they are and you can tell me I'm wrong.
A: I'll very probably do that.
T: We usually do a site visit at the depot before a pilot, just to see the vans and where the signal dies. Gaz, is that okay?
G: Come on down. Bring cakes. The signal dies at the gate, by the way.
N: Which is one more reason the tablets shouldn't be relying on our Wi-Fi, to be honest.
T: Well, we can talk about that next time.
J: Just so I know, Gaz, how many of the twenty-two are in the union?
G: All of them. And me.
J: Right. That's what I thought.
H: Okay. If there's nothing else, thanks, everyone. Same time in a fortnight.
G: Cheers.
"""

# ---------------------------------------------------------------- call 2, Thu 24 Sep 2026
CALLS[2] = """
H: Hi all. Give it a minute, people are still joining. Gaz, is that a van I can hear?
G: It's a compressor. We've got a burst on the Leeds Road. I'm stood in a hole, effectively.
H: You're very dedicated.
G: I'm very wet.
H: Okay, let's start. Richard sends his apologies, he's doing the drought press briefing with the council. Bethan said she'd be late, she's on the incident call. And we've got Dev from Stratus with us for the first time. Dev, do you want to say hello?
D: Hi, everyone, Dev Mistry, service delivery manager at Stratus Mobile. We look after your tablets, the enrolment, the profiles, the patching. Neil's our main contact.
N: For my sins.
H: Welcome, Dev. Right, down the list. Tom, the pen test for Neil.
T: Yeah, not great, sorry. Our security team want to send the full report under an NDA rather than the summary, so legal are involved now. They're now saying the second.
N: The second of October.
T: The second of October. I've asked them twice.
N: Well, I'll wait. I'm very good at waiting.
H: Gaz, I did get your names, thank you. Twenty-two of them, with what I'd call editorial comments.
G: Only on the ones that deserved it.
H: Alistair, the screening questions.
T: I've got those, they came in on the Wednesday. Forty-one questions. I'm about halfway through.
A: There were forty-two. Question eighteen has a part b.
T: Forty-two. Noted.
H: And Tom, you got Bethan's codes as well?
T: I did, at about midnight on the Friday, which tells you how her week's going. Thirty-four codes actually in use. I've started setting them up.
H: And I sent the plan round. Nobody shouted, which either means it's perfect or nobody read it.
A: I read it. I have comments. They're in an email.
H: Of course they are. Janet, the union.
J: Yes, we sat down with Mick Tansley and two of the branch reps on Tuesday. It was, let's say, robust.
G: Mick's all right. He just doesn't trust anything with a battery.
J: The short version is they won't have location tracking switched on until there's a signed works agreement that says what it's used for and what it isn't. No agreement, no tracking. And Mick wants it to go to a branch meeting, which doesn't happen quickly.
T: The app works without location, but the dispatcher loses the nearest-engineer bit, which is half the point for leakage.
J: So I'll have a first draft of the agreement over to Mick by the ninth. Something he can take to the branch.
H: Thanks, Janet. Neil, your requirements.
N: Not finished. I got pulled onto a firewall thing at the treatment works. Tuesday.
H: Tuesday the twenty-ninth is fine. Dev, while we've got you. Tom, you found something about the tablets?
T: Yeah. The app needs Android twelve or later, and from what I've seen a lot of the Holme Road tablets are still on ten. It won't install on ten. So until they're updated, there's no app on any of them.
D: That'll be right. Those are the older rugged ones. The update has to go through our release board, we can't just push it to a live fleet.
N: And I wouldn't want you to.
D: We'll get the update pushed to the Holme Road tablets by Friday week. I'd need the exact serial numbers, though. I don't trust the asset list.
G: I'll get you the serial numbers off the back of them, Monday. The lads'll love that, I'll tell them it's a competition.
D: Perfect, thanks.
T: And worst case, if Stratus can't do it in time, I could sideload the app by hand on a couple of tablets for testing.
N: I'd rather you didn't. Nothing goes on those tablets that doesn't come through Stratus.
B: Hi, sorry, sorry, I'm here. What have I missed?
H: Hi, Bethan. The pen test's moved to the second, the union want a works agreement before any tracking, and the tablets need an Android update. Also, thank you for the job codes.
B: Three bits of bad news and a thank you. That's about my week. Can I do Cartwright's quickly, because I've got to go again at quarter past?
H: Go on.
B: So I did ring Lorna. Their contract only covers maintaining the maps, not giving anyone a feed. They'd want a change request for any sort of live connection, and she thought eight weeks at least.
T: Eight weeks is January.
B: I know. I pushed, and she said they might do a one-off export quicker, but she'd have to ask. I'll keep on at them.
H: Thanks, Bethan. So, the network. Neil, Tom, you two had a view on how the tablets connect.
T: My suggestion, and Neil's already pulling a face, is the tablets just join the depot Wi-Fi. It's simplest, and it's free.
N: I'm pulling a face because it's not happening. The depot Wi-Fi is the corporate network. I'm not putting four hundred tablets on it. They go on mobile data, on a private APN, so they never touch our network at all.
B: What does that cost us?
N: Pennies a SIM, compared to a breach.
B: Then do it Neil's way.
T: Fine by me. It's actually less work for me.
N: I'll get the order in with Telvara for twenty-four data SIMs this week. For Holme Road.
H: Thanks, Neil. Tom, the sandbox?
T: I'll have a sandbox with your thirty-four job types in it by Friday the second, so Bethan and Gaz can have a play.
G: Play. He says play.
H: Alistair, the DPIA itself.
A: I'll circulate the draft DPIA by the end of next week. It will have a hole in the middle where the location section goes, because I don't know yet what the union will agree to.
J: Join the club.
A: I'll also want to see the retention periods at some point.
T: We can set them to whatever you want. Thirty days, ninety days. Whatever's in the policy.
A: That rather assumes the policy knows.
H: Could someone from HR come to the depot when we train the engineers? I think it would help with the tracking questions.
J: Let's see what Mick says first.
H: Okay. Bethan, before you go, anything else?
B: Only that if the drought gets worse, I might lose Holme Road to bowser runs for a week or two. It probably won't happen. But I'm telling you.
G: Bowsers. Brilliant. Tablets and bowsers.
H: Noted. Thanks, everyone. Two weeks. Gaz, get out of the hole.
G: I'm trying.
"""

# ---------------------------------------------------------------- call 3, Thu 8 Oct 2026
CALLS[3] = """
H: Morning. Is it just me, or has everyone got their camera off today?
G: Mine's off for your benefit, believe me.
H: Fair. Richard's not joined, and I've not heard anything from him. His diary just says Gold.
B: He's in gold command. The drought. He's in there most days now, I wouldn't hold your breath.
H: Okay. Dev's sent his apologies too. Let's crack on. Neil, I hear there's good news?
N: There is. I've had the pen test report. Read it twice. There's a couple of mediums, nothing I'm losing sleep over. I'm satisfied.
T: Finally.
N: So from my side the platform's fine to talk to. The tablets are another story, but the platform's fine.
H: Great. And Tom, you got Neil's requirements?
T: I've got Neil's eleven pages. I've read them. Mostly.
N: Page nine's the important one.
T: I did read page nine.
H: Neil, the SIMs. Did the Telvara order go in?
N: Ah. No. That's, no. The firewall thing ate the whole week. I'll do it today, honestly, straight after this.
B: Neil.
N: I know. Today.
H: Okay. Gaz, serials.
G: Sent them to Dev on the Monday. Twenty-four tablets, two of which have been run over, so twenty-two working. I've put the run-over ones in a box in case anybody wants them for a museum.
H: Great. And Dev's update? He's not here. Neil, do you know?
N: I spoke to Dev yesterday. Their release board bounced it, something about the battery firmware. Stratus now say the twentieth.
G: The twentieth. Two more weeks of nothing.
T: Well, not nothing, there's the sandbox. Bethan, you had a go?
B: I did, on Sunday night, because that's when I have time. I raised a leak job and dispatched it to myself and it was on my phone in about four seconds. I was weirdly emotional about it.
T: That's the spirit.
H: Alistair, the DPIA draft?
A: Circulated on Friday. Thirty-eight pages. The location section is blank except for the word pending, in bold.
T: I've got it. I'll start on our sections next week.
H: Janet, how's the agreement?
J: It's with our legal people. They've got a few things to say about the discipline clause. It won't be with Mick by the ninth, it'll be the sixteenth now.
G: What's a discipline clause?
J: It's the bit that says we won't sack you because your van was parked outside a bakery.
G: Good clause. Keep that one.
H: And Richard's message to the field teams, has that gone out? Gaz?
G: Not that I've seen. Not a word. The lads are still getting their news from the canteen.
B: I'll mention it to him in gold, if I get a gap.
H: Thanks. Now, the tracking rules, because Janet needs something to put in the agreement. Janet, what's the union asking for?
J: Mick's line is location only during working hours, nothing when they're off shift, not kept for ever, and never used for discipline on its own.
G: Can I just say, the lads would like to be able to switch it off themselves at dinner. A button. A privacy button.
B: No, Gaz. If there's a button, it'll be off all day.
G: That's fair, actually. It would.
T: Technically the app only records while they're clocked on. Clock off and the dot disappears. And how long it's kept is a setting.
A: Thirty days would satisfy me, provided nobody can export it.
B: I can live with thirty days. We don't need to know where they were in August.
J: Then that's what I'll put to Mick. On shift only, thirty days, and not for discipline on its own.
A: Then the location section more or less writes itself.
H: Good. Tom, the maps.
T: So Bethan told us Cartwright's want a change request for a live feed. I've been reading their API documents anyway, and I think we can build a connector on our side so it's ready the day they switch it on. I'll have the map connector built by the end of the month.
B: And I'm still on at Lorna about the change request. She's sending me a quote.
N: Any connector to Cartwright's goes through the firewall. That's a change board item.
T: Can you take it to the next one?
N: I'll raise the firewall change for Routely's addresses at the change board on the twentieth.
H: Thank you. Training. Bethan, when can we have the lads?
B: It'll need to go into the rota, three days, in small groups. I'll get the training days into the rota, I'll do it by the sixteenth.
G: Not Mondays. Mondays are carnage.
B: Not Mondays.
H: And Gaz, before training, we'd like a trial day. A few of your lads out with the test tablets and the sandbox.
G: I'll take Kev and two others out with the test tablets on the Tuesday after next. Assuming the tablets have got the app on them by then.
T: Which depends on Stratus.
G: Everything depends on Stratus. I'm getting it tattooed.
H: Okay, what else. Alistair?
A: Only that I'll need to see the final configuration before I sign anything. I'm not signing a document about a system I haven't seen.
T: If you want, I could give you a demo one afternoon. Whenever suits.
A: Perhaps.
H: Right. Neil, honestly, the SIMs. Today.
N: Today. I've written it on my hand.
H: Thanks, all. Bethan, good luck in gold.
B: There's no luck involved. Just rain.
"""

# ---------------------------------------------------------------- call 4, Fri 23 Oct 2026 (moved from Thursday)
CALLS[4] = """
H: Morning, all, and thanks for moving to a Friday this once. Richard, thanks for joining, I know Thursdays are gold command now.
R: They are. I've got about forty minutes before I'm needed again. And before anyone asks, yes, I know. The message.
G: We got it. The lads got your email on Monday. The one with you in the hard hat.
R: The comms team insisted on the hard hat.
G: It's on the mess room wall. Someone's drawn a moustache on it, but it's up.
R: I'll take that as engagement.
H: Bethan can't join, she's running the incident today. She's sent me a couple of notes, I'll read them out as we go. Dev, good to have you back. The update?
D: Yes, good news for once. The Android update went out to the Holme Road tablets on Wednesday night. All twenty-two of the ones that are still alive.
G: They did it overnight. Kev came in and his tablet had changed colour. He thought he'd been hacked.
T: And I can see them. The app's installing from the test profile, so we're finally unblocked on that.
H: Brilliant. Gaz, that means the trial day.
G: We didn't do it. Couldn't, the tablets weren't done till Wednesday. We'll do it Tuesday. Kev, Sandeep and Lee.
H: Tuesday the twenty-seventh. Lovely. Neil, the SIMs.
N: The order went in on the Monday after the last call. Late, I know. Telvara have delivered eighteen of the twenty-four. The other six are, and I quote, on backorder.
R: What does that mean?
N: It means they don't know.
G: So four of my lads have got a tablet that can't talk to anything. It's a very expensive tea tray.
N: I've chased them twice. And the firewall change went through the board on Tuesday, before anybody asks.
T: I saw, I can see the traffic now. Thanks, Neil.
H: Janet?
J: Mick's got the draft agreement. It went over on the sixteenth.
G: He showed it me in the canteen. He's underlined a lot of it. In red.
J: He's allowed to underline it. The branch meet on the third, and Mick says he'll have the agreement signed and back to us by the sixth.
H: Thanks, Janet. Alistair, the DPIA.
A: It's progressing. Tom filled in Routely's sections, which were thorough, thank you. The location section now has the on shift and thirty days wording in it. The one remaining thing is the union. I'll have it signed by the sixth of November, assuming nothing in Mick's red pen changes the substance.
H: Thank you. Now, the maps. This is the big one today. Tom.
T: So I've built about half the connector. But Cartwright's haven't given us anything to connect to. Bethan's note says Lorna's quote came in, and it's eight to ten weeks for a live feed, plus a fee.
R: Ten weeks. That's February.
T: What they can do quickly is a weekly export of the asset layers. A file. We load it every Monday, so the maps are a week old at worst.
G: The maps we've got on paper are about nine years old at worst. A week's fine.
R: Then we're not waiting ten weeks. Weekly export for the pilot. Tom, stop on the live connector, we'll look at it again for the roll-out.
T: Okay. I'll park it.
R: And I've already spoken to Andy, their MD. Cartwright have said they'll send a first export by the thirtieth if we go the weekly route. So, consider us going the weekly route.
H: Great. Richard, while I've got you, the go or no-go criteria for the pilot. I sent you a draft last week.
R: I've seen it. Send it to me again and I'll sign them off by the sixth.
H: Will do. Dev, what's next for the tablets?
D: Next is the production profile. That's the Routely app, locked down in kiosk mode, so the lads can't install games. We'll push the production profile to all twenty-two by the fourth.
G: No games. They'll riot.
D: They can have Solitaire.
T: And I'll have the digital job sheets built by Friday week. The leak repair, the valve operation and the reinstatement. Gaz, I want your lads to try and break them on Tuesday.
G: Oh, they'll break them.
D: While I'm here, just putting it out there, we've got the new Rugged Pro Seven in. If you were thinking about a refresh, now's a good time, there's a deal on.
N: We're not.
R: We're really not.
D: Understood. Had to ask.
A: Can I ask a question about the export? Does the asset data include anything personal? Customer names at properties, anything like that?
T: No. It's pipes and valves. I've seen the schema, there's no customer data in it at all.
A: Then I don't need to change anything. Good.
R: I've got to go. Look, from my side, the twenty-third still stands. Everyone okay with that?
G: We're okay if we've got tablets that work.
R: Fair. Thank you, all.
H: Thanks, Richard. Okay, Bethan's notes. She says she's not got to the training rota, she's been in the incident room all week, and she'll do it by the end of next week.
G: She said that to me and all. I'll believe it when I see the rota.
H: Anything else? Janet?
J: Only that if Mick's branch says no, we'll need to decide whether we go live without tracking at all. I don't want that decided the week before.
H: Understood. Let's log it as a risk for now.
T: For what it's worth, the app's fine with tracking off. You just lose the nearest-engineer bit.
H: Okay. Thanks, everyone. Back to Thursday next time, the fifth.
D: Cheers, all.
"""

# ---------------------------------------------------------------- call 5, Thu 5 Nov 2026
CALLS[5] = """
H: Morning, everyone. Richard's sent his apologies, he's at Ofwat all day about the drought permit. Bethan, you're back with us.
B: Physically. Mentally I'm in a reservoir.
H: Let's go round. Gaz, the trial day.
G: Done. Tuesday. Kev, Sandeep and Lee, out all day on the test tablets. Kev found a valve in forty seconds that took him twenty minutes on paper last month. He's insufferable now.
T: And the forms held up. They broke two things, which I've fixed. The reinstatement one needed a photo field and the signature box was too small for Lee.
G: Lee signs like he's swatting a wasp.
H: So the digital job sheets are finished, Tom?
T: All three built and in the test profile. Gaz's lads used them on Tuesday.
G: They're a lot better than the paper, I'll give him that. The paper ones go soggy.
H: Great. Tom, the Cartwright's export. Did it come?
T: Sort of. It came on the Friday, on time, credit to them. But it's missing the valve layer. Mains and hydrants, no valves. Which for leakage is, you know, the whole thing.
G: It's like sending a road map with no roads.
T: Lorna's redoing it. They've promised the full file by Wednesday.
H: Wednesday the eleventh. Okay. Dev?
D: So twenty of the twenty-two have got the production profile. The other two are in a van that's been lent to the drought team up in the Dales, and we can't reach them till it comes back. Realistically Friday week, the thirteenth.
G: That van's got my sandwich in it and all.
H: Neil, the SIMs?
N: Still six short. Telvara say the backorder is with the manufacturer. I've escalated to our account manager. I'm chasing them every day, for what it's worth.
H: Alistair, the DPIA. You were aiming for tomorrow.
A: I was. I'm not going to make it. The retention wording has to match whatever the union sign, and they haven't signed anything. I'm not signing a DPIA that says thirty days if the agreement ends up saying fourteen. Realistically the nineteenth.
H: The nineteenth. Janet, where are the union?
J: The branch meeting on Tuesday didn't make quorum. Half of them were out on bowser runs. So no vote, and nothing signed. Mick says they'll meet again on the eighteenth, and he'll have it signed and back to us by the nineteenth.
G: I'd have gone, but I was on a bowser run.
H: So the union's the nineteenth at best, and the DPIA after that. Which brings me to the pilot date. Tom, do you want to say it?
T: Honestly, I don't think the twenty-third works. The DPIA won't be signed till the nineteenth, the maps aren't complete, two tablets are in the Dales and four have no SIM. And the lads need training before any of that.
N: Can I be the one to say it? Why don't we just go in January? The drought will be over, hopefully, the union will have signed, and nobody's rushing.
B: No. If it goes to January, it goes to March, because January is bursts season. I've seen this film.
G: January's carnage. Every main in the county pops.
B: A week. I can give it a week. The thirtieth.
H: Richard?
B: Richard's told me that whatever I decide on dates, he'll back. So the thirtieth. Gaz, tell the lads.
G: I'll tell them. They'll be thrilled. Another week of paper.
H: Okay. Monday the thirtieth for the pilot, then. The plan's already got a line for it.
B: Gaz, would you take the training rota off me? I'm drowning, and you know the lads' shifts better than I do anyway.
G: Go on. I'll have it done by the thirteenth.
B: You're a star.
G: I know.
H: So the training rota is Gaz's now, by the thirteenth. Richard's sign-off, he's not here. His PA emailed me yesterday. The go or no-go criteria are on his desk and he'll sign them by the thirteenth.
B: He will. I'll stand over him.
H: Tom, the old jobs.
T: Yeah, so the open jobs in Jobmaster for Holme Road, about three hundred of them, need moving across so the lads aren't working in two systems. I'll do the open-jobs migration for Holme Road the week before go-live. Say the twenty-sixth.
B: The Thursday. Fine.
H: Neil, one from me. When a tablet dies on a job, who does the engineer ring? Your service desk, Stratus, us?
N: Good question. Our service desk, and they pass it on to Stratus or to Routely. They'll need something written down. I'll write the support handover for the service desk, who does what, by the twelfth.
D: Our escalation contacts are in the contract schedule, Neil. Page four.
N: Thanks, Dev.
G: Can I raise the lads' big worry? Gloves. You can't use a touchscreen with gloves on, and it's November.
T: There are gloves that work with touchscreens.
G: Not for the money Kelsall pays.
B: If somebody sends me a link to some decent ones, I'll see if the budget stretches.
G: I'll do them a cheat sheet as well. One page, laminated, for the vans. For Wednesday.
H: Great. That'll be really useful.
T: We normally do a quick reference card at training anyway, but Gaz's will be funnier.
G: It'll have swearing in it.
A: Can I check one thing? The thirtieth still needs my signature on the DPIA. If the union slip again, I can't sign, and we'd be piloting without one.
J: Then the tracking would have to be off, surely.
A: That's one way. Let's not decide it today.
H: Agreed, we'll hold that for next time. Anything else? Okay, thanks, everyone. Next time is the nineteenth, the last one before the pilot.
"""

# ---------------------------------------------------------------- call 6, Thu 19 Nov 2026
CALLS[6] = """
H: Morning, all. Last call before the pilot. Richard says he'll join late, he's finishing up with the Environment Agency. Dev's sent his apologies, but he's emailed me an update. Let's start with the good stuff. Gaz?
G: The maps are on the tablets. Valves and all. Kev found a valve under a parked car on Monday that wasn't on the paper map at all.
T: Cartwright's file came in on the Tuesday, a day early, believe it or not. I loaded it, and the valve layer's there. And this Monday's file came through on its own, so the weekly thing works.
H: Brilliant. So we're not waiting on Cartwright's for anything now.
T: Not for the pilot.
H: Dev's update. He says all twenty-two have the production profile now. The van came back from the Dales.
G: It did. With my sandwich. Which I've binned.
H: Gaz, the training rota.
G: In. The twenty-fourth, twenty-fifth and twenty-sixth, groups of seven or eight. Not Monday.
B: I saw it. It's better than I'd have done, honestly.
H: Lovely. Alistair?
A: I signed the DPIA this morning. With one condition written into it. The location section only takes effect once the works agreement is signed. Until then, location data isn't collected at all.
H: Thank you, Alistair. That's a big one.
A: It was a long document.
H: Janet, which brings us to the union.
J: So. Good news, bad news. The branch voted it through last night. Comfortably. But it's a works agreement, so it needs the regional organiser's signature as well as Mick's, and the regional organiser is off sick. I don't have a date, honestly. Nobody at the regional office would give me one.
G: Mick was buzzing, for what it's worth. He thinks he won.
J: He sort of did.
H: So the agreement's not signed, and until it is, no tracking.
J: Correct. I'll ring the regional office again on Monday and find out who's covering for him.
H: Thanks. Neil, the SIMs?
N: Still six short. Telvara's latest word is imminently. Which I've learnt means nothing.
G: So four of my lads are still on tablets that can't talk to anything.
N: They'd work at the depot, er, no, they wouldn't. Nothing goes on our Wi-Fi. They'll only be any use paired up with someone who's got a working one.
G: So they get paired up. Fine. Kev's going to love being a mentor.
H: Neil, and the handover document for the service desk? Who the engineers ring?
N: Ah. No. That's, no. I haven't started it.
H: It's quite important for the thirtieth.
N: I know. I know it is.
H: Tom, the open jobs?
T: On track for the twenty-sixth. I did a dry run on Tuesday, two hundred and ninety-one jobs, and three had dodgy postcodes.
H: Gaz, the cheat sheet?
G: Not done. It's drafted. It's got one swear word left in it that I can't bear to take out. Monday.
B: Take it out, Gaz.
G: Monday, with no swearing.
R: Hi, hello, sorry, Richard here. I'm in the car. Where are we?
H: Hi, Richard. Maps are in, the tablets are done, the DPIA's signed with a condition, the union voted yes but the agreement isn't signed, and four of the lads have no SIM.
R: And the go or no-go thing, I did that on Monday, Hannah, did you get it? I put my squiggle on it.
H: I did, thank you.
R: Good. So the tracking. Are we holding the pilot for the union signature?
B: I don't want to. We've moved it once already.
A: Provided location is off, I'm content. That's what the DPIA says.
R: Then we go on the thirtieth with the dot turned off. I'm not holding the whole thing up for one signature. When the agreement's signed, Tom turns it on.
T: It's one setting. I can turn it on in five minutes.
G: The lads'll be delighted. First week in years nobody knows where they are.
R: Don't push it, Gaz.
T: Can I suggest something while we're all here? If Holme Road goes well, we could bring the Eastfield sewer team in during December, while we've got the momentum.
R: Let's see how Holme Road goes first. One depot at a time.
B: And I've got no sewer team till Christmas anyway.
R: Right, I've got to go, I'm at the Environment Agency in five. Good luck with the training. Hannah, send me something short before the thirtieth, so I know what I'm walking into.
H: I'll send you a readiness summary by Tuesday. One page.
R: One page. Thanks, all.
H: Okay. Any other business?
J: Only that if the regional organiser's still off in a fortnight, I'll have to go to his boss, and that's a whole other conversation.
H: Understood. Bethan?
B: Just thank you, everyone. I know I've been a ghost for most of this. When it rains, I'll buy everyone a drink.
G: It's Kelsall. It'll rain eventually.
H: Thanks, everyone. See you on the other side of the pilot.
"""


def ts(t):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    ms = int(round((s - int(s)) * 1000))
    if ms == 1000:
        ms = 999
    return f"{int(h):02d}:{int(m):02d}:{int(s):02d}.{ms:03d}"


def split_cues(text, limit=18):
    """Cut a long turn into cues at sentence ends (each cue at most ~limit words where possible)."""
    sents = re.split(r"(?<=[.?!])\s+", text)
    cues, cur = [], []
    for s in sents:
        if cur and len(" ".join(cur + [s]).split()) > limit:
            cues.append(" ".join(cur))
            cur = []
        cur.append(s)
    if cur:
        cues.append(" ".join(cur))
    return cues


def turns(n):
    out = []
    for line in CALLS[n].strip().splitlines():
        code, text = line.split(": ", 1)
        out.append((NAMES[code], text.strip()))
    for (a, _), (b, _) in zip(out, out[1:]):
        assert a != b, (n, a)  # consecutive cues of one speaker would merge: never two turns in a row
    return out


def cues(n):
    """(start, end, speaker, text) for every cue of call n."""
    rnd = random.Random(4100 + n)
    t = 2.0 + rnd.random() * 4
    out = []
    for name, text in turns(n):
        parts = split_cues(text)
        for i, part in enumerate(parts):
            dur = max(0.8, len(part.split()) / 2.7 + rnd.uniform(-0.2, 0.6))
            out.append((t, t + dur, name, part))
            t += dur + (rnd.uniform(0.1, 0.4) if i < len(parts) - 1 else rnd.uniform(1.6, 3.2))
    return out


def render(n, path):
    d = docx.Document()
    for start, end, name, text in cues(n):
        d.add_paragraph(f"{ts(start)} --> {ts(end)}")
        d.add_paragraph(name)
        d.add_paragraph(text)
    d.save(path)


if __name__ == "__main__":
    out = Path(__file__).with_name("calls")
    out.mkdir(exist_ok=True)
    for n in CALLS:
        render(n, out / f"call-{n}.docx")
        tt = turns(n)
        print(f"call-{n}.docx: {len(tt)} turns, {len(cues(n))} cues, {len(set(s for s, _ in tt))} speakers")
