#!/usr/bin/env python3
"""Generate the six Scarisbrick Borough Council in-cab rollout calls as SubRip captions (calls/call-N.srt).

Each dialogue line below is "CODE: text". Following docs/FORMATS.md for .srt, a cue carries "Full Name: " only when
the speaker changes; later cues of the same turn carry no name and so continue that speaker. Long turns are cut into
consecutive cues at sentence ends, 0.04 s apart, so they merge back into one turn (gap < 1.5 s). Between turns there is
a 0.4-1.4 s gap, and two turns in a row never have the same speaker. Timestamps are synthetic but deterministic.
Run: /work/main/.venv/bin/python make_calls.py   (writes calls/call-1.srt .. call-6.srt next to this file)
"""
import random
import re
from pathlib import Path

NAMES = {
    "J": "Joanna Thewlis",   # Kerbline (vendor) project manager, host; everyone calls her Jo
    "M": "Marcus Fell",      # Kerbline solutions consultant: rounds, back office, crew training
    "D": "Deepak Raval",     # Kerbline integration developer: CRM, telematics, tablet build
    "H": "Helen Ashworth",   # Scarisbrick director of environment, sponsor
    "N": "Nicola Brennan",   # Scarisbrick waste services manager, customer lead
    "P": "Phil Hesketh",     # Scarisbrick fleet manager (wagons, cab mounts, chargers, Trakmore)
    "A": "Adeel Rashid",     # Scarisbrick IT security officer
    "S": "Sandra Molyneux",  # Scarisbrick customer contact centre manager (Prentis CRM)
    "T": "Terry Rimmer",     # Moss Lane depot supervisor, speaks for the crews
}

CALLS = {}

# ---------------------------------------------------------------- call 1, Wed 14 Oct 2026
CALLS[1] = """
J: Morning, all. Can everyone hear me? I'm sat in the car park at our Preston office because the Wi-Fi inside has given up on life.
T: We can hear you, Jo. We can also hear a seagull.
J: That's Kevin. He lives on the bin store. Right, is that everyone? I've got Helen, Nicola, Phil, Adeel, Sandra, Terry, and my two. Lovely.
N: Sorry, I'm here, I'm just eating a sandwich with the camera off. It's been that kind of morning.
J: No judgement. So, welcome to the first weekly call for the in-cab rollout. I'm Jo Thewlis, project manager at Kerbline, and I'll host these every Wednesday. Quick round the room, then I want to nail down the go-live, and then actions. Helen, do you want to kick off?
H: Thanks, Jo. Helen Ashworth, director of environment, and I suppose I'm the one who signed the cheque. I'll be honest, I can't make every one of these, Nicola's got the keys. I've got twenty minutes today.
N: Nicola Brennan, waste services manager. I'm the customer lead, and I'm also launching the garden waste subscriptions on the second of November, so if I sound unhinged, that's why.
P: Phil Hesketh, fleet manager. Forty-one wagons, three depots, and a budget that was set in about 2009.
A: Adeel Rashid, IT security. Nothing goes on the council network until I've had a look at it. Tablets included. Especially tablets.
S: Sandra Molyneux, I run the contact centre. Missed bins are about a third of our calls, so I'm very interested in anything that means fewer of them.
T: Terry Rimmer, supervisor at Moss Lane. I speak for the crews, God help them. And I'll say it now so nobody's surprised later. If this is a tracker dressed up as a tablet, my lads will smell it a mile off.
J: Noted, Terry. We'll come back to that, I promise. Marcus, Deepak?
M: Marcus Fell, solutions consultant at Kerbline. I'll build your rounds and the back office, and I'll do the crew training.
D: Deepak Raval, integration developer. I do the plumbing. The CRM, the trackers, anything that talks to anything else.
J: Lovely. So, go-live. The contract says the first depot live by the end of November. My proposal is Moss Lane, all ten rounds, on Monday the thirtieth.
H: Can I be awkward? Why not all three depots at once? Twenty-eight rounds, one weekend, rip the plaster off. I don't want to be doing this until Easter.
T: With respect, Helen, if it goes wrong at three depots on the same Monday, that's forty thousand bins and my phone melts. And Sandra's.
S: Mine melts first, to be fair.
N: I'm with Terry. I can't support three depots in the same month the garden waste goes out. I physically can't.
M: And for what it's worth, Halsall Road and Bescar have the older wagons, so Phil's got mounts to sort out there anyway.
H: Alright, alright. I know when I'm outnumbered. Moss Lane first, on the thirtieth, and the other two in the new year. But I want a date for those before Christmas.
J: That's fair. So it's Moss Lane's ten rounds on Monday the thirtieth of November, and Halsall Road and Bescar in the new year. I'll put that in the log.
P: Makes sense to me.
J: Marcus, what do you need to start building?
M: Two things, really. The vehicles, so which wagon does which round and what make they are, because that decides the cab mount. And the rounds themselves.
P: The wagon list I can do. It's all in the fleet system, it's just a case of getting it out without the thing crashing. I'll send you the list with the regs and which round each one's on by Friday.
M: Perfect.
P: If the mounts don't fit the old Dennis Elites, mind, I'll have to get the fitters to make something up. But let's cross that bridge.
N: The rounds are all on paper. Every round has a sheet, street by street, and the crews have written all over them for years. I'll get the Moss Lane sheets scanned and over to Marcus by the end of next week.
T: Good luck reading them. Half of Round 6 is in Gaz's handwriting, and Gaz left in 2019.
M: I've read worse. I once built a round off a beer mat.
T: Every Monday I sit down with the lads and go through the sheets anyway, so I know where the bodies are buried.
J: Adeel, security. What do you need from us?
A: Everything. Seriously, I have a questionnaire. It's forty-odd questions, device management, encryption, where the data lives, who at Kerbline can see it. I'll send it over tomorrow.
D: Send it to me and Jo, please.
A: And just so everyone's clear, nothing goes in a cab until I've signed it off.
H: Understood, Adeel. I'd rather be late than in the Champion.
J: Sandra, the CRM side.
S: So the CRM is run by Prentis, not by us. When a resident rings about a missed bin, my agents raise a case in Prentis. The dream is that the crew's report from the cab lands in Prentis on its own.
D: That's the plan. I need access to their API and a test environment. Who do I talk to?
S: Officially you talk to me, and I talk to Prentis, and Prentis take a fortnight to reply. I'll log the request with them this afternoon so the clock's at least started.
D: Great, thanks.
H: Someone should probably warn the ward councillors before the Champion finds out there are tablets in the bin lorries.
N: Mm.
H: Right, I have to go, I've got scrutiny at eleven. Terry, before I go, the tracking thing. I hear you. I'll talk to the GMB branch secretary before next week's call, so they hear it from me and not from the rumour mill.
T: Appreciate that, Helen. Genuinely.
H: Thanks, all. Jo, you've got my email.
J: Thanks, Helen. Okay. Terry, pilot crews. Marcus wanted two crews to try the tablets out before go-live.
T: Volunteers, you mean. Leave it with me. Monday.
M: Two would be ideal. Ones who won't throw it out of the window.
T: I can't promise that about anyone.
J: Marcus, back office.
M: Yes. Nicola, your team will want a log-in to the back office to see the rounds as I build them. I'll have a test tenant up with log-ins for the waste team by next Wednesday.
N: Lovely. I won't look at it till November, but lovely.
M: If you ever want the garden waste rounds on there too, we can do that later, it's the same thing really.
N: Please don't say garden waste to me.
P: Jo, are you sending round a plan? I'd like to see when you need the wagons off the road.
J: Yes, sorry, I should have said. I'll circulate the plan and the risk log by Friday, and then everyone can shout at me in writing.
P: Perfect.
S: Can I ask, does the crew's report say why the bin was missed? Not out, blocked, contaminated, that sort of thing?
M: It does, there's a list of reasons, and we'll want yours. Let's pick that up next week.
J: Right, I think that's us. So, Phil's wagon list, Nicola's round sheets, Adeel's questionnaire, Sandra's logging it with Prentis, Terry's crews, Marcus's back office, and my plan.
T: You forgot. My lads want a cup holder in the cab.
J: I'll put it on the risk log. Thanks, everyone.
A: Cheers.
"""

# ---------------------------------------------------------------- call 2, Wed 21 Oct 2026
CALLS[2] = """
J: Morning, everyone. Helen's sent her apologies, she's at the waste partnership board all day. Nicola, are you with us?
N: Physically.
J: That'll do. Let's go round last week's list. Phil, the wagons.
M: I'll take that one. Phil's spreadsheet came through Friday teatime. Every wagon, reg, make, which round. Nine of the Moss Lane ones are the newer Mercedes, which is good news.
P: And one Dennis Elite, which is bad news, but it's only the one.
J: Great. Adeel, your questionnaire?
D: We've got it. All forty-three questions of it. Some of them twice.
A: That's deliberate. I ask twice to see if the answers match.
D: I did wonder.
J: So, Deepak, when can we get it back to Adeel?
D: It's mostly stuff we've answered for other councils. We'll have it back to you by the thirtieth, Adeel. The encryption bits I want to check with our hosting people first.
A: The thirtieth's fine.
J: Sandra, Prentis.
S: Logged it the same afternoon. They've acknowledged it, which is about all they've done. Gavin over there came back this morning, and Prentis have said they'll have a test environment up for Deepak by the thirtieth.
D: Which matters, because until I've got something of Prentis's to point at, the missed-bin reports from the cab stop at our back office. They go nowhere near your agents.
S: I know. I've been chasing Prentis for four years about other things, Deepak. Welcome to the club.
J: Terry, volunteers?
T: Round 4 and Round 7. Dave Aughton's crew and the Brookes brothers. They drew the short straws. Well, they lost at darts.
M: Perfect, thank you. I'll want to meet them.
T: Bring biscuits.
J: Marcus, the back office.
N: It's there, I got the email with my log-in on Monday. I haven't had chance to look, but it's there, and the team are in.
J: Which brings us to the round sheets. Nicola, still on for Friday?
N: Friday. Hopefully. They're with Terry, he's doing the scanning.
T: On the one scanner at the depot that works if you hit it. But yeah.
J: And from me, the plan and the risk log went round on Friday. Phil, you had questions.
P: I did, and you answered most of them, so I'll be quiet.
J: Thank you. Helen's chat with the GMB, Nicola, do you know?
N: She asked me to say she hasn't managed it yet, the branch secretary's been off. She's seeing them on the second now.
T: The second of November? My lads have already decided it's a tracker.
N: Well, then Helen can tell them it isn't, on the second.
J: Phil, the cab mounts. When can we get the two pilot wagons done?
P: Both pilot wagons are in for their service on Tuesday anyway. I'll have the fitters put the mounts in while they're there. And Deepak, you want the tracker data off Trakmore, don't you?
D: I do. The in-cab app uses the wagon's position to tick off the streets. I'd rather not rely on the tablet's own GPS, it's rubbish inside a cab.
P: I'll get you an API key off Trakmore this week. They're usually alright, they just need poking.
T: If they put a camera in my cab I'll knit it a balaclava.
D: No cameras, Terry. Just the position of the wagon, which, to be fair, Trakmore have had for six years.
T: Yeah, and I never liked that either.
J: Sandra, the missed-bin reasons Marcus mentioned last week.
S: So we've got a list of case types in Prentis. It's long. I'll send you the list of missed-bin case types by Friday. I could also send you last year's complaints report, if that helps?
D: Honestly, not needed, but thanks.
J: Marcus, you had something on contamination.
M: Yes. A lot of our councils have the crew take a photo when a bin's contaminated, and the back office sends the resident a letter with the picture on. It saves a lot of arguments. I'll get the contamination photo step into the pilot build by the fourth.
T: Hang on. My lads taking pictures of people's bins? Outside their houses? They'll get lynched.
A: And I'd want to know where those photos go. A picture of someone's front garden is personal data.
M: Fair. I'll build it, and we can decide whether to switch it on.
J: Let's park the switching on. Nicola, assisted collections.
N: Oh God. Yes. We've got about three hundred properties where the crew goes up the drive for the bin, because the resident can't. That list has to be on the tablets.
A: It's health data, basically. Who's disabled, who's frail. It doesn't go by email.
N: Fine, it'll go on the secure transfer. I'll get the assisted list over Friday week.
J: So the thirtieth.
N: The thirtieth. Before the garden waste eats me.
M: We normally do a ride-along before we build anything, by the way. Just so I know what a round actually looks like.
T: You want to come out on a wagon? At six in the morning?
J: Paper sheets. Marcus, the proposal says we take them out of the cabs on day one.
M: That's how we normally do it. Otherwise the crews never look at the tablet.
T: Not a chance. If the tablet dies on Ormskirk Road at seven in the morning, what do they do, guess?
N: I think the paper stays for the first month. Belt and braces.
P: Agreed. I'm not having wagons sat in a lay-by because a tablet's gone flat.
M: Fine by me. Paper stays in the cab till Christmas, and we take it out in January.
J: Okay, paper stays in the cabs through December. Noted.
D: If Prentis don't come through, I could always build against their old interface, but I'd really rather not.
J: Okay. Anything else? Adeel?
A: Just that I'd like the tablet build document when there is one. Device management, what's locked down, that sort of thing.
D: Yeah, that's ours. Once we've settled on the model. I'm still arguing with the reseller.
J: Right, thanks, all. Same time next week.
T: Ta-ra.
"""

# ---------------------------------------------------------------- call 3, Wed 28 Oct 2026
CALLS[3] = """
J: Morning. Just waiting for, no, I think this is everyone. Helen's not accepted the invite. Has anyone heard from her?
N: Not a peep. Her diary just says Budget.
J: Fair enough. And Phil's messaged me to say he's stuck at the MOT station and Nicola's got his updates.
N: I have, he rang me at half seven. I've written it on my hand.
T: Is that the hand you eat your sandwiches with?
N: Don't, Terry.
J: Let's start with the wagons, then. Phil's fitters were doing the pilot wagons yesterday?
T: They've been in. They've put a bracket in the Round 4 wagon and the Round 7 one. Looks like a satnav for a Dalek. The lads love it. By love it, I mean they've already hung an air freshener off it.
M: Is it solid, though? That's the main thing.
T: Solid as a rock. Dave tried to pull it off to see.
J: Brilliant. Nicola, what else did Phil say?
N: Trakmore. He chased them, and they won't give anybody an API key until there's a data sharing agreement signed with our legal team. Phil asked me to say legal have got it and they're saying the sixth.
D: So there are no wagon positions until that's signed, which means I can't test the street tick-off at all. The whole auto-complete bit just sits there.
J: Okay. Is there anything we can do to speed up legal?
N: Pray.
J: Right. The round sheets, Nicola?
N: Ah.
T: They're on my desk. I've done six of the ten. The scanner's been broken since Thursday, so I've been doing them on the photocopier in the admin office, one page at a time. Monday, the rest.
M: I can't build a single round until I've got those sheets. I'm literally sat waiting.
N: I'm sorry, Marcus. It's my name on it, I know.
M: No, honestly, I'd rather have them right.
J: Deepak, the Prentis environment. Still on for Friday?
D: They say so. I'm not holding my breath. And Sandra, thank you for the case types, oh, no, wait. I haven't had them.
S: No, you haven't. Sorry. The garden waste scripts have eaten me alive. It's on my list.
D: No rush. Well. A bit of a rush.
J: Adeel, anything back on the questionnaire yet?
A: It's not due till Friday. I'm not going to complain about something that isn't late yet.
D: You'll have it Friday.
A: I'd also want the tablet build. What's on it, how it's locked down, what happens when a lad leaves it on a wall.
D: Yes. The tablets, that's the other thing. Our reseller, Pennine Devices, have told us the forty tablets are on back order. Which is a polite way of saying they haven't got them.
J: When?
D: They don't know. They're waiting on a shipment. Until they turn up there's nothing to put in the mounts and nothing for Adeel to test.
A: Then I'd want the build document regardless. I can read that without a tablet.
D: Fair. I'll get you the build document Monday.
A: Thank you. And before anyone asks, yes, I'll want a pen test on the tablets and the back office. Our usual external testers. I'll get them booked and confirm the dates by Friday.
J: Thank you, Adeel. Sandra, the contamination photos Marcus mentioned last week. Any view from the contact centre?
S: Honestly? It'd save my agents a lot of "I never put a pizza box in there" calls. But I'm not the one stood on the pavement.
T: No, you're not. I've said my piece.
A: I check every new device type against the NCSC guidance anyway, that's just what I do, and photos of people's houses are a whole other conversation.
J: Right. That one needs Helen, I think. Let's hold it for when she's on. Marcus, has the build of it started?
M: I've started it. I'll keep going unless someone tells me to stop.
J: Okay. Terry, I gather Marcus wants to come out on a wagon.
T: He does. I'll take him out on Round 4 on Tuesday. We leave the depot at ten past six. Bring your own gloves and don't wear anything you like.
M: I've bought steel toecaps specially.
T: They'll still laugh at you.
J: Marcus, training. When do you want the crews?
M: I'd like to do the crew training at the depot, two sessions, on the seventeenth and the eighteenth. Six o'clock starts, so they can go straight out after.
T: Six o'clock's fine. They're there at quarter to anyway. Not saying they're awake.
N: The seventeenth and eighteenth are fine for me too. The agency staff are in that week anyway.
J: Sandra, you mentioned scripts. Will your agents need new ones for go-live?
S: They will. When a crew reports a missed bin from the cab, my agents need to know what to tell the resident when they ring. I'll write the scripts for that by the end of the month.
J: So Friday, the thirtieth?
S: Friday.
N: I was going to write to all the assisted-collection residents to say nothing's changing, but honestly, nothing is, so I won't bother.
S: Less post for my agents to explain.
J: Phil's chargers. Nicola, did he say?
N: He did. Phil says the twelve-volt chargers for the other eight Moss Lane wagons, he'll have them wired in by the 13th.
J: Good. Deepak, the reason codes, you've seen other councils' lists.
D: Honestly, from what I've seen, you end up with about twelve reasons. Any more and the crews just pick the first one on the list.
S: If it's twelve, it's twelve. My agents will cope.
T: Twelve's eleven more than my lads will use. Everything's bin not out.
J: Twelve reason codes, then, and Sandra's long list gets boiled down to those.
T: Can I ask, while we're on tracking. Can you turn off the GPS on the tablets? Then nobody's arguing about it.
A: Not really, no. If a tablet goes missing I need to be able to find it and wipe it. That's non-negotiable for me.
T: So it is a tracker.
A: It's a tablet that can be found if it's nicked, Terry. Different thing.
T: Tell that to Dave.
J: That one's for Helen and the union, I think. Anything else? No? Lovely, thanks, all.
N: Bye.
"""

# ---------------------------------------------------------------- call 4, Thu 5 Nov 2026 (moved from Wednesday: full council)
CALLS[4] = """
J: Morning, and thanks for shuffling to Thursday this week, I know it's a pain. Full council yesterday, I gather?
H: Four hours of it. We discussed the bins for forty minutes and nobody mentioned tablets, so I'm calling that a win.
N: They discussed my garden waste for thirty of them. We launched on Monday. Eleven thousand sign-ups, the payment page fell over twice, and Sandra sends her apologies, she's on the phones herself today.
J: Congratulations, I think? Right, let's be quick, and while Helen's here I want to get the big things in front of her. First, some good news. Deepak?
D: The tablets have turned up. Pennine finally delivered on Monday, forty of them, all boxed.
T: They're in my office. I've been sleeping on them like a dragon.
A: I've taken two. One's already enrolled on our device management. And your build document's fine, Deepak, I had it Monday. A couple of comments, nothing scary.
D: Great.
J: And the questionnaire, Adeel, you had that on Friday?
A: I did. I've been through all of your answers. Mostly fine. I've got questions about where the backups live, but I'll take those offline.
J: Thank you. The rounds. Marcus?
M: All ten Moss Lane rounds are built in the back office now, street by street. Terry's last four sheets came over on Monday, and honestly, they were the worst ones, but they're in.
T: Round 6 was a labour of love.
M: Round 6 has a street on it three times.
T: That's because they do it three times. Ask Gaz. You can't, he's left.
J: And Marcus, your day out.
M: I have been on a bin lorry. I was at the depot for six, Round 4, I stand by everything I said about steel toecaps, and I now understand why the sheets have tea on them.
T: He did alright. He only got lost once. In the depot.
J: Helen, there are two things I wanted to bring to you. First, the union.
H: Yes. I had Bernie and the branch in on Monday. It was an honest conversation. They're not against the tablets. They're against anyone using the data to discipline people. And they want that in writing.
T: And until they've got it in writing, my lads aren't switching them on. I'm just telling you how it is. Not me, them. Well, me as well.
H: That's fair, Terry, and I'd want the same. I'll put it in a letter to Bernie by the end of next week. The wagon data is for running the rounds, not for disciplinaries.
T: Thank you.
H: And if the union want to see the back office screens, I'm happy for them to come in and have a look.
J: The second thing, Helen, is the contamination photos. Marcus has started building it, Terry doesn't want his crews doing it, and Adeel's nervous about the data.
H: I've read the note. Look, I think it's a good idea and we will do it. Not now. Not in the same month we're asking the crews to trust a tablet. No photos in phase one. Marcus, park it.
M: Understood. It's parked.
T: Thank you, Helen. Genuinely, that's two.
H: Don't get used to it.
J: Right. Deepak, Prentis?
D: Nothing. They were meant to have the test environment up last Friday. I've had one email, saying in progress.
N: Sandra asked me to pass on that she rang Gavin, and they're now saying Friday the thirteenth. Of course they are.
H: Do I need to ring someone at Prentis?
N: Sandra's escalating it through the contract manager. If that doesn't work, yes.
J: Okay. Deepak, anything from Sandra on the case types?
D: Yes, they came in on Friday, all forty-one of them. Sandra and I had twenty minutes on Monday and we've got them down to the twelve. I think she was glad of an excuse not to answer the phone.
J: Nicola, the assisted list.
N: I haven't. I'm sorry. The garden waste went live on Monday and I've had no life. Next Wednesday. I know I said the thirtieth, I know.
A: Secure transfer, please, when it comes.
N: Secure transfer, yes.
J: Trakmore. Phil?
P: Legal are still sat on the data sharing agreement. They promised me the sixth, and that's tomorrow, and I've not heard a thing. Legal are legal.
D: I've got everything ready on my side. The minute I've got a key, I'm in.
J: Okay. Phil, are the chargers still okay for the 13th?
P: Should be. The parts are in.
J: Nicola, one thing I need from your side. Now the rounds are built, someone who knows them has to go through them in the back office and check them. Street order, missing streets, that sort of thing.
N: That's me, I suppose. Give me till Monday.
M: Do it on a laptop, not your phone. It's a long list.
N: Noted.
J: Adeel, we need your sign-off to put the tablets in the cabs for real. What does that look like?
A: Pen test first. The testers are booked for the tenth and eleventh. Assuming nothing horrible comes out of the pen test, you'll have my sign-off on the twentieth.
H: That's cutting it fine for the thirtieth.
A: It's the date I can do, Helen. I'm not signing something I haven't tested.
H: No, quite right.
P: We had trackers on the gritters for eight years that nobody ever looked at, you know. Not once.
T: And yet here we are.
H: I have to go. Nicola, you've got my proxy for anything while I'm out, and I'm not on next week, I'm at the LGA thing.
N: Okay.
J: Thanks, Helen. Marcus, while we've got Terry, can you show him Round 4 in the back office?
M: Sure, I'll pull it up now. There. That's Round 4. Every street, in the order on the sheet.
T: Is that my depot? It looks so clean.
M: Give it a week.
J: Right, I think that's everything. Thanks, everyone. Back to Wednesday next week.
P: Cheers.
"""

# ---------------------------------------------------------------- call 5, Wed 11 Nov 2026
CALLS[5] = """
J: Morning, all. Helen's at the LGA conference, and Adeel's with the pen testers, he said to start without him and Deepak's got his update.
S: I'm back, by the way. Hello. I've had about four hours' sleep since the launch.
N: Don't. Just don't.
J: Welcome back, Sandra. Let's start with the good news, because there is some. Deepak.
D: Trakmore's feed is coming through. Since Monday I can see the wagons moving round on my screen, and the streets are ticking themselves off on the two pilot tablets. It's a bit magic, honestly.
P: Legal signed it on Friday. I had to stand in their office. Literally stand there until they did it.
T: So you can see my wagon on your screen right now?
D: I can see a wagon on Ormskirk Road. Doing fourteen miles an hour.
T: That's Dave. He's got the dentist at eleven.
J: Brilliant. Nicola, the assisted list.
M: It's in, I'll answer for her. Three hundred and twelve properties, all flagged on the rounds, and it came over on the secure transfer, so Adeel will be pleased.
N: I sent it at eleven o'clock last night. Don't tell anyone.
J: Nicola, did you get a chance to go through the rounds in the back office? That was Monday.
N: No. And I'm going to be honest, I'm not going to. Terry, can you do it? You know the rounds better than me anyway.
T: Go on. Friday. I'll get Dave and the Brookes lads to check theirs with me, they'll spot anything.
J: So Terry's checking all ten rounds by Friday. Thank you, Terry.
T: You owe me a pint. Several.
J: Sandra, Prentis.
S: Where do I start. Gavin's told our contract manager they're still on for Friday. Which is the thirteenth, and I'm not superstitious, but.
D: And realistically, even if they deliver on Friday, I need two weeks to build and test against it. That takes us past the thirtieth.
J: So, options. Deepak?
D: Honest answer? We move go-live to January, when Prentis are in.
N: No. Absolutely not. Helen's told the councillors the thirtieth, and I've told the crews. We're not moving it for Prentis.
S: Could the crews not just ring the missed bins in to us from the cab, like they do now on the radio?
T: They won't. They'll be on the phone all day. That's the whole point of the thing.
M: The back office holds every report the crews raise. We could send the contact centre a spreadsheet of them every night, and the agents key them into Prentis until the integration's there.
S: Keying them in. Lovely. How many a day?
M: At Moss Lane, maybe forty.
S: Forty I can do. Forty I can live with.
N: Right, that's what we're doing, then. We go on the thirtieth, the reports go to Sandra's team on a spreadsheet every night, and Deepak hooks up Prentis when they finally deliver. Helen's given me her proxy, so that's decided.
J: Okay. Deepak, can you set the export up?
D: Yeah. I'll have the nightly export running by Monday.
S: Send it to the team inbox, not to me. I have enough email.
D: Team inbox, got it. Ideally I'd have had the CRM hooked up a month ago, mind. Just saying.
J: Should we get someone from Prentis on this call?
S: You'd have more luck getting the Pope.
J: Fair. Sandra, the scripts for the agents.
S: Not done. I've not touched them since the launch. Friday week, and with the spreadsheet thing I'll have to rewrite half of them anyway.
J: The twentieth, then.
S: The twentieth.
J: Marcus, route order. You had a thought.
M: I did. The system can optimise the order of the streets on every round. At other councils it takes fifteen, twenty minutes off a round. I'd like to switch it on for go-live.
T: No. My lads have done those rounds in that order for ten years. There's reasons. The school run on Halsall Lane, the bloke with the dog on Chapel Street.
N: Terry's right, not for go-live. Crew order for now, and we can argue about optimising in the spring.
M: Fair enough. Crew order.
J: Phil, chargers?
P: Six of the eight are wired in. On track for Friday.
J: Terry, anything from the pilot crews?
T: They like it. Don't tell them I told you. Dave says the screen's too bright at six in the morning. And if the tablet dies mid-round, we'll just do what we've always done.
M: There's a night mode. Tell Dave to press the little moon.
T: Can you turn Dave down?
J: Adeel's update, Deepak?
D: He said to say the testers were on the tablets yesterday and they're on the back office today. First impressions fine. The report's due early next week.
J: Great. Last thing from me. Helen wants a go/no-go checklist before the thirtieth. I'll write one and get it round to everyone by Friday.
N: Send it to Helen directly as well, she won't open a group email.
J: Will do. Right, thanks, all.
S: Bye.
"""

# ---------------------------------------------------------------- call 6, Wed 18 Nov 2026
CALLS[6] = """
J: Morning, everyone. Twelve days to go. Helen's sent apologies, she's with the chief exec all morning, and Nicola's got her proxy again. Everyone else is here, I think. Terry, you sound like you're outside.
T: I'm in the yard. The lads have just come in from the training. Well, half of them.
J: Let's start there, then. Marcus?
M: So we did the first session yesterday at six, twenty-two crew. The second one was meant to be this morning, but half of Moss Lane have got the bug that's going round, so I've moved it to Friday.
T: Which is a polite way of saying they've got the runs.
M: Thank you, Terry.
N: Friday's fine. The agency lads are in on Fridays anyway.
J: Terry, the rounds. Did you get through them?
M: He did, and I'll tell you what, he found eleven streets in the wrong order and a cul-de-sac that doesn't exist. It's all fixed in the back office.
T: It exists. It's just a field. It was going to be houses in 2015.
J: Amazing. Thank you, Terry. Adeel, the pen test.
A: The report's back. No highs. Two mediums, both on the tablet build. One's a setting in device management, the other's an old version of something that should have been updated. Deepak's seen it.
D: Both fixed by Friday.
A: Then, as I said, if they're fixed, you'll have sign-off on the twentieth. I haven't changed my mind.
J: Thank you. Sandra, the nightly spreadsheet?
S: It's landing in our team inbox at seven every morning. The pilot crews raised nine missed bins yesterday and my agents had them keyed in before nine. I hate that I'm saying this, but it works.
D: Told you.
S: You did not tell me, Deepak.
J: And Prentis?
S: Nothing from Prentis. Gavin's on annual leave, back on the twenty-third. The contract manager's looking into it, apparently.
N: Helen said in the corridor on Monday that she might ring their MD. Might.
D: I've still got nothing to build against. So it's the spreadsheet for go-live, like we said.
J: Sandra, the agent scripts. Still Friday?
S: Friday. They're half done. I'm doing them tomorrow afternoon with the door shut.
J: Phil, chargers. Friday was the day?
P: Six of the eight are done. The last two wagons are in for their MOT, so Monday for those two.
J: Monday the twenty-third. Okay.
T: Which is cutting it a bit fine, Phil.
P: It's a week before, Terry. They'll be in.
J: Helen's letter to the union. Nicola, has that gone?
N: Not that I've seen. It's sat on her desk, and she's aware. I've reminded her twice.
T: And my lads have asked me twice. I've told them it's coming. I'm running out of ways to say coming.
J: Is that going to stop them switching on?
T: The pilot lads, no, they've switched on. The rest, I don't know. Dave's telling everyone it's fine, which helps. Dave's credible. Nobody else is.
J: The go/no-go checklist. Did everyone get it?
N: Jo's checklist came round on Friday. Helen's read it. She's got two questions, both about Prentis, unsurprisingly.
J: We'll go through them at the go/no-go itself. That's the twenty-fifth with Helen, it's in the diary.
P: Can I ask, are we doing Halsall Road in January or February? Because I need to book the fitters.
N: Helen wanted a date before Christmas. I'd say don't book anything yet.
P: Fair enough.
J: Deepak, the nightly export. Any issues?
D: One. The assisted-collection flag was coming through as a number instead of yes or no. I fixed it on Monday.
S: That's why my agents were confused. Thank you.
A: Can I just say, for the record, I'm happier with this than I expected to be. Don't put that in the minutes.
J: It's going in the minutes, Adeel.
A: Then I didn't say it.
M: If anyone wants me at the depot at six on the thirtieth, I'll be there.
T: You're coming whether you want to or not.
N: Next time I agree to launch two things in one month, somebody please shoot me.
S: I'll hold your coat.
J: Right. So, for Friday, the second training session, the two pen test fixes, Adeel's sign-off, and Sandra's scripts. Then Phil's last two wagons on Monday, and the go-live meeting on the twenty-fifth. Anything else?
T: The cup holders.
J: Still on the risk log, Terry.
T: I'm going to keep asking.
J: I know you are. Thanks, everyone.
D: Cheers, all.
"""


def ts(t):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    ms = int(round((s - int(s)) * 1000))
    if ms == 1000:
        ms = 999
    return f"{int(h):02d}:{int(m):02d}:{int(s):02d},{ms:03d}"


def split_cues(text, limit=22):
    """Cut a long turn into caption cues at sentence ends (each cue at most ~limit words where possible)."""
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
        assert ":" not in text, (n, text)
        assert not text.startswith(("- ", ">>")), (n, text)
        out.append((NAMES[code], text.strip()))
    for (a, _), (b, _) in zip(out, out[1:]):
        assert a != b, (n, a)  # an unnamed cue would continue the previous speaker: never two turns in a row
    return out


def render(n):
    rnd = random.Random(9100 + n)
    t = 1.2 + rnd.random() * 3
    lines, k, prev = [], 0, None
    for name, text in turns(n):
        cues = split_cues(text)
        for i, part in enumerate(cues):
            k += 1
            dur = max(0.9, len(part.split()) / 2.6 + rnd.uniform(-0.2, 0.5))
            cue = part if name == prev else f"{name}: {part}"
            prev = name
            lines += [str(k), f"{ts(t)} --> {ts(t + dur)}", cue, ""]
            t += dur + (0.04 if i < len(cues) - 1 else rnd.uniform(0.4, 1.4))
    return "\n".join(lines)


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.srt").write_text(render(n))
        ts_ = turns(n)
        print(f"call-{n}.srt: {len(ts_)} turns, {len(set(s for s, _ in ts_))} speakers")
