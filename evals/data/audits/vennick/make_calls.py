#!/usr/bin/env python3
"""Generate the six Vennick Brewery Deliveries calls (calls/call-1.txt .. call-6.txt).

Layout: plain text, one turn per line, "[hh:mm:ss] Full Name: text", one of the .txt layouts that docs/FORMATS.md
lists. Each script line below is "CODE: text". Start times follow a speaking rate of about 2.5 words a second
(jittered per turn) plus a short pause between turns; a fixed seed per call keeps the output identical on every run.
No speaker has two turns in a row. Standard library only.

Usage: python3 make_calls.py     (writes calls/call-1.txt .. call-6.txt next to this script)
"""
import random
from pathlib import Path

NAMES = {
    "H": "Hannah Okafor",    # Routemark (vendor) project manager, host
    "L": "Luca Ferraro",     # Routemark solutions consultant: data, rounds, driver app, Ledgerline link
    "B": "Bethan Lloyd",     # Routemark training lead (drivers, sales office)
    "G": "Giles Vennick",    # Vennick Brewery managing director, sponsor
    "M": "Martin Bell",      # Vennick finance and IT manager (Ledgerline, duty, HMRC, auditors)
    "F": "Fiona Marsh",      # Vennick transport manager (drays, drivers, rounds)
    "K": "Kirsty Doyle",     # Vennick sales office supervisor
    "O": "Owen Pryce",       # Vennick Kingsmere depot and cask-yard supervisor
    "N": "Neil Ashby",       # Northbank Systems (Ledgerline partner) consultant
    "T": "Tamsin Rowe",      # Barrelwise (cask tracking) account manager
}

CALLS = {}

# ---------------------------------------------------------------- call 1, Monday 2026-09-07
CALLS[1] = """
H: Morning, everyone. Right, I've got seven faces and one black square. Is the black square Neil?
N: It's me. Camera's off because I'm in the car outside a client, sorry. I'm parked, before anybody asks.
H: Good to know. Giles isn't on yet. Fiona, any idea where he is?
F: He's down on the brewing floor. Fermenter four's playing up again. He said start without him and he'll jump in when he can.
H: Okay, we'll crack on. I'm Hannah Okafor, project manager at Routemark, and I'll be running these every Monday morning until we're live and settled. Let's do a very quick round. Luca?
L: Morning. Luca Ferraro, solutions consultant at Routemark. I'm the one setting the system up for you, so the customer data, the delivery rounds, the driver app, and the link into Ledgerline for the orders.
M: Martin Bell. Finance and IT, which at a brewery this size means finance, IT, the phone system and whichever printer's jammed this morning. Ledgerline's mine, for my sins.
F: Fiona Marsh, transport manager. Eight drays, eleven drivers, two depots, and a whiteboard in the transport office that basically runs the company.
K: Kirsty Doyle, I run the sales office. Every order comes through my team. Phone, email, text, and once, memorably, a beer mat pushed through the letterbox.
O: Owen Pryce. I run the Kingsmere depot, so the warehouse out there and the cask yard. If it's got beer in it, or it should have come back and it hasn't, that's me.
N: Neil Ashby from Northbank Systems. We're the Ledgerline partner, so we support Martin's accounts system, and we'll be doing our half of the orders link.
H: Lovely, thank you all. So, the short version of why we're here. Routemark takes the orders out of Ledgerline, plans the delivery rounds, and the drivers get an app on a tablet for proof of delivery and for scanning the empty casks when they come back. The contract has both depots going live together on Monday the second of November.
F: Which is already into the busy season for us, just so everyone knows. The clubs start stocking up for bonfire night in the middle of October, and then it's Christmas.
H: Understood. And that's actually the first thing I'd like us to settle today. Luca and I would rather not do both depots on the same morning.
L: Yeah. What we'd normally suggest is one depot first. Kingsmere's the smaller one, three drays, tighter rounds. If there are problems, you find them with three lorries out, not eight.
O: I'm not against that. My lot are used to being the guinea pigs.
G: Morning, sorry, sorry. Fermenter four has decided it doesn't like me. What have I missed?
H: Morning, Giles. Good timing, actually. We're just talking about a pilot at Kingsmere before we do both depots.
G: Honestly, my instinct's the opposite. Do the lot in one go, and do it sooner. The nineteenth of October. Get it bedded in before the Christmas orders really start landing.
F: Giles, if it falls over at both depots on the same morning, that's three hundred pubs with no beer and nobody knowing who's had what.
M: And nothing for me to invoice. In December.
G: All right, all right. You lot are very good at making me feel reckless.
L: If it helps, you can still have the nineteenth. Just at Kingsmere.
G: Go on then. Kingsmere from the nineteenth, and Ashcombe on the second like the contract says. I can live with that.
H: So that's a pilot on Kingsmere's three drays from Monday the nineteenth of October, and Ashcombe follows on Monday the second of November. That's going straight in the plan.
G: And if any of the drivers moan about tablets, point them at me. I'll remind them about the whiteboard falling off the wall at Easter.
H: Neil, can we go to the orders link? It's the bit that worries me most.
N: Sure. So Ledgerline has an orders interface, but it's a separate module and you're not licensed for it. It's not a big cost, but it goes through our licensing desk, and they won't touch it without a change order signed by Vennick. I sent the change order through to Martin on Friday.
M: You did. It's somewhere under forty emails from the excise people. And it needs Giles's name on it, not mine.
L: And without that module I'm a bit stuck, to be honest. I can build the rounds and the app, but if no orders come across there's nothing to plan and nothing for anybody to deliver.
G: How much is it?
N: About eleven hundred a year, at list.
G: Fine. I'll have it signed by Friday, you have my word.
H: Thank you. Luca, what does Neil need from you in the meantime?
L: The field mapping. Which bits of a Ledgerline order land where in Routemark. I'll send that across to you by Thursday, Neil.
N: Perfect. Once a change order's with the licensing desk it's usually a week or two, for what it's worth.
H: Martin, customers. This is the big one for Luca.
L: It really is. Every account, the delivery address, opening hours, and the access notes. Ring the bell at the side door, the car park's shut on market day, that sort of thing.
M: The access notes could do with a tidy. Some of them are, let's say, colourful. Right. I'll pull the full customer list out of Ledgerline for you, Luca. Friday week, if that's okay? I've got the duty return this month and an HMRC visit on top of it.
H: Friday week, so the eighteenth. Thanks, Martin.
M: I tend to give the customer list a tidy every quarter about now anyway, so it's not wasted effort.
H: Fiona, the rounds. Where do they live today?
F: In my head, and on the whiteboard. Monday's Leominster and the villages, Tuesday's the Golden Valley, and so on.
L: Could I have them in a spreadsheet? Which pubs, which day, which dray, and roughly what order the driver does them in.
F: Oh, absolutely. I'll do it in the evenings, in between the tachograph audit and interviewing for two drivers.
H: I know you've got a lot on.
F: No, ignore me, it needs doing. You'll have the rounds in a spreadsheet by the end of the week, Luca. It won't be pretty.
H: Kirsty, the web ordering portal. That's in scope for the go-live as well.
K: And I'm dead keen on it. Half my voicemails are landlords at eleven at night ordering two firkins of Old Vennick and a polypin of mild.
H: We'll need a letter to the trade customers telling them it's coming, how to log in, that kind of thing. Could you draft it?
K: Yes, I can do that. I'll get a draft of the letter over to you by the twenty-fifth.
H: Brilliant. Owen, the empties.
O: So, we've got about two and a half thousand casks and kegs out there. Barrelwise did a trial with us in the spring and tagged forty of them. I put most of those tags on myself, in the rain.
L: And the idea is the driver scans each cask as it comes back onto the dray, so you know where every one of them is.
O: That's the dream. There's a pub up past Presteigne I'm fairly sure has got three of ours in the beer garden as tables.
G: Right, I'm going to have to drop off, the engineer's here for the fermenter. Hannah, do you need anything else from me?
H: Just the change order, Giles.
G: Friday. Bye, all.
H: Bye, Giles. Fiona, one more for you. Are there tablets in the drays at the moment?
F: No. The drivers have got old phones for the tacho app and the trackers, and I wouldn't ask anyone to sign for a delivery on one of those. Fleetsure do the trackers, and they're forever trying to sell me something, so I imagine they'd do tablets.
N: And if it helps, I could set you up a separate test company in Ledgerline, so Luca's not playing about in the real accounts. Only if you want one.
M: Let's see how we go. I don't want two of anything that I then have to look after.
H: Okay. Last one from me. I'll send everyone the project plan tomorrow morning, with the pilot dates in, so we're all looking at the same thing. Anything else from anyone? No? Then thank you all, and same time next Monday.
O: Cheers, all.
"""

# ---------------------------------------------------------------- call 2, Monday 2026-09-14
CALLS[2] = """
H: Morning, all. Giles has sent his apologies, he's at the hop merchant's in Worcester for the day. We've got two new people, so before anything else, Bethan, do you want to say hello?
B: Hiya, everyone. Bethan Lloyd, I'm the training lead at Routemark. I'll be getting your drivers and the sales office comfortable with the app. Drivers are my favourite, to be honest. They tell you straight away what's rubbish.
T: And I'm Tamsin Rowe, account manager at Barrelwise. I've already heard a lot about a beer garden near Presteigne.
O: Everybody has. I tell it at parties.
H: Welcome, both of you. Okay, let's go down last week's list. Luca, your mapping for Neil.
N: I can take that one. It landed on Wednesday, and it's good. There are two fields we call something different on our side, I've put notes against them, but nothing that'll keep anyone up at night.
L: Thanks, Neil. I saw the notes. Easy fixes.
H: The change order. Martin, did Giles get to it?
M: He did. Thursday night, at the kitchen table by the look of the coffee ring. I scanned it across to Northbank first thing Friday.
N: And the licensing desk have got it. They've told me the orders module will be switched on in your test company by Wednesday week.
H: Wednesday week, so the twenty-third. Great. Did everyone get the plan I sent round?
K: It's stuck on the wall by my desk. With the pilot date circled in red pen.
F: Mine's on the fridge. Next to the dentist.
H: I'll take that. Fiona, the rounds.
L: Can I jump in? Fiona's spreadsheet is a work of art. I've never seen so many colours in one file.
F: Purple means the landlord's difficult. Please don't let that get out.
H: My lips are sealed. Martin, the customer file, still Friday?
M: Friday. Please don't jinx it.
H: Fiona, tablets. Did you get anywhere with Fleetsure?
F: I did. Eight rugged tablets with cab cradles, on the same contract as the trackers. Fleetsure have promised me they'll have them fitted in all eight drays by the twenty-fifth.
B: Thank goodness, because I can't train anyone on those phones, the screens are the size of a digestive. Until the tablets are in the cabs, I've got nothing to train the drivers on.
F: They'd better be.
B: What I can do in the meantime is a cab card. One side of A4, laminated, lives in the door pocket. I'll have a draft of the card with you by Wednesday, Fiona.
F: Laminate it twice. They get tea on everything.
H: Luca, you wanted to talk about route planning.
L: Yeah. So, Routemark can plan every round from scratch every day, based on what's actually been ordered. It usually takes a good few miles off. We tend to run that overnight, so the plan's sitting there when the drivers clock on. I'd like to switch it on for you.
F: I'm going to stop you there. My drivers know their pubs. The landlords know it's Tuesday, the dray comes Tuesday, so the cellar's open on Tuesday. If a computer sends a different lorry on a Thursday to save four miles, I'll have locked cellars and drivers sat in lay-bys.
O: She's right. Half the pubs round Kingsmere, the landlord opens the drop himself and he's not up before ten.
L: Okay, that's fair. What if we keep the rounds exactly as they are, same days, same drays, and Routemark just works out the best order to do the stops in? That's where most of the miles are anyway.
F: That I could live with.
H: So we keep the fixed rounds on their fixed days, and the system only puts the stops in order within each round. Good, let's go with that.
K: Does that mean the drivers stop doing their own order? Because Dai has done the Golden Valley backwards for eleven years.
F: Dai will cope.
H: Luca, test logins for Kirsty and Fiona?
L: Yep. You'll both have logins for the test system by tomorrow lunchtime.
K: Do I get to break things?
L: Please. Break as much as you like.
H: Kirsty, delivery windows for the tied houses.
K: So our own pubs, all twenty-four of them, I'll ring each one and check their delivery window and their access, and I'll have them all done by the end of next week.
L: That would be a huge help.
K: I'm not ringing every free house as well, before anyone asks. There's three hundred and something of them.
H: Nobody's asking. Martin, one more for you. Luca needs the product list. Every beer, every cask size, the bottles and the bag-in-box, with the Ledgerline codes.
M: Fine. I'll send the product list to Luca on Friday, with the customers.
H: Tamsin, Owen, the cask side.
T: So for your drivers' scans to reach us, Luca needs the spec for our data feed. I'll get that over to you by Friday, Luca.
L: Lovely, thanks.
O: And I need to know how many of the casks at Kingsmere haven't got a tag. I'll do a proper count. You'll have a number by Thursday.
T: And then we can talk about tags. We've got plenty in stock.
N: If you ever wanted the cask scans to go into Ledgerline as well, we could probably do something, but it'd be another change order.
M: Neil. Please. No.
O: And if Presteigne don't give those three casks back, I'm driving up there with a trailer.
H: I'll pretend I didn't hear that. Bethan, anything else from you?
B: Only that I'd like to meet the drivers before I train them. Even just a cup of tea in the transport office.
F: They'll be suspicious, but they'll come for the biscuits.
H: Okay. Anything else? No? Thanks, everyone, see you next Monday.
B: Bye!
T: Thanks, bye.
"""

# ---------------------------------------------------------------- call 3, Monday 2026-09-21
CALLS[3] = """
H: Morning, everyone. Let's give it a minute for stragglers.
O: It's raining sideways at Kingsmere, so if I freeze, that's why.
B: I can hear it from here.
H: Noted. Okay. Giles isn't on, and I haven't heard from him. Fiona, any idea?
F: His diary just says Hereford. Could be the bank, could be the dentist, could be the races.
H: And Martin's with HMRC this week?
K: The excise officer's in the boardroom till Thursday. Martin texted me this morning, actually, because he knew he wouldn't make it. The customer file's not done. He says Wednesday, definitely Wednesday.
L: Ah. Okay. That hurts a bit, I'm not going to lie. I can't build a round without addresses. Till that file turns up, the Kingsmere build is me staring at Fiona's colours.
H: Is there anything you can get on with in the meantime?
L: I can set up the three drays and the round days as empty shells. But as soon as the file's in, I'll have the Kingsmere rounds built within the week. Put me down for the second.
H: The second of October, okay. Neil, the orders module. Is it on?
N: Not the news I wanted to bring. It's not on. The licensing desk have got a backlog, and they're telling me Friday now. This Friday.
L: Friday's fine, as long as it's actually Friday.
N: I ring them every morning at the moment. It's become a sort of hobby.
H: That's dedication. Owen, how many casks at Kingsmere haven't got a tag?
O: Four hundred and twelve. I counted twice, because the first number frightened me.
H: That's a lot of tags.
L: That's a lot of scanning, as well.
O: It is. And I spoke to Tamsin on Friday, she's on a stand at a trade show in Birmingham all week, so she can't make it. Two things from her. The tags for the four hundred and twelve, Barrelwise will have them with me by Friday week. And the data spec for Luca, their developers now say the end of the month, not last Friday. She was very apologetic.
L: The end of the month. Okay. I'll be honest, I can't do anything on the cask collections until I've got that spec. There's a scan button in the app, it just doesn't talk to anyone.
H: So we're waiting on Barrelwise for that. Bethan, the cab card.
F: Can I answer that? The card's brilliant. I showed it to Dai and he said it's the first thing head office has ever given him that he could read without his glasses.
B: That's going on my CV.
H: Kirsty, you've been in the test system?
K: All week. I've put in about thirty pretend orders. One of them was for a hundred firkins, just to see what it would do.
L: That's exactly what I want. Did it complain?
K: It asked me if I was sure. Which, to be fair.
F: Did it ask who was going to lift them?
H: Fiona, are the tablets still on for Friday?
F: Fleetsure are still saying the twenty-fifth. I've not had a reason to doubt them yet. Give it time.
H: Okay. Kirsty, the portal letter. Before you tell me where you are with it, Luca wanted to say something.
L: Yeah. So the portal shows each pub its own prices. And your pricing in Ledgerline is, um, a lot of special arrangements. Martin and I had a look last week. There's about three hundred individual price deals, and some of them only exist on paper in a drawer. Getting all of that right by November, on top of the deliveries, I don't think it's realistic.
K: Could we not just do it for the tied houses? They're all on one price list. It'd be a start.
F: And then the free trade ring up and ask why the tied houses have got a website and they haven't. I don't want that conversation three hundred times.
H: My suggestion is we take the portal out of this phase altogether and bring it in in January, once the deliveries have bedded in. How does everyone feel?
O: I don't use it, so I'm easy.
F: Yes. January.
K: Oh, I'm gutted. But yes, fine. January. I'll stop writing the letter, then.
H: Thanks, Kirsty. I know you were looking forward to it.
K: It's half written. I'll keep it in a drawer with the price deals.
H: Fiona, pilot drivers.
F: I'll pick my three for Kingsmere and get them booked in with Bethan. I'll do that by Friday.
B: Lovely. One keen, one grumpy and one in between, ideally. The grumpy ones tell me what's wrong with it.
F: I've got no shortage of grumpy.
B: And Kirsty, I'd like an hour with your team on putting orders in. I'll run it on Thursday the first, if that works for you all.
K: Thursday the first works. There's four of us, we'll bring cake.
B: Now you're talking. I've trained drivers who'd never touched a smartphone in their lives, and they were flying by the second day, so the sales office will be fine.
H: Neil, anything else from Northbank?
N: Only that once it's on, it's on. Your test company keeps the module, you don't have to do anything else for test.
H: Good. Owen, anything else from the yard?
O: Only that if Barrelwise's tags don't turn up, I'll be writing numbers on four hundred casks with a marker pen.
H: Let's hope it doesn't come to that. Right, I think that's everything. Thanks, everyone.
K: Bye.
F: Cheers.
B: Bye, everyone.
"""

# ---------------------------------------------------------------- call 4, Monday 2026-09-28
CALLS[4] = """
H: Morning, all. Bethan's on holiday this week, so I'm afraid it's just me for training questions. And Giles, it's lovely to have you.
G: I've got about twenty minutes, then I'm at the bank. So use me while you've got me.
H: Then let's do the Giles bits first. Fiona, you had something on training.
F: I did. Bethan wants every driver for half a day on the tablets. The Kingsmere three I can do in the week, Wednesdays are quiet out there. But the eight at Ashcombe, I can't take them off the road in October. So it has to be Saturdays. And Saturdays are overtime, and nobody's coming in on a Saturday for nothing. I wouldn't. I can't book a single Saturday session until the overtime's signed off.
G: What are we talking about?
F: Eight drivers, half a day each, time and a half. I sent you the numbers. Twice.
G: Did you? Then it's in there somewhere. Right. I'll sign the overtime off by Friday.
F: Thank you.
G: Neil, the orders thing. I signed your form. Did it actually do anything?
N: It did, in the end. The module went on in the test company on Friday. Late on Friday, but Friday.
L: And the orders have been coming across ever since. Kirsty's hundred firkins turned up too, which gave me a fright.
K: You told me to break things.
G: Good. Hannah, anything else for me before I go?
H: Only that we'll want your sign-off on the pilot later in October. Not for today.
G: Noted. If the bank says yes this afternoon, there might even be a ninth dray in the spring.
F: I'll believe that when I see it.
G: Ye of little faith. Right, I'm off. Thanks, everyone.
H: Thanks, Giles. Martin, welcome back. How was the excise officer?
M: Thorough. I now know more about duty suspension than any man should. But, Luca, you've got the customers now.
L: I have. It came through late on Wednesday. Three hundred and forty-one accounts, and the access notes, which are an education.
K: Some of those were written before my time, just so we're clear.
H: The product list was due the same Friday, Martin. Where are we with that one?
M: Ah. Honestly, I haven't started it. I've got the duty return to finish and the auditors are in all this week.
H: Kirsty, could you take it off him? You probably know the products better than anyone.
K: Yeah, go on. I know most of the codes off by heart anyway. I'll get the product list to Luca by Wednesday.
M: You're a star. I owe you a drink.
K: You owe me several.
H: Kirsty, while I've got you. The tied houses?
K: About half. Twelve of the twenty-four. The rest keep telling me to ring back after lunch, and then after lunch they're busy. Give me till Friday.
H: Friday, fine. Fiona, did you pick your drivers?
F: Dai, Marek and Sue. They're booked in with Bethan for as soon as there are tablets to train them on.
H: Which brings us to the tablets.
F: Yes. Well. Fleetsure. They obviously didn't come on the twenty-fifth, because that was Friday and I haven't got them. They're saying this Friday now. Hand on heart, apparently.
O: Their hearts must be worn out.
H: Luca, where's the build?
L: Now I've got the customers, the Kingsmere rounds are this week's job. Still on for Friday.
H: And the cask side. Tamsin, the spec?
T: It's with our developers for a final read. It'll be out to Luca by Wednesday, like I said. I've told them I'm not coming back to this call without it.
L: Thanks, Tamsin.
T: While I'm here, can I suggest something? Barrelwise has its own driver app, Barrelwise Scan. It's built for cask collections already. Your drivers could use ours for the casks and Routemark for the deliveries. It'd save Luca building it.
F: Two apps in the cab? No. They'll use neither.
O: They'll use neither, and then they'll blame me.
L: And honestly, once I've got the spec it's a few days' work on our side. It's not a big build.
H: So we stay with one app in the cab. Routemark does the cask scanning and sends it over to Barrelwise. No offence, Tamsin.
T: None taken. I had to ask, my manager would only have asked me if I'd asked.
H: Owen, the tags?
T: They've left our warehouse. They'll be with Owen on Friday.
O: I'll clear a space.
H: Owen, you mentioned something about the signal at Kingsmere.
O: Yeah. Bethan had me try the test app on my phone before she went away. The yard's a dead zone. It just goes round and round and never syncs. The office has broadband, but it's copper and it's dreadful, and the Wi-Fi doesn't reach the yard.
L: That's a real problem. The app works offline on the road, but it has to sync in the yard before the dray goes out and again when it comes back. Without a connection in the yard, the drivers' rounds won't load in the morning.
M: There's a fibre line on order with Openreach for Kingsmere, and has been since June. They've told me the sixth of October for the engineer.
O: I'll believe it when there's a van in the yard.
H: So the yard's waiting on Openreach. Okay. Last thing from me. I'll write the pilot runbook, the day by day for the first week at Kingsmere, and get it to Fiona and Owen by Friday.
F: Good. I need something to wave at the drivers.
M: And just so everyone's clear, I won't be doing any testing with invoices until the auditors have gone. Not a hope.
H: Understood. Neil, anything from you?
N: Only that the module's on in test, not in live. We'll sort live nearer the time.
H: Noted. Thanks, everyone. Same time next week.
O: Cheers.
"""

# ---------------------------------------------------------------- call 5, Monday 2026-10-05
CALLS[5] = """
H: Morning, everyone. Giles is at the beer festival in Bristol, so apologies from him. Martin's said he'll be a few minutes late. And Bethan's back with us.
B: I'm back. I'm slightly sunburnt, and that's all I'm saying about Portugal.
F: Jealous.
O: Morning, all. Sorry, I was on mute.
H: Morning, Owen. Right, let's start with tablets. Fiona?
B: Can I take this one? All eight are in. Fleetsure fitted the last of the cradles on Friday afternoon, and I've already been up in all three Kingsmere drays with them.
F: They look very smart. Marek's put a sticker of a sheep on his already.
H: Good. Fiona, Giles and the overtime. Did he sign it on Friday?
F: No. I caught him in the yard on Thursday, and he said Wednesday. He'll definitely do it by Wednesday, he says. So I still can't book the Ashcombe Saturdays.
H: Okay. Would it help if I emailed him as well?
F: Honestly? I don't think it'd make any difference. But I'm not ringing him again, I've rung him three times. I'm starting to feel like a stalker.
H: Luca, the Kingsmere rounds.
L: Built. All three drays, every round for the week, with the stops in order. Fiona's been through every one of them.
F: Two changes, both mine. The Bull at Lyonshall can't take a delivery when the school's coming out.
H: The cask side. Luca, did Tamsin's spec arrive?
L: It did, Wednesday, like she said. I've had scans from the test app going through to Barrelwise's test system since Friday. Cask collections work.
O: And the tags turned up on Friday. Four big boxes. I've made a start.
H: How long for the lot?
O: I'll have every cask at Kingsmere tagged by the fourteenth. Before the pilot, anyway, that's the main thing.
H: Kirsty. The product list, and the tied houses.
L: The product list came through on Wednesday, Kirsty, and it was perfect. Bag-in-box and all.
K: And the tied houses are all in. Twenty-four out of twenty-four. The Plough wants deliveries before seven, which I've told them is a lovely idea.
H: And how did Bethan's session with the sales office go?
K: It was great. Thursday afternoon, and we ran over to two hours in the end. Shelley's already asking when she can use it for real.
B: Shelley's a natural.
H: Good. Now, I owe Fiona and Owen the runbook. It's not finished, I'm sorry. It'll be with you on Wednesday.
F: Wednesday's fine. I wasn't going to read it at the weekend anyway.
H: Bethan, the pilot drivers.
B: So Dai, Marek and Sue, half a day each, in the cab at Kingsmere. I'll do them on Wednesday and Thursday this week, Fiona's letting me have them on the quiet days. I always do it in the cab rather than a classroom, it sticks better.
M: Morning, sorry, sorry. The auditors have gone, but they've left a mess behind them. What have I missed?
H: Morning, Martin. Perfect timing, actually. Openreach, the Kingsmere line. Tomorrow?
M: Ah. No. I was going to tell you. They've moved us. The twentieth, now. They sent a text. Didn't even ring.
O: So the pilot starts on the nineteenth and the line turns up on the twentieth. Marvellous.
L: Look, we don't have to wait for Openreach. I can put a 4G router in the Kingsmere office with an aerial on the outside wall. It's what we've done at a couple of other customers out in the sticks.
H: Does anyone object to that?
F: Not if it works.
O: Works for me.
H: So we don't wait for Openreach. The pilot stays on the nineteenth, and the yard runs on a 4G router until the line's in.
L: I'll bring a router down and fit it on Thursday. I'm at Kingsmere anyway with Bethan.
O: If it falls off the wall, I'm blaming you.
H: Martin, while you're here. Luca wants one order to go all the way round before the pilot.
L: Yeah. An order keyed in Ledgerline, planned in Routemark, delivered on a tablet, and the delivery coming back into Ledgerline so you can invoice it. I'd like us to do one end to end, together.
M: Thursday. Thursday afternoon, I'll sit at my desk with you on a call and we'll run an invoice through.
H: Thanks, Martin. Neil, the live company.
N: So, learning from last time, I booked it with the licensing desk a fortnight ahead. They've promised to switch the module on in your live company on the fifteenth.
L: I'll still want to see one real order come across on the fifteenth before I relax.
H: The fifteenth. Before the pilot, good. Kirsty, anything for the Kingsmere customers?
K: I think the free houses round Kingsmere need to know the driver's going to ask them to sign on a tablet. Some of them are going to be funny about it. I'll ring round them and tell them. It's only sixty-odd, not three hundred. By Friday.
F: The Royal Oak will want it in writing. They want everything in writing.
K: If they ask nicely, they can have it in writing.
M: And Fiona, if the Saturdays ever do get signed off, I can do the timesheets for you. I'm not driving, mind.
F: Nobody's asking you to drive, Martin.
H: Okay. Anything else? No? Thanks, everyone. Two weeks to the pilot.
O: Don't say it like that.
"""

# ---------------------------------------------------------------- call 6, Monday 2026-10-12
CALLS[6] = """
H: Morning, all. One week to the pilot. Giles has sent apologies again, he's in London with the distributors. And Neil's at another go-live, but he emailed me on Friday to say the live switch-on is still the fifteenth. Tamsin, it's nice to have you back.
T: Thank you. I've been following along on Owen's emails, so I'm up to speed. Mostly.
O: Mostly's generous. I send a lot of emails.
H: Okay. Let's start with the pilot drivers. Bethan?
F: I'll do it, because I'm still slightly annoyed about it. Dai's already better on the tablet than I am. And Sue wants to know if she can take hers home at weekends.
B: She can't. But I love that she asked.
F: And Dai's started showing the Ashcombe lads on his break, which nobody asked him to do.
H: That's the best kind of training. Luca, the yard.
O: Can I? The little box on the office wall has been brilliant. Everything syncs in the yard now, even right down the far end by the bins.
L: That aerial was a nightmare to get up, for the record.
H: Martin, any news from Openreach?
M: Still the twentieth. I've stopped holding my breath.
O: And if they do turn up on the twentieth, they'll want to dig up the yard on day two of the pilot. You watch.
L: It won't matter to the drivers either way. The router doesn't care what Openreach do.
H: Fiona, Owen, did the runbook make sense?
F: I've read it twice. Owen's pinned it up in the transport office, next to the dray keys.
O: Highlighted and everything.
H: Good. Fiona, the Saturday overtime. Has Giles signed it?
F: No. Nothing. I've sent him the numbers a third time. So the Ashcombe drivers still aren't booked for their training, and we're three weeks off them going live.
B: If I don't get those Saturdays soon, I'll be training eight drivers in the two days before the second. Which I can do, but they won't thank me for it.
K: Could he not just sign it from London? It's one email.
F: You'd think so, wouldn't you.
H: Okay. That's going in red on my report to him, for what good it does.
L: Martin, the invoice test on Thursday?
M: Didn't happen. The auditors came back with a list of questions on Thursday morning, and I was in a room with them all afternoon. I know. I'm sorry.
L: When can we do it? Because I'd really like it done before the nineteenth.
M: Honestly, I don't know. This week's a write-off as well. Can I ask a daft question, though? Should we push the pilot back a week? Give me a chance to do the test properly.
F: No. Sorry, Martin, but no. The drivers are trained, the tablets are in, the rounds are built. If we move it now, I lose those three to the Christmas rota.
L: And worst case, we watch the first real deliveries go through into Ledgerline on the nineteenth. I'd rather test it beforehand, but it's not a reason to move.
H: I'd hold it as well.
M: Fine. I'm outvoted. The nineteenth it is.
H: Kirsty, the Kingsmere free houses?
K: Halfway. Thirty-odd done. I'll have the other half done by Wednesday. The Royal Oak did want it in writing, by the way, so they got a letter.
H: The Royal Oak are consistent, I'll give them that.
K: They wrote back. To thank me for the letter.
H: Owen, the tags.
O: Three hundred done, about a hundred and ten to go. I'll get there.
T: If you want, I could send one of our lads over to help you finish them off.
O: I'm all right, thanks. I've got a system now. It involves a radio.
T: And the scans from Luca's test are coming through fine on our side, by the way. I saw three casks from the Red Lion on Friday.
O: The Red Lion gave three back? Somebody check on them.
H: Owen, the other thing you asked me about. Paper.
O: Yeah. I want paper delivery notes in the cab for the first fortnight. If a tablet dies at a pub in the middle of nowhere, the driver needs something to get a signature on.
L: My worry is, if they've got paper, they'll just use the paper.
F: Two weeks. Then the paper goes in the skip, and anybody caught with a carbon copy buys the teas.
H: Okay, so paper notes in the cab as a backup for the first two weeks of the pilot, and then they stop. Luca, happy?
L: Happy enough.
F: I'll get the paper notes printed and into the three Kingsmere cabs by Friday.
O: Thank you. I'll sleep better.
H: Thanks, Fiona. Anything else from anyone?
B: Only that Dai asked if the tablet can play the radio. It can't.
T: Good luck next week, everyone.
H: Thanks, Tamsin. Thanks, everyone. Next Monday we'll be on day one of the pilot, so I'll keep it short.
K: Bye, all.
"""


def stamp(t):
    s = int(t)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def render(n, script):
    rng = random.Random(4100 + n)
    lines, t, prev = [], rng.uniform(3.0, 7.0), None
    for k, raw in enumerate(l for l in script.strip().splitlines() if l.strip()):
        code, text = raw.split(":", 1)
        name, text = NAMES[code.strip()], text.strip()
        assert name != prev, f"call {n} line {k + 1}: {name} twice in a row"
        lines.append(f"[{stamp(t)}] {name}: {text}")
        words = len(text.split())
        t += max(1.6, words / (2.5 * rng.uniform(0.9, 1.1))) + rng.uniform(0.4, 1.5)
        prev = name
    return "\n".join(lines) + "\n", len(lines), len({l.split("] ", 1)[1].split(":")[0] for l in lines})


def main():
    here = Path(__file__).resolve().parent
    (here / "calls").mkdir(exist_ok=True)
    for n, script in CALLS.items():
        text, turns, speakers = render(n, script)
        (here / "calls" / f"call-{n}.txt").write_text(text, encoding="utf-8")
        print(f"call-{n}.txt: {turns} turns, {speakers} speakers")


if __name__ == "__main__":
    main()
