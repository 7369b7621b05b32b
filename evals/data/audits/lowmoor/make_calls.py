#!/usr/bin/env python3
"""Generate the six Lowmoor Buses fleet-maintenance calls as Zoom cloud-recording WebVTT exports (calls/call-N.vtt),
then check gold.json against them.

Each turn is "CODE: text"; " | " inside a turn marks where Zoom cut the turn into consecutive cues of the same
speaker (each cue keeps the "Full Name: " prefix, a few hundredths of a second apart). Timestamps are synthetic but
deterministic. In call 3 the sponsor dials in from the Zoom phone app, so Zoom labels him "Graham's iPhone".
Run: /work/main/.venv/bin/python make_calls.py   (writes calls/call-1.vtt .. call-6.vtt next to this file and,
if gold.json is there, asserts that every gold quote occurs verbatim in its call and that dates and events agree)
"""
import datetime
import json
import random
import re
import sys
from pathlib import Path

NAMES = {
    "IW": "Imogen Walsh",       # Torqline project manager, host
    "DC": "Dev Chaudhry",       # Torqline solutions consultant: migration, work orders, parts
    "SB": "Saoirse Byrne",      # Torqline training and mobile lead (from call 2)
    "GA": "Graham Ashworth",    # Lowmoor engineering director, sponsor
    "GI": "Graham's iPhone",    # the same Graham Ashworth, dialled in from the Zoom phone app (call 3)
    "GP": "Gary Pilling",       # Lowmoor fleet engineering manager, Holme Road central works
    "WD": "Wayne Dobson",       # Lowmoor depot engineer, Crossgate (pilot depot)
    "SK": "Sharon Kettle",      # Lowmoor stores and purchasing supervisor
    "LT": "Lewis Tan",          # Lowmoor IT systems analyst
    "MK": "Moira Kelly",        # Lowmoor head of operations (drivers, duty office, controllers)
    "AR": "Alan Royle",         # Pennine Parts Distribution, account manager (from call 2)
}

DATES = {1: "2026-10-06", 2: "2026-10-13", 3: "2026-10-20", 4: "2026-10-27", 5: "2026-11-03", 6: "2026-11-10"}

CALLS = {}

CALLS[1] = """
IW: Right, I think that's most of us. Can everyone hear me okay? I'm in the spare room today, so if the dog starts, I apologise in advance.
GP: You're fine, Imogen.
SK: We can hear you. Can you hear me? I'm on the stores PC and the headset's, um, it's held together with tape.
IW: Loud and clear, Sharon. Okay. So, welcome to the first weekly status call for the Lowmoor rollout. I'm Imogen, | I'm the project manager at Torqline. Could we do a quick round of names, because I don't think everybody's met everybody. Dev, do you want to start?
DC: Sure. Dev Chaudhry, solutions consultant at Torqline. I'll be doing the data migration, the work order setup, and the parts side with Sharon.
GP: Gary Pilling, fleet engineering manager. I'm based at Holme Road, the central works, and I look after engineering across all four depots. | In theory.
WD: Wayne Dobson, depot engineer at Crossgate. So the pilot depot. Apparently. Fifty-six buses, eleven fitters, one kettle.
SK: Sharon Kettle, stores and purchasing. All the parts, all four depots. And no jokes about the kettle, Wayne.
WD: Wouldn't dream of it.
LT: Lewis Tan, IT. There's two of us in IT, me and Kamal, and Kamal's on paternity leave till December, so, um. It's me.
MK: Moira Kelly, head of operations. So drivers, the duty office, the controllers. I'm mainly here for the defect reporting, the tablets in the cabs.
IW: Brilliant, thank you. Graham said he'd try to join, he's got a board pre-meet this morning, so he might pop in. | Let's not wait for him. So. The plan on paper is that Crossgate goes live on Monday the ninth of November, | and the other three depots follow in January. Is anybody unhappy with that, as it stands?
WD: Unhappy's a strong word.
GP: It's fine. Honestly, it's the data I'm worried about, not the date.
IW: Okay. Let's start there, then. Dev, do you want to say what you need for the migration?
DC: Yeah. So there's three things, really. The asset register, so every bus, fleet number, reg, chassis, engine, all that. | Then the PMI schedule, so when every bus had its last safety inspection and when the next one's due. And then the work order history.
GP: The inspections are all on my spreadsheet. Everything else is in FleetMaster.
DC: FleetMaster being the Access database?
GP: FleetMaster being a database somebody wrote in 2003, who has since retired to Portugal. Yes.
DC: Ha. Okay. So what I'll do, I'll send you the migration templates tomorrow, Gary. | There's one for the asset register and one for the inspections, and you just fill in what you can.
GP: Fine. I'll send you the PMI spreadsheet as it is, by Friday, and you can see how bad it is.
DC: As it is is perfect. Honestly, I'd rather see it raw than have somebody tidy it.
IW: So Gary, the spreadsheet on Friday, that's the ninth. And Dev, the templates tomorrow.
DC: Yep. And just so everyone knows why I keep going on about it, | until I've got that spreadsheet I can't build a single inspection schedule, and without the inspections there isn't really a system.
GP: No pressure, then.
DC: A little bit of pressure.
GP: I update it every Friday afternoon anyway, religiously. So you'll get the freshest version going.
WD: Religiously. He prints it out and all. It's on his wall in four colours.
GP: Somebody has to know when the buses are due, Wayne.
IW: And the work order history. How far back does FleetMaster go?
GP: Two thousand and eleven. So fifteen years. And I want all of it.
DC: We can take all of it. It's just, um, a lot of it's free text, and it'll take a good few weeks to clean up. | And honestly, most operators never look past about two years.
GP: Last time we changed systems, back in 2014, we lost six months of inspection records and the DVSA had us in front of the Traffic Commissioner over it. | So forgive me if I'm a bit twitchy about losing history.
IW: No, that's completely fair.
GA: Hello? Sorry. Sorry, everyone. Graham. I've got about ten minutes, they've moved the pre-meet. What have I missed?
IW: Morning, Graham. We're on the work order history. Gary would like all fifteen years migrated, | and Dev's suggesting two years, with the old system kept for reference.
GA: What does fifteen years cost me?
DC: Time, mostly. Cleaning it would push go-live. Realistically into December.
GA: Then no. Two years. And keep the old box switched on in the corner for the DVSA. Gary, can you live with that?
GP: If the old box stays on, yeah. I can live with it.
GA: Good. Two years it is.
IW: Thank you. While we've got you, Graham, there's one thing we really need from you. Somebody has to sign off the data migration | before we load it live, and at the moment nobody's named.
GA: Isn't that Gary?
GP: Is it?
GA: Well. Or Sharon, for the parts. Hmm. Leave it with me. I'll tell you who by the end of the week.
IW: End of the week, so Friday the ninth. Lovely.
MK: Graham, while you're on. The tablets. The drivers' tablets. Terry's already asking questions.
GA: Terry's always asking questions.
MK: He's asking whether we're going to use them to track his members. Which, to be honest, is a fair question.
GA: We're not. If Terry kicks off, I'll go and sit in the canteen with him myself, but let's hope it doesn't come to that.
MK: I'll have a word with Terry before the branch meeting. That's Thursday week.
IW: Thursday week, so the fifteenth?
MK: The fifteenth, yeah.
GA: Right, I've got to go, they're waving at me through the glass. Carry on without me.
IW: Thanks, Graham. Good luck in there.
WD: Ten minutes. That's a record.
GP: Seven, I make it.
IW: Ha. Okay. Wayne, the Crossgate workshop. You mentioned the Wi-Fi when we did the site visit.
WD: Yeah, so. The office is fine, the office has Wi-Fi. The workshop, you've got signal in the first bay, | and then as soon as you go down the pit, nothing. Zero. And the fitters are going to be closing jobs on tablets in the pit, aren't they.
DC: That's the idea, yeah. The app works offline and syncs later, but it's, um. It's clunky.
IW: Lewis, who looks after the depot Wi-Fi?
LT: Honestly? Nobody. It was put in by a company called Ridgeway, years ago, on some sort of maintenance contract, and then, I don't know. | I'm not doing the Wi-Fi. I'm really not. That's Estates, or it was.
WD: Estates was Brian, and Brian left.
LT: Exactly my point.
IW: Okay. Could somebody at least find out whether Ridgeway are still on the hook?
LT: Yeah, that I can do. I'll dig out the Ridgeway contract and find out if they're still on the hook for the depots. By Friday.
IW: Thank you, Lewis.
SK: Can I ask about the parts while we're going round?
IW: Go on, Sharon.
SK: What does Dev actually need from me? Because we've got StoresPro, which is, um, it's fine, it works, but nobody's tidied it since about 2019.
DC: So I need a stock list out of StoresPro. Part numbers, descriptions, bin locations, quantities, for all four depots. | Just a straight export. Please don't tidy it.
SK: I can do you an export. I'll get it to you by the end of next week, all four depots.
IW: End of next week, so the sixteenth.
SK: The sixteenth.
DC: And then, really, once we've got it in, the stock numbers have to be right at Crossgate on the day. | So at some point somebody's going to have to count.
SK: Oh, lovely. I'll just count eleven thousand parts over the weekend then, shall I?
DC: Not all of them. Not all of them. We'll talk about it nearer the time.
WD: Half of them are for buses we haven't got anymore anyway.
SK: They're for the Olympians. I keep meaning to bin them.
IW: Ha. Okay. Dev, anything else on the migration for this week?
DC: Not really. If it helps, we could do two trial loads rather than one, | so you get a look at it, fix things, and then see it again before it's real.
GP: Let's see what the first one looks like first.
IW: Wayne, for the training plan we'll need to know who's on which shift at Crossgate. | Saoirse joins us from next week, she's our training lead.
WD: Yeah, I'll send you the rota for the fitters. By Monday.
IW: Monday the twelfth. Lovely.
WD: Nights are a nightmare, I'll warn you now. Two of them don't speak to each other.
IW: Noted. We'll put them in separate rooms.
MK: And the drivers? Is Saoirse training the drivers too?
IW: The drivers' bit is a lot lighter. It's really just the defect check at the start of the duty, | so normally we'd do a short briefing rather than a classroom session.
MK: Good. Because I can't release a hundred and twenty drivers for a morning. Not in the winter.
IW: No, no. We'll pick that up properly with Saoirse next week.
LT: Where are these tablets actually coming from, by the way? For the drivers.
MK: They're the duty card tablets. The ones already in the cabs.
LT: Right. And who manages those?
MK: I thought you did.
LT: I definitely don't.
GP: They came with the ticket machine upgrade, didn't they?
LT: They came in a box with the ticket machine upgrade, Kamal stuck them in the cabs, | and that's the last time anybody thought about them.
IW: Okay. I'm going to write that down as an open question. Who manages the cab tablets. | We don't need an answer today, but we'll need one before Saoirse can put anything on them.
WD: Put it on the list of things nobody owns.
GP: It's getting to be a long list.
IW: Ha. Right. Anything else before we wrap up?
SK: Is somebody sending round what we said? Because I won't remember.
IW: Yes, me. I'll send the updated plan round tomorrow, with the actions on the back page.
SK: Lovely.
IW: So, recap. Dev, templates to Gary tomorrow. Gary, the PMI spreadsheet Friday. Lewis, Ridgeway by Friday. | Sharon, the stock export by the sixteenth. Moira, Terry before the branch meeting on the fifteenth. Wayne, the rota Monday. | Graham's telling us who signs off the migration by Friday. And we migrate two years of history, with FleetMaster kept on.
GP: Kept on in the corner.
IW: In the corner. Thanks, everyone. Same time next week.
WD: Cheers, all.
MK: Bye.
"""

CALLS[2] = """
IW: Morning, everyone. Let's give it a minute, people are still coming in.
WD: Morning. I'm in the van, so if I go quiet I've gone under the railway bridge at Crossgate.
IW: Ha. Noted. Saoirse, do you want to say hello while we wait?
SB: Hiya. Saoirse Byrne, I do training and the mobile side at Torqline. So the tablets, the driver app, the fitters' app, | and I'll be the one standing in your canteen at ten o'clock at night.
AR: And I'm Alan Royle, Pennine Parts. Sharon asked me to join. I'm your account manager, for my sins.
SK: For our sins, Alan.
AR: Ha. Fair.
IW: Welcome, both. Graham isn't joining today, I don't think. Has anybody heard from him?
GP: He's at the Traffic Commissioner thing in Leeds all day. He said to send apologies. | Well, he said "tell them I'm in Leeds", which I'm taking as apologies.
IW: I'll take it. Okay, let's go round last week's actions. Dev, the templates?
GP: Got your templates, yeah. Forty-odd columns. Lovely bit of bedtime reading.
DC: There's a lot of optional ones in there.
GP: You didn't say that in the email.
DC: I did, it's in, um. It's in the second paragraph.
GP: Nobody reads the second paragraph, Dev.
IW: Ha. And the plan went round on Wednesday, I think everybody got it?
WD: It's on the wall in the bay office. Next to the calendar with the tractors on.
IW: I'm honoured. Gary, while we're on you. The spreadsheet?
GP: Yeah. So. No. I've not sent it. We had two buses fail their pre-MOT check at Eastfield and I was there till seven two nights running. | I'll have it to you Friday, honest. This Friday.
DC: Friday's fine. It's just, that's the thing I'm stuck on.
GP: I know it is. Friday.
IW: So the sixteenth. Okay. Lewis, Ridgeway?
LT: Ridgeway. So I found the contract. It was in a filing cabinet in the old traffic office, under a box of Christmas decorations. | It ran out in March. So nobody's on the hook for the depot Wi-Fi. Nobody at all.
WD: Told you.
LT: And Ridgeway don't even do Wi-Fi anymore. They do CCTV now.
IW: Okay. So what does that mean for Crossgate, practically?
WD: It means the fitters can't close a job from the pit. Simple as that. | Till somebody pays for access points in that workshop, the fitters can't close a job from the pit.
DC: They can work offline, to be fair. It syncs when they walk back into the office.
WD: Have you ever seen a fitter walk back to the office to sync a tablet? Because I haven't. | They'll do them all at the end of the shift from memory, and then you've got a work order that says a set of brake pads took eleven minutes.
SB: At the last operator I did, the fitters just left the tablets on the bench by the door, because that was the one place that got signal.
WD: There you go. That's exactly what'll happen.
IW: Lewis, could you get a quote for access points in the workshop? Even if we don't know yet who's paying.
LT: I can get a quote. I'm not promising to install anything. | I'll get a quote from the people who did head office, and I'll have it for next Tuesday, before the call.
IW: Perfect. Thank you. And Wayne, the rota?
SB: I've got it, yeah. Wayne's rota came through on Sunday night, thanks Wayne. The nights are going to be the tricky bit.
WD: I did warn you.
SB: You did. I'll put a draft training plan together for Crossgate and send it round by Friday.
IW: Lovely. Sharon, the stock export. Still on for the sixteenth?
SK: Still Friday. I've done three depots. Eastfield's being awkward, the export keeps falling over at about eight thousand lines.
DC: Just send it in bits if you need to. I'm not fussy.
SK: I might have to.
IW: Moira, Terry?
MK: Branch meeting's Thursday, so I'm seeing him Thursday morning, before it. I've not seen him yet. He's been on rest days.
IW: Okay. So that's still the fifteenth.
MK: Still the fifteenth.
IW: Great. Saoirse, do you want to walk everyone through how the defect check works?
SB: Yeah. So, at the start of the duty, the driver does the walkaround like they do now on the paper card, but on the tablet. | Tyres, lights, mirrors, wipers, all that. If something's wrong they take a photo, it raises a defect, | and it lands in the workshop queue at that depot.
MK: And who sees it first?
SB: The workshop. The fitter on duty, or the supervisor.
MK: See, I'd want the controller to see it first. The duty controller. So they can decide whether to swap the bus before it goes anywhere near the workshop. | I'd have the controller vet every defect.
WD: With respect, Moira, no. If a driver says the nearside mirror's cracked, I don't want that sitting with a controller for two hours | while he's sorting out a late running on the 42.
GP: Controllers aren't engineers. I'm with Wayne on this one.
MK: They do know which buses they're short of, though.
SB: They'd still see it. The controller gets a view of every defect, live, they just don't have to approve it.
MK: So they see it, but it goes straight to the workshop.
SB: Straight to the workshop.
MK: Hmm. Fine. Okay. I can live with that, as long as they can see it.
IW: So that's agreed. Defects go straight into the workshop queue, and the controllers get a view of them but no sign-off step.
MK: Agreed.
IW: Moira, for the briefings, Saoirse's going to need a list of the Crossgate drivers.
MK: Yeah, I'll get you the driver list off the duty system by Thursday.
SB: Thursday's great, thank you.
IW: Saoirse, you had a question about the tablets themselves.
SB: Yeah. So I've had a look at the model numbers Lewis sent me. They're fine, they'll run the app. | But they're not in any device management at all. I can't put the app on a tablet that nobody manages.
LT: Which is the question from last week. Who manages the cab tablets.
IW: And the answer is?
LT: The answer is still nobody. Look, if somebody tells me I'm allowed, I'll put them in Intune. We've already got Intune for the laptops. | But I need somebody above me to say IT owns them, because the minute I touch them, every tablet problem for the rest of time is mine.
GP: That's one for Graham.
IW: It is. I'll email Graham a one-pager tonight with the decisions we need from him, the migration sign-off and the tablets.
MK: Good luck with that.
IW: Thank you, Moira. Alan, the parts side. What have you got for us?
AR: So, Pennine can give you our catalogue and your prices as a file, so when Sharon raises an order in Torqline it's got the right part numbers | and the right money against it. Dev sent me the import format.
DC: Did it make sense?
AR: Mostly. I've passed it to our e-commerce lads. I'll get our e-commerce lads to send the price file over by the twenty-third.
SK: Just our prices, Alan. Not the list prices.
AR: Your prices. I promise. And, um, if you ever wanted us to hold consignment stock at Crossgate, we could talk about that, | but that's a whole other conversation.
SK: It really is.
IW: Ha. Okay. Saoirse, the defect card.
SB: So Moira sent me the paper defect card. The yellow one. I'll copy your paper defect card into the app, exactly as it is, by the twenty-third.
GP: Why would you copy it? The DVSA one's better.
SB: Because the drivers know it. They've been filling it in for fifteen years.
GP: Hmm. Badly.
MK: I designed that card, Gary.
GP: I know you did, Moira.
IW: Let's leave the card with Saoirse for now.
WD: Can I just add, I could bring the lads in on a Sunday for training, if somebody's paying.
IW: Noted. Let's see what the plan looks like first.
WD: Just saying. Sundays are double time, so. Somebody with a budget.
SK: That'd be Graham.
WD: That'd be Graham.
IW: Okay. Anything else from anyone? Lewis?
LT: No, I'm good. I'll be chasing that quote.
IW: Alan?
AR: No, all good. Nice to meet everyone.
IW: So, recap. Gary, the spreadsheet Friday. Lewis, the Wi-Fi quote for next Tuesday. Saoirse, training plan Friday and the card by the twenty-third. | Moira, driver list Thursday and Terry Thursday. Sharon, the stock export Friday. Alan, the price file the twenty-third. | And I'll do the one-pager for Graham tonight. Defects go straight to the workshop.
GP: Busy week.
IW: Every week's a busy week. Thanks, everyone.
SK: Bye now.
"""

CALLS[3] = """
IW: Morning, everyone. I can see Graham's dialled in from his phone, so let's grab him first while we've got him. Graham, can you hear us?
GI: Hello? Yes. I'm in the car. Can you hear me?
IW: We can. Just about.
GI: I've got you till the services at Hartshead, so about ten minutes. Go on, what do you need.
IW: Three things, quickly. First, I sent you a one-pager last week.
GI: I got your email, Imogen. I've read it. Well. I've read the top half.
IW: The top half's the important half. The migration sign-off. Who signs it?
GI: Yeah. I know. I know. I've not had a chance to sit down with Gary and Sharon about it. | I'll sort it this week, honestly. By Friday.
GP: You can sit down with me now. I'm here.
GI: Not on the M62 I can't, Gary.
IW: Friday, then. Second thing. Lewis has got a quote for the Wi-Fi at Crossgate.
LT: I have. Quote's in. Eleven thousand four hundred, plus VAT, for six access points in the workshop and two in the yard.
GI: Eleven grand? For Wi-Fi?
LT: It's a big shed, Graham.
GI: Hmm. Send it me. I'll sign the PO this week.
LT: It's in your inbox already.
GI: Course it is.
IW: And the third thing is really Moira's.
MK: So I saw Terry on Thursday, before the branch meeting. He's fine with the defect checks, in principle. | But he says none of his members touch a tablet until there's something in writing that says it's not being used to track them.
GI: Track them how?
MK: The app takes the location when they do the check. Saoirse told me.
SB: It does, by default. It stamps where the bus was when the check was done. We can switch it off.
GI: Switch it off, then. I don't need the defect app telling me where my buses are, the ticket machines do that already.
SB: Easy. It's one setting. Consider it off.
MK: And Terry still wants a letter.
GI: Then write him a letter. Get HR to look at it.
MK: I'll write to Terry with HR, and he'll have it by next Tuesday.
GI: Anything else? I'm at Ainley Top.
IW: One more, very quick. The cab tablets. Lewis needs somebody to say IT owns them.
GI: Lewis, the tablets are yours. IT owns them. Is that enough?
LT: That's enough. Fine. I'll get the forty Crossgate ones into Intune by the end of next week.
GI: Sorted. If it were up to me the drivers would still be writing defects on the back of a fag packet, but there we are. | Right, I'm losing you, I'll--
IW: Thanks, Graham.
GP: Ainley Top's nowhere near Hartshead.
SK: He'll have pulled in for a coffee.
IW: Ha. Okay, let's carry on. Wayne's not with us today?
GP: Wayne's under a bus. Well, not literally. We had an Enviro lose its gearbox on the ring road at six this morning | and he's gone out with the recovery truck. He said to say sorry. And he said to tell Saoirse the training plan's fine, | apart from the nights, which he'll talk to you about.
SB: Oh, good. I'll take fine.
IW: Gary, the spreadsheet.
DC: I can take that one. Gary's list came in on Thursday night. Three hundred and four buses, | which is four more than we thought, and some of the dates are in American.
GP: That's Eastfield. Eastfield do everything in American.
DC: I've sorted them. It's fine. It's honestly in better shape than most.
GP: Told you. Religiously.
IW: So Dev, you can build the inspection schedules now?
DC: I can, yeah. I'll run the trial load this week and send Gary the exceptions by Friday.
GP: What's an exception, in this context?
DC: A bus with no next inspection date. A work order pointing at a bus that doesn't exist. That kind of thing.
GP: There won't be many.
DC: There never are. And the stock file. Sharon's parts file landed on Friday. Eleven thousand two hundred lines. | A good third of them are for buses you scrapped in 2019.
SK: The Olympians. I told you.
DC: The Olympians.
IW: Okay. Moira, the driver list for Saoirse?
MK: Yes. Sorry. No. I've had the branch meeting, and the Terry thing, and the winter timetable. I haven't touched it.
LT: I can pull that off the duty system, I've got access. I'll take it off Moira.
MK: Would you? God. Yes, please.
LT: I'll have it to Saoirse Friday.
SB: Friday's fine. Thanks, Lewis.
IW: Lovely. Alan, the price file?
AR: Ah. So. The e-commerce lads are in the middle of moving our website, | so it'll be the thirtieth now, not the twenty-third. Sorry, Sharon.
SK: It's one file, Alan.
AR: I know. I know. I've told them.
DC: That does hold me up on the parts side. I can't set up a single reorder level until I've got Pennine's prices in.
AR: The thirtieth. Hand on heart.
SK: Your heart's been on a few hands, Alan.
AR: Ha. That's fair. We did this with Harrow Coaches last year and it took them about a month to get the part numbers straight, | so you're doing alright, honestly.
SK: Thanks, Alan. That's very reassuring.
AR: Also, and tell me to go away, we've got our own ordering portal, PartsLink. Sharon could just order through PartsLink | and you wouldn't need the price file at all.
SK: No. I'm not having two systems. The whole point is the order's raised against the work order.
DC: And you'd lose the cost against the job.
AR: Fair enough. Just a thought.
IW: Saoirse, the yellow card?
SB: Going fine. I've done about half. Still the twenty-third.
GP: I still think the DVSA one's better.
SB: Noted, Gary. Again.
DC: And for what it's worth, I can do another trial load after Gary's been through the exceptions, if you want one.
IW: Let's see what the first one throws up.
LT: Can I say, just so we're clear. I won't be putting forty tablets in Intune on a Friday afternoon, I can tell you that much.
IW: Ha. Understood. Whenever next week works.
LT: Thursday, probably. If the buses are in.
MK: They're in after midnight.
LT: Then Thursday's going to be a long night.
IW: Saoirse, the location setting. Is that definitely off?
SB: It's off. I did it while Graham was still talking. Moira, it's the tick box at the bottom of the settings page, if Terry asks.
MK: He'll ask.
IW: Okay. Anything else? Sharon?
SK: Only that Eastfield's export finally went through. In bits. Dev's got it all now.
DC: All four depots. Eastfield in three bits.
IW: Great. Recap. Graham, the migration sign-off by Friday, and the PO this week. Moira, the letter to Terry by next Tuesday. | Lewis, forty tablets into Intune by the end of next week, and the driver list Friday. Dev, trial load and exceptions Friday. | Alan, price file the thirtieth. The location's off. And IT owns the cab tablets.
LT: Apparently.
IW: Apparently. Thanks, everyone.
GP: Cheers.
"""

CALLS[4] = """
IW: Morning. Let's make a start. Is Graham joining, does anybody know?
GP: His calendar says "Depot visit, Eastfield".
WD: He's not at Eastfield. I rang Eastfield about a starter motor twenty minutes ago, they haven't seen him.
IW: Okay. Well. Moira's sent apologies, she's at the winter timetable launch at the bus station.
WD: She is. And before you ask, I know the letter went to Terry on Friday. | He was waving it about in the canteen at Crossgate on Saturday, telling everybody the company had "put it in writing".
IW: Is that a good sign?
WD: With Terry, that's a very good sign. He was pleased with himself. He bought a round of teas.
GP: Terry bought a round?
WD: I know. I nearly took a photo.
IW: Ha. Okay. Dev, the trial load.
DC: So the trial load went in on Wednesday, and I sent Gary the exceptions on Thursday.
GP: Your exceptions report. Yes. Thirty-eight buses with no next inspection date, | and about four hundred work orders pointing at buses that don't exist.
DC: The four hundred are mostly the Olympians again.
SK: Everything's the Olympians.
IW: So what do we do about the thirty-eight?
GP: Somebody goes through the inspection sheets by hand and puts the dates in. | Oh, yeah, I'll just pop down and fix thirty-eight buses' worth of inspection history in my lunch hour.
DC: I can't guess them, Gary. They're safety inspections.
GP: I know. I know you can't. Sorry. It's not you. | Right. I'll do them Thursday and Friday, and you'll have them on Monday.
DC: Monday's great. And, um, I'll say this now because I'd rather say it early than late. | Even once Gary's done, I won't do a live load that nobody's signed off. And as far as I know, nobody's been named.
IW: Graham said Friday. Last Friday.
GP: He hasn't said anything to me.
SK: Or me.
IW: I've emailed him twice. Would it help if I rang Denise and asked her to put it at the top of his pile?
GP: Don't. She'll take it personally. She's very protective of the pile.
WD: The pile is where things go to die.
IW: And the PO for the Wi-Fi. Lewis, any news?
LT: It's in his tray, apparently. Denise says. It's in his tray.
WD: Like I said.
IW: Okay. Saoirse, the card.
SB: So I wanted to raise that, actually. I've done about two thirds of the yellow card, | but Gary's right. I had a proper look at the DVSA walkaround checklist we ship as standard, | and it covers everything on your card, plus wheel security and the AdBlue, which yours doesn't.
GP: Thank you. Three weeks I've been saying that.
WD: The drivers will moan.
SB: The drivers will moan for a week, and then they'll forget the yellow card ever existed.
IW: So are we saying use the standard checklist, and stop copying the card?
WD: Yeah. Use the standard one.
GP: Standard one.
IW: Okay, agreed. We use the standard DVSA walkaround checklist, and Saoirse, you can stop building the copy of the yellow card.
SB: Happily. I'll leave it half built, it'll keep.
WD: I'll tell Moira. She designed the yellow card.
SB: Oh no.
WD: In 2009. She'll be fine. Probably.
IW: Ha. Lewis, the tablets.
LT: Twenty-two done. So twenty-two of the forty are in Intune. The other eighteen are on buses that go out at five | and come back after midnight, and I physically can't get at them.
WD: I can hold some back for you, if you tell me which ones.
LT: You've got them. It's the fleet numbers I emailed on Friday.
IW: Still Friday for all forty?
LT: Still Friday. If Wayne holds them back.
WD: Have I? Oh. Right. I need the buses as well, Lewis.
IW: And Saoirse, the driver list from Lewis. Did that come?
SB: It did, yeah. Lewis's export came through on Friday. A hundred and twenty-eight drivers at Crossgate, | with their duties, which is exactly what I needed.
IW: Brilliant. Sharon, we need to talk about the count.
SK: We do.
DC: So. The stock numbers from StoresPro. I compared them with what Wayne's lads actually had on the shelf in a spot check last week, | and on the fast movers, so brake pads, filters, bulbs, they're out by about a third.
SK: I know they are. Look, what I'd rather do is load what StoresPro says, count the fast movers, and correct the rest as we go.
DC: If we load wrong numbers, the reorder levels are wrong from day one. | It'll order things you've got and it won't order things you haven't.
WD: We'd be better counting the lot. Once. Properly.
SK: It's four thousand lines at Crossgate, Wayne.
WD: It's a Saturday.
SK: It's my Saturday.
IW: What date would work? It has to be after the price file and before go-live.
SK: Saturday the seventh. Go on, then. I'll sort the count. I'll get three of the lads in, Saturday the seventh.
IW: So we count Crossgate on the seventh, and we load the counted figures, not what StoresPro says.
SK: Yes. Agreed. Reluctantly.
AR: I could get one of our reps to come and help with the count, if you're short.
SK: Maybe. I'll let you know.
DC: I'll send you the count sheets by next Wednesday, printed by bin location.
SK: Thank you. That helps.
IW: Alan, the price file's still the thirtieth?
AR: Still the thirtieth. They've promised me. And I'll send Sharon the list of superseded part numbers with it, | because a lot of your old numbers have been replaced and StoresPro won't know.
SK: That'd be useful, actually.
IW: And the ordering side. For Sharon to actually send orders to Pennine from Torqline, she needs an account set up on your side for electronic orders.
AR: Yes. That's me. I'll get you an account number and the test login by Friday.
SK: Friday the thirtieth. With the price file.
AR: With the price file.
IW: Saoirse, training.
SB: So, going off Wayne's rota, I'll do the fitters on Wednesday and Thursday next week. Days and then nights.
WD: The nights start at ten.
SB: I'll be there at ten.
WD: Bring a coat. The heating goes off on nights.
SB: Noted.
IW: Okay. Anybody else? Gary, anything?
GP: Just, um. If somebody does get hold of Graham, can you tell him I'm happy to sign the migration off. | But somebody's got to tell me I'm allowed to.
IW: That's useful to know. Noted.
GP: Everybody's waiting to be told they're allowed. That's this place.
IW: Ha. Recap, then. Gary, the thirty-eight dates by Monday. Dev, the count sheets by next Wednesday. Sharon, the count on the seventh. | Alan, the price file, the superseded list and the login Friday. Lewis, tablets Friday. Saoirse, fitters Wednesday and Thursday next week. | Standard DVSA checklist, and the yellow card's parked. We count Crossgate rather than load StoresPro. | And we still need Graham for the sign-off and the PO.
WD: Good luck.
IW: Thanks, everyone.
"""

CALLS[5] = """
IW: Morning, all. A few missing today. Saoirse's at another customer's go-live up in Carlisle, so I'll speak for her. | Alan's sent apologies, he's at a trade show in Birmingham. And Graham's at the board.
MK: He is. And before you ask, I did see him. I caught him in the corridor yesterday about the Wi-Fi PO. | He told me he'd do it on Thursday. Definitely Thursday, he said.
LT: Definitely.
MK: His words, Lewis, not mine.
IW: Okay. Thursday the fifth, then. And the migration sign-off, did that come up?
MK: I asked. He said he's on it.
GP: He's been on it for a month.
IW: For what it's worth, I did write to him last week, and copied Helen. All I've had back is an out-of-office.
WD: Did it say where he was?
IW: It said "limited access to email".
WD: That's one way of putting it.
SK: Is it bonfire night Thursday? He'll be at the golf club display.
GP: Sharon.
SK: I'm only saying.
IW: Okay. Moving swiftly on. Gary, the thirty-eight?
GP: I've done about half. Twenty of the thirty-eight. The Eastfield paperwork's in a loft, literally in a loft, | and I had to get the ladders out. I'll finish them by Thursday.
DC: Thursday. Okay. Then I'll do the second trial load on Friday, once Gary's done.
GP: Deal.
IW: So. I want to talk about the ninth. That's next Monday. We haven't got a migration sign-off, Gary's dates aren't in, | the count's on Saturday, and Saoirse was going to train the fitters tomorrow and Thursday. | I don't think we can go live on Monday. I'd like to move Crossgate to Monday the sixteenth.
WD: Or we just go on the ninth with paper for the defects, and switch the defects over later.
DC: I'd rather not split it. If the defects don't come through the app, the fitters are working from two queues.
GP: And we still haven't got a sign-off. Without a sign-off there's no go-live, Wayne. Full stop.
WD: Fair. Fine. I just want it done. I've had the fitters asking me every day.
MK: The sixteenth suits the drivers better anyway. The winter timetable starts on the ninth, | and I don't want the new timetable and the tablets on the same morning.
IW: Okay. So, decided. Crossgate goes live on Monday the sixteenth of November, not the ninth.
GP: Agreed.
WD: Agreed. Reluctantly.
IW: I'll reissue the plan tomorrow with the sixteenth on it.
WD: And the fitters' training? If it's tomorrow, I've got two off.
IW: Saoirse's moving it to match. She's going to do Thursday and Friday next week instead, so the twelfth and thirteenth.
WD: Better. Much better.
MK: And some good news, for once. Terry's branch met on Thursday and they're fine with it. | The letter did it, and the location being switched off. So the union's happy, as long as nobody switches the location back on.
IW: That's brilliant, Moira. Thank you.
MK: He wants a copy of the settings page. He doesn't trust anybody.
GP: He doesn't trust anybody because he's met us.
IW: Ha. Sharon, the price file?
SK: Pennine's price file turned up Thursday. It's all our prices, I checked the brake pads and the filters.
DC: And it's loaded. The reorder levels are in for Crossgate.
IW: Brilliant. And the login, Alan's account for the orders?
SK: Nothing from Alan on the login. Not a dicky bird. And no superseded list either.
IW: Okay. We'll pick that up with Alan next week.
SK: If he's back from Birmingham.
IW: Lewis, the tablets.
LT: So. I'm stuck on eighteen. Still. They're on the buses at night. | I'll have them done by Friday, if Wayne holds them back on Thursday.
WD: I'll hold them back Thursday night for you. All eighteen. In a crate in my office.
LT: Lovely. Thank you.
WD: You'll owe me.
LT: I've got Intune licences for a hundred, by the way. Kamal bought them in a sale last year. So that's not a problem.
IW: Good to know. And the Wi-Fi. Let's be honest, whatever Graham does on Thursday, there won't be access points in that workshop by the sixteenth.
LT: No. If Graham ever signs that PO, I can have the access points in within a fortnight. But not by the sixteenth.
WD: Stick a PC in the bay office. The lads can close jobs there. It's twenty yards from the pit.
LT: There's the old PC off the parts counter. I'll move the spare PC over to the bay office on Thursday.
SK: That's my old PC.
LT: It was your old PC, Sharon.
DC: And Lewis, for the tablets in the workshop, you'll want them locked to the app. I'll send you the kiosk profile for Intune by Thursday.
LT: Please. I was going to ask.
IW: Moira, the drivers.
MK: I'll do the briefings at sign-on all next week, the week of the ninth, and put a notice in the output. | They'll all be done by Friday the thirteenth.
IW: Perfect.
MK: I always do the briefings at sign-on anyway, it's the only time you've got them all.
IW: Dev, the count sheets for Sharon?
DC: Tomorrow. They're printed by bin location. I'll send them tomorrow, like I said.
SK: Good. Because Saturday's Saturday. I've got Mick, Deano and the new lad coming in.
WD: The new lad can do the top shelves.
SK: That's exactly what I thought.
IW: Anything else? Gary?
GP: Just the sign-off. Again. I'll say it every week till somebody listens.
IW: Noted. Again. Recap. Go-live moves to the sixteenth. Gary, the dates by Thursday. Dev, second load Friday, count sheets tomorrow, | and the kiosk profile Thursday. Lewis, the spare PC Thursday and the last eighteen tablets Friday. Wayne, hold the tablets back Thursday. | Moira, briefings by the thirteenth. Me, the plan tomorrow. The union's happy. And Graham's doing the PO on Thursday, allegedly.
WD: Allegedly.
IW: Thanks, everyone.
MK: Bye, all.
"""

CALLS[6] = """
IW: Morning, everyone. Nearly a full house today. Graham's said he'll join at half past.
WD: I'll believe that when I see it.
IW: Let's crack on anyway. Saoirse, welcome back. How was Carlisle?
SB: Cold. And they went live, so. Good.
IW: Dev, the second load.
DC: Second load went in on Friday night. Clean. Well, clean apart from two buses that Gary's sold. | And Gary's dates came through on Thursday, all thirty-eight, so every bus has a next inspection now.
GP: Those two were sold in September, I'll have you know, so technically it's right.
DC: Technically it's right.
IW: Sharon, the count.
SK: Done. Four thousand one hundred and sixty lines, finished at half three on Saturday. | The count sheets were spot on, Dev. Having them in bin order saved us hours.
WD: We had bacon sandwiches. It wasn't all bad.
SK: I'm never doing a stock count in November again, mind. Never.
DC: And the counted figures are loaded. I did it on Sunday.
IW: On a Sunday?
DC: Don't tell my wife.
IW: Ha. Lewis, the tablets.
SB: I can take that. The app's on all forty. I pushed it on Friday afternoon, once Lewis had the last eighteen in.
LT: Wayne had them all in a crate for me. Labelled. By fleet number. I nearly cried.
WD: I'm a professional.
LT: The only thing I'm missing is that kiosk profile, Dev. The one that locks them to the app.
DC: Ah. That's on me. Sorry. I, um. Yeah. That's on me.
IW: Can we get a date on that, Dev?
DC: Let me check with our mobile team what state it's in, and I'll come back to you.
LT: Without it the fitters will be on YouTube by Tuesday lunchtime.
WD: Monday lunchtime.
IW: And the PC in the bay office?
WD: The PC in the bay office is getting hammered. The lads love it. They queue for it. | There's a sign-up sheet.
LT: Sharon's old PC. Living its best life.
SK: Don't.
IW: And the new plan, did everyone get it?
WD: The new plan's on the wall. With the sixteenth on it, in red.
IW: Saoirse, the fitters.
SB: Still Thursday and Friday. Days and then nights. And I've got a coat this time.
WD: You'll need it.
IW: Moira, the drivers?
MK: Going fine. I've done about sixty so far. They mostly want to know if it's going to tell me when they're late.
SB: It isn't.
MK: I know it isn't. I've said so sixty times.
IW: Alan, welcome back. The login.
AR: Sorry. That's my fault, entirely. Our IT set it up and then it sat in somebody's drafts for a week. | You'll have it tomorrow. First thing.
SK: And the superseded list, Alan?
AR: Have I not sent that? I'll have a look.
SK: You haven't sent it.
AR: Then I'll definitely have a look.
SK: And the login tomorrow, Alan.
AR: Tomorrow. Hand on heart.
SK: We've heard about your heart, Alan.
AR: Ha. Next time I'll just drive it round in person.
GA: Morning. Sorry. Sorry, I'm here. I've got fifteen minutes.
IW: Morning, Graham. Two things. The migration sign-off, and the Wi-Fi PO.
GA: The sign-off. Gary. Gary signs it. Gary, you're signing it.
GP: Then it's signed. I went through Dev's second load yesterday and it's right. Put my name on it.
DC: Thank you. Honestly. So the live load is this weekend. I'll do the live load on Saturday the fourteenth, | and Crossgate starts on it Monday morning.
GA: Good. And the PO. I've had a proper look at it, and I'm not signing eleven grand for Wi-Fi on one quote. | Lewis, I want a second quote.
LT: Right. Okay. I'll get a second quote by Friday.
GA: If the second quote's anywhere near, I'll sign whichever's cheapest.
WD: So that's another month with the PC in the office.
GA: The PC's working, isn't it?
WD: It's working because the lads are walking to it, Graham.
GA: Well. It's good for them. Right, I've got to go, I'm due in with the MD. Good work, everyone. Genuinely.
IW: Thanks, Graham.
GP: Fifteen minutes. He did six.
SK: Seven. I was counting.
IW: Ha. Okay. Let me do an honest status before we finish, because it's go-live next week. | Live load Saturday, fitters' training Thursday and Friday, driver briefings by Friday. The migration's signed off. | The Wi-Fi isn't there and won't be for weeks, the kiosk profile's late, and we haven't got Alan's login yet. I'd call it amber.
GP: Amber's fair.
WD: Amber with a PC in the office.
MK: I'd say amber. The drivers are fine. Honestly, they're more bothered about the new timetable.
IW: Okay. Amber. Recap. Dev, live load Saturday the fourteenth, and come back to Lewis on the kiosk profile. | Lewis, the second quote Friday. Alan, the login tomorrow. Saoirse, fitters Thursday and Friday. Moira, briefings by Friday. | Gary signs off the migration, which he just did. Go-live Monday the sixteenth.
GP: Don't jinx it.
IW: Thanks, everyone. See you on the other side.
LT: Cheers.
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
    rnd = random.Random(4100 + n)
    t = 2.0 + rnd.random() * 4
    lines = ["WEBVTT", ""]
    k = 0
    for name, parts in turns(n):
        for i, part in enumerate(parts):
            k += 1
            dur = max(0.9, len(part.split()) / 2.6 + rnd.uniform(-0.3, 0.7))
            lines += [str(k), f"{ts(t)} --> {ts(t + dur)}", f"{name}: {part}", ""]
            t += dur + (0.04 if i < len(parts) - 1 else rnd.uniform(0.3, 1.9))
    return "\n".join(lines)


def merged_text(n):
    """Turn texts with the cue parts joined by single spaces (what a quote is checked against)."""
    return [(name, " ".join(parts)) for name, parts in turns(n)]


def first(name):
    return re.split(r"[ ']", name)[0]


def check(gold):
    """Assert that gold.json agrees with the calls: quotes verbatim, dates and events consistent."""
    errs = []
    E = errs.append
    T = {n: merged_text(n) for n in CALLS}
    D = {int(k): datetime.date.fromisoformat(v) for k, v in gold["calls"].items()}
    asof = datetime.date.fromisoformat(gold["as_of"])
    assert {int(k): v for k, v in gold["calls"].items()} == DATES

    def said(call, quote, speaker=None):
        return any(quote in text and (speaker is None or first(name) == speaker) for name, text in T[call])

    for n in CALLS:
        names = [nm for nm, _ in turns(n)]
        if not 60 <= len(names) <= 110:
            E(f"call {n}: {len(names)} turns")
        for a, b in zip(names, names[1:]):
            if a == b:
                E(f"call {n}: two turns in a row by {a}")
        if sorted({first(x) for x in names}) != sorted(gold["attendance"][str(n)]):
            E(f"call {n}: speakers {sorted({first(x) for x in names})} != attendance {sorted(gold['attendance'][str(n)])}")

    kw_ok = re.compile(r"^[a-z0-9][a-z0-9'\-]*$")
    ids = [c["id"] for c in gold["commitments"]]
    assert len(ids) == len(set(ids))
    for c in gold["commitments"]:
        cid = c["id"]
        if not said(c["first_call"], c["quote"], c["owner"]):
            E(f"{cid}: quote not said by {c['owner']} in call {c['first_call']}: {c['quote']!r}")
        for k in c["keywords"]:
            if not kw_ok.match(k):
                E(f"{cid}: bad keyword {k!r}")
        due = datetime.date.fromisoformat(c["due"]) if c.get("due") else None
        if due and due < D[c["first_call"]]:
            E(f"{cid}: due {due} before its call")
        cur, last_call, done = due, c["first_call"], False
        for e in c["events"]:
            if e["call"] <= c["first_call"] and e["type"] != "reassigned":
                E(f"{cid}: event {e} not after first call")
            if e["call"] < last_call:
                E(f"{cid}: events out of order")
            last_call = e["call"]
            if done:
                E(f"{cid}: event after done")
            if e["type"] == "slipped":
                nd = datetime.date.fromisoformat(e["new_due"])
                if cur and nd <= cur:
                    E(f"{cid}: slip to {nd} not after {cur}")
                if nd < D[e["call"]]:
                    E(f"{cid}: slip to {nd} before call {e['call']}")
                cur = nd
            elif e["type"] == "done":
                done = True
            elif e["type"] == "reassigned":
                if e["new_owner"] not in c.get("reassigned_to", []):
                    E(f"{cid}: reassigned event without reassigned_to")
            elif e["type"] == "dropped":
                if c.get("dropped_call") != e["call"]:
                    E(f"{cid}: dropped event/dropped_call disagree")
            else:
                E(f"{cid}: unknown event {e}")
        if c.get("reassigned_to") and not any(e["type"] == "reassigned" for e in c["events"]):
            E(f"{cid}: reassigned_to without event")
        if c.get("dropped_call") and done:
            E(f"{cid}: dropped and done")
        c["_final"], c["_done"] = cur, done

    openc = [c for c in gold["commitments"] if not c["_done"] and not c.get("dropped_call")]
    want_open = [c["id"] for c in openc]
    want_od = [c["id"] for c in openc if c["_final"] and c["_final"] < asof]
    if gold["open_at_end"] != want_open:
        E(f"open_at_end {gold['open_at_end']} != {want_open}")
    if gold["overdue_as_of"] != want_od:
        E(f"overdue_as_of {gold['overdue_as_of']} != {want_od}")
    if gold["dropped"] != [c["id"] for c in gold["commitments"] if c.get("dropped_call")]:
        E("dropped list disagrees")
    if sorted(gold["reassigned"]) != sorted(c["id"] for c in gold["commitments"] if c.get("reassigned_to")):
        E("reassigned map disagrees")

    for b in gold["blockers"]:
        if not said(b["raised_call"], b["quote"]):
            E(f"{b['id']}: quote not in call {b['raised_call']}: {b['quote']!r}")
        if b["cleared_call"] is not None and b["cleared_call"] <= b["raised_call"]:
            E(f"{b['id']}: cleared before raised")
        if not any(k in re.findall(r"[a-z0-9][a-z0-9'\-]*", b["quote"].lower()) for k in b["keywords"]):
            E(f"{b['id']}: no keyword in quote")
        for al in b["party_aliases"]:
            if al != al.lower():
                E(f"{b['id']}: alias not lower case {al!r}")
    for d in gold["decisions"]:
        if not said(d["call"], d["quote"]):
            E(f"{d['id']}: quote not in call {d['call']}: {d['quote']!r}")
        qt = set(re.findall(r"[a-z0-9][a-z0-9'\-]*", (d["quote"] + " " + d["text"]).lower()))
        if len(set(d["keywords"]) & qt) < 2:
            E(f"{d['id']}: fewer than 2 keywords in quote+text")
    for x in gold["non_commitments"]:
        if not said(x["call"], x["quote"], x["speaker"]):
            E(f"non-commitment not said by {x['speaker']} in call {x['call']}: {x['quote']!r}")
    for p in gold["proposals_not_agreed"]:
        if p["speaker"] not in gold["attendance"][str(p["call"])]:
            E(f"proposal by absent {p['speaker']}")
    if errs:
        print("\n".join("CHECK FAILED: " + e for e in errs))
        sys.exit(1)
    print(f"gold check OK: {len(gold['commitments'])} commitments, {len(gold['blockers'])} blockers, "
          f"{len(gold['decisions'])} decisions, {len(gold['non_commitments'])} non-commitments; every quote verbatim; "
          f"overdue_as_of {want_od}")


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    d = here / "calls"
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.vtt").write_text(render(n))
        print(f"call-{n}.vtt: {len(turns(n))} turns, {sum(len(p) for _, p in turns(n))} cues, "
              f"{len({nm for nm, _ in turns(n)})} speakers")
    g = here / "gold.json"
    if g.exists():
        check(json.load(open(g)))
