#!/usr/bin/env python3
"""Generate the five Hollinbrook WMS Rollout calls as Microsoft Teams WebVTT exports (calls/call-N.vtt).

Each turn is "CODE: text"; " | " inside a turn marks where Teams cut the turn into consecutive cues of the same
speaker (each cue its own "<v Full Name>...</v>" voice span). A turn written "+CODE: text" is an interruption that
Teams put in the same cue as the previous turn (a second voice span in one cue, which docs/FORMATS.md allows).
Cue ids and timestamps are synthetic but deterministic.
Run: python3 make_calls.py   (writes calls/call-1.vtt .. call-5.vtt next to this file)
"""
import random
import uuid
from pathlib import Path

NAMES = {
    "P": "Priya Raman",        # vendor (Stockline) project manager, host
    "C": "Callum Doyle",       # vendor implementation consultant (config, RF flows, EDI mapping)
    "G": "Graham Pettifer",    # customer supply chain director, sponsor
    "E": "Euan Baird",         # customer IT (one of two)
    "Z": "Elizabeth Kerr",     # customer IT (the other one); everyone calls her "Libby"
    "F": "Fergus Lamb",        # customer site operations manager (days)
    "K": "Kwame Asante",       # customer night-shift supervisor (joins late)
    "L": "Lorna Fitch",        # Scanpoint, RF scanner reseller
}

CALLS = {}

CALLS[1] = """
P: Okay, I think we're, um, we're mostly here. Can everyone hear me alright?
F: Yep. We're in the canteen meeting room, so if you hear a forklift, that's why.
P: Ha, perfect. Welcome all, this is the first weekly for the Hollinbrook WMS rollout. I'm Priya Raman, I'm the project manager on the Stockline side. | I'll run these every Thursday. Quick round of names?
C: Callum Doyle, Stockline, I'm the, um, the implementation consultant. So configuration, the RF flows, and the EDI mapping for Brightmarket.
G: Graham Pettifer, supply chain director. And can I just say, I have been waiting for this for three years. Three years of clipboards. | So, um, yes. Very excited.
E: Euan Baird, IT. Which is me and Libby. That's the whole department.
Z: Elizabeth Kerr, IT as well. Hi.
F: Fergus Lamb, site ops manager, days. Kwame's our night-shift supervisor, he'll probably join late, he's only just gone to bed.
L: Lorna Fitch from Scanpoint, I'm your account manager for the scanners.
P: Lovely. So, big picture first. The plan on paper is go-live on Monday the 16th of November. Everything, goods-in, putaway, picking, despatch. | The wobbly bit is Brightmarket.
G: Brightmarket are forty percent of our volume, so, you know. No pressure.
C: So the, the thing with Brightmarket is their onboarding team run the EDI certification and they go at their own speed. | We can't start EDI testing until their onboarding team give us the test credentials and the AS2 endpoint. And they haven't yet.
P: Which is why I wanted to raise this now. I don't want the go-live hanging on Brightmarket's calendar.
F: What's the alternative, though? We can't just not ship to them.
C: We key them. Brightmarket orders come in on their supplier portal anyway as a backup, so for the first few weeks | we could key those orders in manually from the portal.
F: That's, what, sixty orders a night? Kwame's going to love that.
P: It would only be if certification isn't done. Graham, how do you feel about that?
G: Sorry, say again? I was, um, someone's just put something in front of me.
P: Brightmarket. If their EDI certification isn't done by go-live, we go live anyway and key their orders in from the portal.
G: Oh. Yes. Yes, absolutely, don't let them hold us up.
F: Fine. I'd rather that than slipping the whole thing.
P: Okay, so that's agreed: the EDI link isn't on the critical path. If it isn't certified in time, Brightmarket orders get keyed in from the portal.
G: And look, I know their head of supplier onboarding, Maureen, from when I was at Harrogate. | I'll drop her a note this afternoon, see if we can get bumped up the queue.
P: That would be brilliant, Graham.
C: Very brilliant.
P: Callum, what do you need to get the onboarding moving from our side?
C: There's a questionnaire. Trading partner details, GLNs, what messages we're doing, orders and ASNs. | I'll get that submitted to them by Monday.
P: Monday the 12th. Great. Next, locations. Fergus, this is a big one for you.
F: Go on.
C: So I need every location in the warehouse. Chamber, aisle, bay, level, position. And what temperature zone each one is. | I'll send you the location template tomorrow, it's a spreadsheet, it's not as scary as it sounds.
F: It sounds quite scary.
C: It's a bit scary.
F: Okay. How long have I got?
P: Could you do it by Friday week? So the 16th?
F: Yeah. Friday week. We'll do it between shifts.
P: Thanks. Euan, the server.
E: Yeah, so the test VM. I've got the spec from Callum. I'll have the test VM built by Wednesday.
C: And I'll need a way in. VPN or whatever you use.
E: Yeah, I'll get your VPN account set up, give me till Tuesday. We use a token thing, it's a bit of a faff.
P: Tuesday the 13th for VPN, Wednesday the 14th for the VM. And the item master, the SKU data?
E: That's Libby really. She knows the ERP tables way better than me. Libby'll pull the item master for you. End of next week?
Z: Um, yeah, end of next week's fine. Do you want shelf-life in there as well?
C: Yes please. Shelf-life, case quantity, pallet quantity, and the, um, whether it's chilled or ambient.
Z: Okay. That's all in there somewhere.
P: Lorna, scanners.
L: So, the order's gone through to the distributor, forty of the MX-9s with the cold-store batteries. | The forty units will be with you on the 19th, that Monday. That's what they're telling me.
F: Cold-store batteries is the important bit. The last lot died in about twenty minutes in chamber three.
L: These are rated to minus thirty, so you'll be fine in a chiller.
C: Could I get one early? Just one, so I can start building the screens against a real device.
L: Yeah, I'll courier you a demo unit Monday.
C: Perfect.
L: And if the main shipment's late, we could probably do you some loan units, I'd have to check what's in the pool.
P: Good to know. Graham, anything from you before you go? I know you've got a hard stop.
G: No, no, I think it's, it's all fantastic. Honestly. Priya, you'll send me something I can show the board?
P: I'll circulate the plan and the RAID log by close tomorrow, and you'll be on that.
G: Perfect. Right, I'm so sorry, I've got the transport planners. Keep going without me.
P: Thanks Graham.
C: Should I mention the, um. No, it's fine.
P: Mention what?
C: Nothing, it can wait.
K: Hello? Sorry, sorry. Kwame here. I've literally just woken up.
F: Morning, Kwame. Well, evening. Whatever it is for you.
K: It's definitely not morning. Have I missed much?
P: Not too much. Go-live's the 16th of November, scanners are coming on the 19th. | Kwame, one thing I'd love from you, for the training plan, is the night-shift pick rota, so we know who's on when.
K: Yeah, no problem. I'll send that over after my shift Saturday.
P: Amazing, thank you.
C: And Kwame, if it'd help, I could come on site one night and shadow the pick, just to see how it really runs. If you're up for that.
K: Maybe. We'll see. Nights are, uh, they're not a spectator sport.
F: He means it's chaos.
K: I mean it's organised chaos.
P: Okay. Anything else? Euan, Libby?
E: No, all good.
Z: Fine for me.
P: Quick recap then. Callum, questionnaire to Brightmarket by Monday and location template tomorrow. Fergus, locations by the 16th. | Euan, VPN Tuesday, VM Wednesday. Libby, item master end of next week. Lorna, demo unit Monday, the forty on the 19th. | Kwame, the rota. And me, plan and RAID log tomorrow.
F: And Graham's note to Brightmarket.
P: And Graham's note. Thanks all, see you next Thursday.
L: Bye!
K: Night. Or, you know.
"""

CALLS[2] = """
P: Morning everyone. I think we're just waiting on Graham, he said he'd try and join.
E: He's in the building, I saw him in the car park. Whether he makes it is another question.
P: Ha. Let's crack on. Quick run round. Fergus, you got the template from Callum?
F: Got it, yeah, Friday morning. We've started filling it in. Chamber one's done. Chamber one's the easy one.
P: And still okay for tomorrow?
F: Should be. Should be.
P: Callum, the Brightmarket questionnaire?
C: Went in Monday. They've acknowledged it. Automated acknowledgement, but still.
P: And I sent the plan and RAID log round last Friday, so hopefully everyone's got that. Shout if not.
E: Got it.
P: Euan, the VM?
E: VM's up, I built it Tuesday. Callum's software's on it, or, it's on it as far as I can tell.
C: Yeah, which brings me on to, um. I still can't get on it. The VPN token hasn't come through, | so I can't get onto the test server at all. Everything I've done this week I've done on my laptop.
E: Ah. Yeah. The tokens come from our security provider, they've been, um, slow. I'll chase them today. | I'll have it sorted by tomorrow.
C: Tomorrow would be great.
P: Libby, the item master?
Z: Still on for tomorrow. I've got most of it, it's just the shelf-life field is in a different table, of course.
C: Of course it is.
P: Lorna, how are we on scanners?
L: So the demo unit, Callum, you got that?
C: Yes, it's on my desk. It's lovely. I've been scanning everything in my kitchen.
L: Good. The main shipment. So, um, the distributor's waiting on the charging cradles from the manufacturer, | and they won't ship the units without the cradles, so the 19th's not looking great. I'd say more like the 26th.
F: The 26th.
L: That week, yeah, Monday the 26th. I'm pushing them.
C: Which is a problem for me, honestly, because until the scanners land I can't test the pick flows with more than one device. | So multi-user testing is stuck behind the shipment.
P: Okay. Let's note that one. Lorna, if anything changes, let us know straight away.
L: Will do.
P: Right, the cutover. Fergus, you had a view on this.
F: Yeah. So I've been thinking. If we're going to break something, break it when it's quiet. | Sunday night's our quietest. Half the volume of a weekday night.
P: So cut over on the Sunday night, the 15th, and nights are first on the new system?
F: That's what I'm thinking. Then days come in Monday and it's already running.
C: From a system point of view that works. I'd rather be on site for it, obviously.
G: Sorry, sorry, I'm here. What did I miss?
P: Hi Graham. We're talking cutover. Fergus is suggesting we cut over on Sunday night the 15th, night shift goes first.
G: Love it. Love it. Quietest night, makes total sense.
P: Kwame's not on yet. Fergus, are you happy to speak for nights?
F: I'll tell him. He'll be fine.
P: Okay, decided then. Cutover Sunday night the 15th, night shift first on the new system.
P: Graham, while I've got you. Did the note to Maureen at Brightmarket go?
G: Ah. That. It's, um, it's drafted. It'll go today, honestly.
C: Anything that gets us up their queue, honestly.
G: Today. Promise. | Sorry, can I ask, where are we with the go-live comms to the stores? The Brightmarket stores, I mean.
P: That's after certification, Graham. We'll get there.
G: Right, right. Of course. | And, honestly, if it comes to it, we could always just get Brightmarket's chief exec on the phone. I'm sure he'd love that.
F: I'm sure he would.
P: Callum, what are you on this week?
C: Goods-in. So receiving against the purchase order, the pallet label, putaway suggestion. | I'll have the goods-in flow configured on the test server by next Thursday. Assuming I'm on the test server by then.
E: You will be. Tomorrow.
P: Labels. Fergus, I know you were worried about the Brightmarket labels.
F: Yeah, the SSCC labels on the pallets. If Brightmarket reject pallets at their DC because the barcode won't scan, that's, | that's a chargeback. Every pallet.
L: I can help there. We've got a barcode verifier, it grades the print quality. | I'll bring it with me when I'm on site on the 27th, with the scanners, and we can grade the labels off your printers.
F: That would be useful actually.
P: Great. User accounts. Euan, who's doing the logins for the pickers?
E: Libby'll do the accounts. Libby, yeah?
Z: Yeah, but I need a list. Names, shift, and what they do. Picker, reach truck, goods-in.
P: Fergus, can you send Libby the list?
F: Monday.
Z: Monday's fine.
E: If you want, I could probably stand up a second box for training, so people aren't practising on the test data. | I'd need to find a licence, though.
C: We can talk about licences offline. It's probably fine.
G: Okay, I have to jump, I've got the, it's the quarterly with the haulier. You're all doing brilliantly.
P: Thanks Graham.
K: Hi, hi, Kwame. Sorry. Am I late again?
F: You're always late, it's fine, you work nights.
K: I sent the rota, by the way. Saturday. Fergus has it.
F: I do.
P: Thanks Kwame. Kwame, we decided just now that the cutover's Sunday night the 15th and the night shift go first. | Fergus said he'd brief you.
K: Right. Okay. We'll, um, we'll talk about that.
F: We will.
P: Sounds ominous. Anything else from anyone?
C: Just, the demo scanner. It's great but the battery icon on it lies. Just so you know.
L: I'll pass that on.
P: Okay, thanks all. Same time next week.
"""

CALLS[3] = """
P: Morning. Graham sends his apologies, he's at the Brightmarket supplier conference in Leeds.
C: Oh, the irony.
P: I know. He might even bump into Maureen.
F: Or he might bump into the free bar.
P: Fergus. Okay. Let's start with Callum, since you've got a few.
C: Yep. So, good news, I'm in. VPN's working now, thanks Euan.
E: Sorry it took a while.
C: No worries. Libby's item master came through Friday as well, so I've loaded all the SKUs. | Two thousand four hundred and something.
Z: Two thousand four hundred and twelve. Some of those are, um, discontinued.
C: I noticed. I've put them in a separate status so they don't show for picking.
P: Great. And goods-in?
C: Goods-in is done on the test server. Receive against the PO, print the pallet label, putaway suggestion. | Kwame's lot can try it when the scanners come.
P: And the EDI side?
C: So that's moving, finally. Brightmarket gave us the test endpoint on Tuesday, and the credentials. | Their analyst's called Dev, he seems nice. Slightly terrifying, but nice.
P: So we're unblocked there?
C: We're unblocked. I can start sending test messages. | I'll send Brightmarket's analyst the first test ASN by the end of next week. The 30th.
P: Brilliant. Fergus, the locations?
F: Um. So. Chamber one's done, chamber two's done. Chamber three's the awkward one, because half the labels on the racking are missing. | We're relabelling as we go. So realistically, that's the middle of next week now.
P: So, Wednesday the 28th?
F: Let's say Wednesday.
P: Okay. Callum, does that hurt you?
C: Not yet. I can load one and two now.
P: Libby, user accounts?
Z: I've got Fergus's list, it came Monday. I've started the accounts. I'll have them all created by the 28th.
P: Great. Lorna, shipment?
L: So, they've left the distributor. I'm told Monday, the 26th, like I said.
F: I'll believe the scanners when I see them.
L: That's fair.
C: And in the meantime, we're still sat on one scanner, so I still can't do anything multi-user. Same as last week.
P: Okay. Monday. Fingers crossed.
P: Now, I wanted to talk about temperatures, because Fergus raised it with me offline.
F: Yeah. So, we've had, um, two audits this year where the auditor asked to see goods-in temperature records | and we had to dig through paper. I want the temperature reading on the scanner. | And I want it so you can't put the pallet away without one.
C: So a hard stop. The pallet can't be put away until there's a temperature reading against it.
F: Yes.
P: What does that do to goods-in time?
C: Ten, fifteen seconds a pallet. They probe it anyway, it's just typing it in.
F: They probe it anyway. It's just at the moment it goes on a clipboard that ends up in a puddle.
E: Do the probes talk to anything? Bluetooth?
F: They're about four quid each, Euan. They don't talk to anything.
E: Fair enough.
P: Okay, so are we agreed? Temperature capture at goods-in is mandatory, no putaway without a reading.
F: Agreed.
C: Agreed, and it's easy.
P: Great, that's decided. Callum, when can you have it in?
C: I'll build the temperature step into goods-in by next Thursday.
P: Euan, something from the RAID log. The WMS database backup.
E: Yeah. It's on the list. I'll get the backup job set up by the 30th, the nightly one.
P: Thanks. Lorna, the verifier's still coming with you on the 27th?
L: Yes, I'll bring it with the scanners.
K: Evening all. Or morning. I'm here.
P: Hi Kwame. You're actually early-ish.
K: Couldn't sleep. So, I've been playing with Callum's demo scanner. Fergus lent it me on Monday night.
C: Did he. Okay.
K: It's good. It's quick. But, um, it drops the connection at the back of chamber three. Every time. | You walk past bay twenty-two and it just goes.
C: Oh brilliant, another chamber three surprise.
E: That's the wireless. There's no access point past about bay twenty. We've always had a dead spot there, | the old scanners just, um, they just cached it.
C: Ours won't cache. It needs the connection to confirm the pick.
P: So what do we need?
E: Another access point, probably two. Corran Networks do our wireless. I'll get Corran booked in for a survey next week.
P: By the 30th?
E: Should be, yeah.
P: Okay. So that's a real blocker for chamber three. Picking in chamber three doesn't work until Corran sort the coverage.
K: Also, and I'm just saying this now, I'm not happy about the Sunday night thing.
F: Kwame.
K: No, I'll say it properly next week, when Graham's here. I just want it on the record.
P: Noted. We'll put it on the agenda for next week.
K: Thanks. And if it helps, I can get a couple of my lads to have a go on nights when the scanners come.
P: That would be really useful, let's see when they land.
P: Anything else? Euan, Libby?
Z: Just, the discontinued SKUs. Should I take them out of the extract next time?
C: Leave them, I've handled it.
P: Okay. Recap. Callum, first test ASN to Brightmarket by the 30th, temperature step by next Thursday. | Fergus, chamber three locations Wednesday. Libby, accounts by the 28th. Euan, backup job by the 30th, and Corran booked for the survey. | Lorna, scanners Monday, verifier with you.
L: Yep.
P: Thanks all.
F: Cheers.
"""

CALLS[4] = """
P: Hi everyone. Graham said he'd pop in at the start, he's got the Brightmarket quarterly at half past. Let's go quickly.
G: I'm here! I'm here. Morning. I've got ten minutes.
P: Great, then let me do the big thing first while you're here. Callum?
C: Yeah. So. The scanners landed on Tuesday, not Monday, and, um, with chamber three's Wi-Fi and the EDI still in testing, | I don't think the 16th gives us a proper week of testing with the real devices. I don't think it's safe.
G: Oh no. How not safe?
C: Like, we'd be testing on the Friday and going live on the Sunday. Not safe.
P: What I'd propose is we move go-live two weeks, to Monday the 30th. | That gives us a full week of testing with all forty scanners and time for Corran.
G: Two weeks. The board has the 16th.
P: I know. I'll do you a one-pager for the board explaining it.
G: Hmm. Okay. Fergus?
F: I'd rather the 30th and it works than the 16th and it doesn't. And, well, I've got another thing to say about the cutover.
P: Go on.
F: I talked to Kwame. Properly. And he's right. If nights go first, there's no IT on site, there's no Callum, there's nobody. | Euan and Libby work days. If it falls over at three in the morning, it's Kwame and a phone.
E: It is literally just the two of us. We can't do nights as well.
F: So I think days should go first. Monday morning, everyone's on site, and nights pick it up Monday night once it's bedded in.
P: So that reverses what we said about the Sunday night. We still cut over on the Sunday, but the day shift goes live first on Monday morning, | and nights follow that night.
C: Honestly, I prefer that. I'd be on site Monday from six.
G: Whatever Fergus thinks. Fine, yes. Days first.
P: Okay, so two decisions. Go-live moves from the 16th to Monday the 30th of November. And the day shift goes first, not nights. | Graham, you're happy with both?
G: Yes, yes, both. Priya, I need that one-pager though. For the board.
P: I'll send you the one-pager by Monday.
G: Lovely. And sorry, one more thing, Fergus, the overtime.
F: Yes. So I can't book the night-shift training until you okay the overtime. | It's two sessions, three hours each, about thirty people.
G: Yes, yes, I'll sign it. By Monday.
F: By Monday. I'm writing that down.
G: Write it down. Okay, I'm so sorry, I've got to go. Brilliant work, everyone. | Oh, and, uh, can't we just get some temps in to cover nights that week? Then nobody needs training. Anyway. Think about it. Bye!
+F: No.
C: He's gone.
P: Okay. I'll reissue the plan with the 30th and the day shift going first, by tomorrow.
P: Right, run through. Lorna, scanners.
L: So, all forty arrived Tuesday. Well, thirty-nine and one with a cracked screen. Sorry about that. | I'll get the cracked one swapped, you'll have a replacement by Monday.
F: The other thirty-nine are lovely, to be fair.
L: And I might be able to get you a spare from the loan pool in the meantime. I can't promise.
P: And the verifier?
F: Oh, we don't need that now actually. Brightmarket told Callum their DC doesn't grade the labels, they just scan them. | So, forget that one.
L: Fair enough, one less thing to carry.
P: Okay. Callum, now you've got the devices, multi-user testing?
C: Started yesterday. Six devices at once in chamber one, it's fine. Chamber three, still the dead spot at the back. | Nothing's changed there.
P: Euan, Corran?
E: So, Corran. They can't come until the 3rd. That's the earliest they've got.
P: Tuesday the 3rd.
E: Tuesday. Then they'll know what kit they need.
C: Until then chamber three picking just doesn't work past bay twenty. We're working round it.
P: Okay. Fergus, locations?
C: Got them, actually. Fergus's lot sent chamber three on Wednesday. All loaded.
F: Every bay. Even the ones with no labels. We labelled them.
P: Brilliant. Libby, accounts?
E: Libby did them Tuesday, all of them. She's off today, she's at the dentist.
P: Okay, thank her for me. Callum, the temperature step?
C: Done. It's in goods-in. You can't put away without it. | Kwame tried it on Monday night, he tried to break it. He couldn't.
P: Nice. And the test ASN?
C: First test ASN went to Dev at Brightmarket on Monday. No response yet. They said five working days.
P: Okay. What else this week, Callum?
C: The quick reference cards, for the scanners. One per process. | I'll have the quick reference cards done by the 6th.
P: Thursday the 6th. Great.
K: Hello, sorry. Kwame. Have I missed the cutover bit?
F: You won. Days go first.
K: Oh. Oh, good. Thank you. Honestly, thank you.
P: It was the right call, Kwame. And the go-live is the 30th now.
K: The 30th. Okay. That's better for me anyway, the 16th was my week off.
F: You didn't mention that.
K: I was going to.
P: Kwame, one thing. For the night training, I'd love two night-shift champions, people the others go to. | Can you pick two and send me their names?
K: Yeah. I'll send you the names by Monday.
P: Perfect.
K: And the temp thing. It's good. The lads like it. Well. They don't hate it.
C: I'll take it.
P: Anything else? Fergus?
F: Just, the overtime. If Graham doesn't sign by Monday, training slips, and then everything slips.
P: I'll keep an eye on it.
P: Okay. Recap. Me, the plan tomorrow and Graham's one-pager Monday. Lorna, replacement scanner Monday. | Graham, overtime Monday. Euan, Corran on the 3rd. Callum, quick reference cards by the 6th. Kwame, champions by Monday.
L: Yep.
E: Yep.
P: Thanks all.
"""

CALLS[5] = """
P: Morning all. No Graham today, I haven't heard from him. Has anyone?
F: He was in the Brightmarket meeting all morning yesterday. I'd not hold your breath.
P: Okay. Let's go. Fergus, the overtime, did that happen?
F: Yeah, Graham signed the overtime off on Monday, so training's booked. Two sessions, the 19th and the 24th, nights.
P: Brilliant. That was the one I was worried about.
F: Me too. I sent him three emails and in the end I stood by his desk.
P: Whatever works. Euan, Corran?
E: Corran came Tuesday, did the survey. So, um, they want two access points at the back of chamber three. | They need to order them, they're saying two weeks, maybe a bit more.
F: Oh good, another two weeks. My favourite unit of time.
C: Two weeks takes us to about the 19th. So the back of three is still a no-go for the scanners until then.
P: And go-live's the 30th. That's tight.
E: It's tight but it's not impossible. If they install on the 19th, you get a week.
C: And if not, chamber three runs on paper past bay twenty for a week. It's not the end of the world.
F: It's a little bit the end of the world.
P: Okay, let's keep that one very visible. Lorna, the replacement scanner?
L: Um, so, that's, the manufacturer's sent it to the wrong depot, it's the cradle people again, don't ask. | I'll have the replacement to you by Wednesday, the 11th, I promise.
F: We've got thirty-nine, we'll live.
L: Thank you. And, um, the loan pool's empty, before anyone asks.
P: Callum. EDI.
C: Right. So. Dev's team came back on the first test ASN. It failed. | The pallet SSCC segment, we were sending the label in the wrong position. My fault. I've fixed it.
P: And when does it go back?
C: I'll resubmit the corrected ASN to Brightmarket tomorrow. Then it's their five working days again.
P: So certification realistically is the middle of the month at best.
C: If the second one passes. Which it will. Probably.
F: And if not, we key them in, like we said.
P: Like we said. That still stands. Callum, the reference cards, still on for tomorrow?
C: So the cards are going to be Monday now. I want Kwame's lot to look at them first, they know what actually happens on nights.
P: Monday the 9th. That's fine.
P: I sent the revised plan round last Friday, with the 30th and days first, so that's the baseline now. | Any comments on it?
E: Looked fine.
F: Fine by me.
Z: Fine.
P: Okay. Now, the stock count. Fergus?
F: Yeah. So, if we cut over with the stock figures from the old system, we're going to inherit every mistake it's ever made. | I want a full count before cutover. Wall to wall.
C: From a system side I'd love that. Clean opening stock.
P: When?
F: Saturday the 28th. We're shut Saturday afternoon anyway, Brightmarket don't take Sunday deliveries.
E: Does that give Callum time to load it?
C: Saturday night load, Sunday check, Monday live. It's fine. I've done it tighter.
P: Okay. Agreed then? Full stock count on Saturday the 28th before cutover.
F: Agreed.
C: Agreed.
E: Fine by us.
P: Decided. Fergus, who does the count?
F: Agency. I'll book the count team with the agency, I'll tell them by Friday.
P: Tomorrow, Friday the 6th. Great.
Z: Sorry, can I ask one thing? For the count, do you want the scanners in count mode or are you doing it on paper?
C: Scanners. That's half the point.
Z: Then I'll need the agency people in as users. Temporary accounts.
F: I'll send you names when I've got them.
Z: Okay. I'll do them when I get the names.
P: Kwame's not on yet. Fergus, did the night-shift champions come through?
F: Kwame's still mulling it over, I think. He's got two in mind, he just hasn't said.
P: Okay. I'll ask him when he joins.
P: Euan, anything on the backup? It's still on the RAID log.
E: Oh, the, um. Can we come back to that? I'm waiting on Corran to ring me back about the access points, it's all a bit Corran today.
P: Sure.
C: Priya, can I raise training? The two night sessions. | I can probably do the first one in person, the second might have to be on Teams. Depends on the ASN.
F: In person, please. They won't listen to a laptop.
C: Understood. I'll see what I can do.
L: Can I drop off? I've got another call at half past.
P: Of course. Thanks Lorna.
L: Bye all. Wednesday, the replacement, I promise.
K: Hi all. Kwame, sorry. I'm on the bus, so it might be loud.
P: Hi Kwame. We've agreed a full stock count Saturday the 28th before cutover.
K: The 28th. Okay, that's a day shift thing, yeah? Not my lot?
F: Days and agency. Your lot do the Sunday night re-check.
K: Fine. And Callum, the cards, I've had a look, the reach truck one's wrong, the putaway bit.
+C: Send me a photo, I'll fix it.
K: I'll send it when I'm off the bus.
C: Cheers.
K: And the temp step, one of the lads found a way round it. If you scan the pallet twice it skips the probe.
C: Oh, that's, no. That's not meant to happen. Okay, that's a bug. I'll have that fixed before the training on the 19th.
P: Good catch, Kwame.
K: He was very proud of himself.
P: Okay. I think that's us. Recap. Fergus, agency booked by tomorrow. Callum, corrected ASN tomorrow, cards Monday, | and the temp bug before the 19th. Lorna, replacement by the 11th. Euan, Corran's install date.
E: Will do.
P: Thanks everyone. Same time next week.
F: Cheers, Priya.
"""


def ts(t):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    return f"{int(h):02d}:{int(m):02d}:{s:06.3f}"


def turns(n):
    """(full name, cue parts, joins previous cue) per turn."""
    out = []
    for line in CALLS[n].strip().splitlines():
        code, text = line.split(": ", 1)
        joined = code.startswith("+")
        out.append((NAMES[code.lstrip("+")], [p.strip() for p in text.split(" | ")], joined))
    return out


def render(n):
    """Teams WebVTT: a GUID-style cue id per cue ("<guid>/<k>-<i>") and the speaker as a <v Name> voice span."""
    rnd = random.Random(3000 + n)
    t = 1.0 + rnd.random() * 3
    lines = ["WEBVTT", ""]
    k = 0
    for name, parts, joined in turns(n):
        if joined:  # an interruption in the same cue: a second voice span under the previous cue's text
            lines.insert(len(lines) - 1, f"<v {name}>{parts[0]}</v>")
            continue
        gid = uuid.UUID(int=rnd.getrandbits(128))
        for i, part in enumerate(parts):
            k += 1
            dur = max(0.9, len(part.split()) / 2.6 + rnd.uniform(-0.3, 0.6))
            lines += [f"{gid}/{k}-{i}", f"{ts(t)} --> {ts(t + dur)}", f"<v {name}>{part}</v>", ""]
            t += dur + (0.02 if i < len(parts) - 1 else rnd.uniform(0.3, 1.6))
    return "\n".join(lines)


def merged_text(n):
    """Turn texts with the cue parts joined by single spaces (what a quote is checked against)."""
    return [(name, " ".join(parts)) for name, parts, _ in turns(n)]


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.vtt").write_text(render(n))
        print(f"call-{n}.vtt: {len(turns(n))} turns, {sum(len(p) for _, p, _ in turns(n))} cues")
