#!/usr/bin/env python3
"""Generate the Quarrington audit calls (calls/call-1.txt .. call-6.txt) from the turn lists below.

Output is a plain-text transcript with one turn per line in the bracketed-timestamp layout of docs/FORMATS.md:
"[HH:MM:SS] Full Name: text". Start times come from a speaking rate of about 2.5 words a second plus a short pause
between turns. A turn written with a leading "~" is someone cutting in: it starts before the previous speaker would
have finished. Every turn lasts 2-40 s (to the next turn's start) and start times strictly increase. A fixed seed per
call makes the output reproducible. Standard library only.

Usage: python3 make_calls.py          (writes calls/call-1.txt .. call-6.txt next to this script)
"""
import random
from pathlib import Path

NAMES = {
    "NC": "Niamh Doherty",
    "OB": "Oskar Berglund",
    "PQ": "Philip Quarrington",
    "JL": "Jackie Lovell",
    "SA": "Shane Ashworth",
    "MN": "Marcin Nowacki",
    "AB": "Anthony Birtles",
    "MM": "Morag McCrae",
    "HI": "Hamza Iqbal",
    "EB": "Eoin Brady",
}

CALLS = {}

# ---------------------------------------------------------------- call 1, Thu 2026-09-24
CALLS[1] = """
NC: Morning all. Can you hear me okay? I've got a new headset and I'm not convinced by it.
JL: Yeah, loud and clear, Niamh. We're in the training room at Mill Lane, it's me, Shane, Hamza and Morag round the one laptop.
SA: Morning.
NC: Morning Shane. And Philip, I can see you've dialled in, thank you.
PQ: I have. I've got about twenty minutes and then I'm driving over to Northfield, so if you need me for anything, need me early.
NC: Understood. Ant, are you there? I think you're on mute.
AB: Sorry, yes, I'm here. I'm in the server cupboard, which is the only place in the building with a decent signal at the minute, funnily enough.
NC: Okay. So, first of the weekly calls. Quick recap. Stackyard goes in at Mill Lane first: handhelds for putaway, picking and dispatch, the pallet labels, the link into Merlin for the sales orders, and the advance shipping notices out to Harrow and Finch and Bramleys through TradeLink. Target go-live is Monday the ninth of November.
PQ: Can I just, before we go on, ask the obvious question. Why aren't we doing Northfield at the same time? Same kit, same software. Do both sites the one weekend and be done with it.
JL: Because Northfield's still on paper tickets and half of them haven't got a login for anything, Philip. I'd rather get one site right.
~NC: And honestly, from our side, Oskar's one person. Two cutovers in one weekend, with the ASNs going live as well, that's a lot of eggs in one basket.
PQ: Hmm. I don't love running two ways of working for three months.
MM: Nor do I, from a traceability point of view. But I'd rather that than a recall we can't trace because the system's only half in.
PQ: Oh, yes, I'll just ring Harrow and Finch and tell them to wait for their pallets while we sort ourselves out, shall I. No. Fine. You're right. Mill Lane first, Northfield in the new year. Niamh, write that down before I change my mind.
NC: Written down. Mill Lane first, on the ninth, and Northfield as phase two in the new year.
PQ: And if Northfield wants in sooner, I'd happily fund another set of scanners. But not this financial year.
NC: Noted. Philip, while I've got you, the Harrow and Finch onboarding form. Their EDI team won't give us anything until it's signed by somebody at director level.
PQ: Is that the thing Hamza forwarded me? The twelve pages?
HI: That's the one. Page nine's the signature. Page ten as well, actually, there's two.
PQ: Right. I'll get that signed and back to them tomorrow. I'll do it from Northfield, they've got a scanner there.
NC: Brilliant, thank you.
PQ: Okay, I'm going to have to go, I'm sorry. Jackie, you've got the keys. Bye all.
JL: Bye Philip. Drive safe.
NC: Bye. Right. Oskar, do you want to do the technical bits?
OB: Yeah. So, first thing I need is access. To build the sales order link I need to get onto the Merlin test server from our office, which means a VPN account. Ant, is that you?
AB: That's me, yeah. Leave it with me. I'll set you up on the VPN with your own account, not a shared one. You'll have a login by Tuesday. I won't get anywhere near the Northfield network before Christmas, mind, so don't anybody ask.
NC: Nobody's asking, Ant. Hamza, the orders side. Where are we with Corbel?
HI: Um. So. Corbel are the people who support Merlin for us, and the order API we need is an add-on. We've paid for it. They just haven't switched it on.
OB: And until they do I can't pull a single sales order out of Merlin. I can build the screens, I can do the mapping on paper, but I can't test anything end to end.
HI: I've got a ticket open with them. It's been open since August.
NC: Okay, I'm putting that down as a blocker on Corbel. Hamza, while you're on, the product file.
OB: So what I need is every SKU, the case size, cases per layer, layers per pallet, and the GTINs, both the case and the outer. Basically your product master.
HI: So I can get most of that out of Merlin, but the pallet configs are in a spreadsheet on Jackie's desktop, and I think some of those are wrong, so I'll need to go through them with her. I'll need a week really. Say next Friday.
NC: Friday the second?
HI: Friday the second, yeah.
JL: My spreadsheet's not wrong, Hamza.
HI: Some of it's from 2019, Jackie.
JL: ...Some of it might be wrong.
OB: Ha. Okay. And the labels. I'll mock up the pallet label templates, the SSCC one that both supermarkets want, and a case label for the Bramleys mixed pallets. Give me till Wednesday week.
NC: So Wednesday the seventh.
OB: The seventh, yeah. I'll send the proofs to Jackie and Morag.
MM: Can I see them before anybody prints a thousand of them, please.
OB: Yes. That's why I said proofs.
NC: And the hardware, Oskar, where's that at?
OB: So the order's with Datapoint, they're our hardware partner. Four label printers and thirty handhelds. Datapoint have told me the whole lot will be with you by Friday the second.
SA: Thirty? We've got forty on days alone at Christmas.
JL: Not all at once, Shane. They'll share.
SA: They share now, with the clipboards, and there's never a clipboard.
NC: Ha. Let's see how they get used and revisit the numbers. Morag, shelf life.
MM: Yes. So both customers have a minimum life on delivery, and it's different for each of them, and it's different by product group. Harrow and Finch want, it's roughly seventy percent of life left. Bramleys are fussier on the soups. I've got both their codes of practice here. I'll pull the numbers out into one table for Oskar. It's a busy week, I've got the BRC pre-audit on Monday, so, um. Wednesday. You'll have it Wednesday.
OB: Wednesday's great.
NC: Then the racking. Oskar, you need every location labelled, don't you?
OB: Every pick face and every bulk location, yes, with a barcode. We print them, but somebody has to physically go up and stick them on.
JL: Shane, your lot could do the location labels on the racking over a weekend, couldn't they? When it's quiet?
SA: Yeah, we can do that. Give us till the Monday after next though. There's four hundred and odd locations and half of them want the cherry picker. We used to do a full count every Sunday morning when we had the old Kardex, so the lads know that racking like the back of their hand.
NC: Monday the fifth, then.
SA: Yeah, that's fine.
NC: Okay. One more from me. Oskar, you mentioned the temperature thing.
OB: Yeah. So, the chiller probes. You've got Coldwatch on all the chilled stores. What I'd like to do is read the Coldwatch temperatures into the putaway screen, so if a chamber's out of range the handheld won't let you put a pallet away in it. I'll get the Coldwatch feed into the putaway screen by Friday the thirtieth of October.
MM: Ooh. I'd need to think about that. Coldwatch is my HACCP record.
OB: It wouldn't replace it. It'd only ever read from it.
MM: Mm. Let's talk about it properly another day.
NC: Okay. Anything else from anyone? No? Great. Thank you all, same time next week.
JL: Thanks Niamh.
"""

# ---------------------------------------------------------------- call 2, Thu 2026-10-01
CALLS[2] = """
NC: Morning, morning. Give it a second, people are still joining.
JL: Morning. It's just me and Shane in the room today, Morag's coming from the line.
NC: Okay. Philip's sent his apologies, he's at the Harrow and Finch supplier conference all week.
JL: Lucky him. Free lunch.
NC: And we've got Eoin from TradeLink with us for the first time. Eoin, welcome.
EB: Thanks, hi all. Eoin, I look after Quarrington on the support side at TradeLink.
NC: And Marcin, you're on as well, thank you, I know this is the middle of your night.
MN: It's fine. It's like, um, my evening. I had coffee.
NC: Ha. Okay, actions from last week. Ant, the VPN.
OB: Oh, I can answer that one. Ant's login came through Tuesday morning and it worked first time. I've been on the Merlin test box all week. Thanks Ant.
NC: Morag, the shelf life table.
MM: Yes, I sent that over Tuesday night. It's not pretty but the numbers are right. There's a tab per customer.
NC: And the Harrow and Finch form. I know Philip's away.
JL: That went. He signed it on the Friday morning before he set off, I watched Hamza scan it.
NC: Brilliant. Hamza, the product file, you're due tomorrow.
HI: Yeah, that's... that's going to be Monday now, sorry. We're about three quarters through, and then Jackie and I found the pallet heights on all the lasagnes are wrong.
NC: Monday the fifth. Fine. Hardware.
AB: So the printers came Tuesday. All four. They're in my office in boxes. The handhelds, we've had twelve of the thirty.
OB: Yeah, I chased Datapoint yesterday. The other eighteen are on back order, they're saying next Wednesday now.
NC: Wednesday the seventh.
MN: Once all the handhelds are here I could do a trial count on nights, in the chiller. It goes quiet after three.
NC: That'd be really useful, let's come back to that when they've landed.
SA: I'm not doing another stock count on paper, I'll tell you that for nothing.
NC: Shane, how's the racking going?
SA: We're getting there. We did Saturday and Sunday. Two hundred and twenty out of four hundred and ten. The chiller ones are the worst, your fingers go numb after about ten minutes.
NC: Still on for Monday?
SA: Should be. Should be.
NC: Okay. Eoin, do you want to take us through the Harrow and Finch side?
EB: Yeah, sure. So, um. The ASN, the advance shipping notice, for Harrow and Finch it's a DESADV over their own network, and we sit in the middle, so your WMS sends us a file, we translate it and pass it on. I need to build the map for them. Normally we'd ask for six weeks for a new map, but I've had a look at your sample and it's not far off what we do for a couple of other chilled suppliers.
NC: So what can you commit to?
EB: We'll have the Harrow and Finch map built and on our test system by Wednesday the fourteenth.
OB: That's good. That's earlier than I thought.
EB: The catch is the other end. We can't test anything until Harrow and Finch give us a test trading partner ID, and that comes from their onboarding team, and they're, um. They take their time.
HI: They've had the signed form since Friday.
EB: I know, and I'll chase, but it's in their queue. Until we get that ID there's no test mailbox to send to, so the whole ASN test is sat waiting on them.
NC: Okay, I'll log that as a blocker on Harrow and Finch. Hamza, has anybody told Bramleys we're changing?
HI: Not yet. Someone should really give Bramleys a heads up, to be honest. Their EDI people are a nightmare if you spring things on them.
NC: Mm. Let's park that one for Philip. Ant, I wanted to ask you something. When we walked round last week the demo handheld lost the Wi-Fi at the back of the chiller.
AB: Yeah, I heard.
NC: Could you check the coverage in there properly before the rest of the kit turns up?
AB: Yep, can do. I'll walk it with a laptop and the survey app on Monday morning, before the first deliveries come in.
NC: Great. Morag, next one's yours. Oskar tells me the despatch procedure has to change.
MM: It does. At the moment the dispatch check is a paper sheet, probe a case, write down the temperature, sign it. With the scanners, well. Honestly, I need to rewrite it. The despatch SOP. I'll have a draft to Jackie by Friday the sixteenth.
NC: Jackie, one for you. Oskar needs names for the user accounts.
OB: Everybody who'll hold a handheld, both shifts, and the office. First name, surname, which shift. That's all.
JL: I'll get you the names for both shifts by Monday. The agency ones I can't do, they change every week.
OB: That's fine, we'll do the agency as pool logins.
NC: Hamza, Corbel. Any news?
HI: Yes, actually, some. I got somebody on the phone on Tuesday, a real human being. Corbel have said we'll have the API switched on in test by the ninth.
OB: I'll believe it when I see it.
HI: Their words, not mine. I made him say it twice.
NC: The ninth of October. Okay. Now, labels. Where do we print the pallet label? Oskar, you've got a view.
OB: So, two options. Either you print the SSCC label at the end of the packing line, at the wrapper, when the pallet's built, or you print it in dispatch when you load. My advice is at the wrapper. The pallet's labelled from birth, you scan it into the chiller, and you always know where it is.
JL: At the wrapper means a printer in production. That's Morag's area.
MM: I'm fine with it as long as it's in the food-safe enclosure. No bare kit on the line.
SA: And it saves my lads writing on the pallets in marker pen, which, honestly, nobody can read.
JL: Go on then. At the wrapper.
NC: So that's decided: the SSCC pallet label gets printed at the wrapper at the end of the packing line, not in dispatch.
MN: On nights the wrapper's shut after ten, though.
OB: Then nights use the spare printer in dispatch for the odd one, that's easy.
NC: Okay. I think that's us. Thanks Eoin for joining, that was really helpful.
EB: No bother. I'll dial in again when I've got something to show you.
NC: Bye everyone.
"""

# ---------------------------------------------------------------- call 3, Thu 2026-10-08
CALLS[3] = """
NC: Hi all. Hang on, I've got an echo. Is somebody on twice?
AB: That's me, sorry, laptop and phone. Hang on. Better?
NC: Better. Has anyone heard from Philip? He hasn't declined.
JL: Not a word. He was in the building this morning, I saw his car.
NC: Okay, we'll crack on and he can catch up. Actions. Hamza, the product file.
OB: I can take that one. Hamza's product file came in on Monday, all two hundred and fourteen lines, and it's loaded into test. The pallet heights look sane now.
HI: Jackie and I did them on Sunday. With biscuits.
NC: Lovely. The handhelds?
AB: All thirty are in now. They're charging in the cage, twelve in the old rack and eighteen in the new one.
NC: Great. And Oskar, the label templates?
SA: I can tell you that. The pallet labels are printing fine off the new printers. We had a stack of them out on the test bay yesterday and the Harrow and Finch checker app read every one first time.
MM: I checked the date format on them as well. Day, month, year, the way both customers want it. Happy.
OB: So we'll go with those.
NC: Perfect. Ant, the Wi-Fi walk.
AB: Yeah, so, I walked the chiller Monday with the laptop. Two dead spots. The back corner behind the ready meal racks and the bit by the blast chiller door. You lose it completely for about ten metres.
OB: That's where the demo handheld dropped.
AB: So I've rung Pennine Networks, who do our cabling. They need to put two more access points in, on the ceiling, which in a chiller means the proper sealed ones. Pennine have said they can fit them on Tuesday the twentieth.
NC: The twentieth. And until then?
OB: Until then the scanners just won't work in those two bits, which is about sixty pallet locations. I can't test putaway in there, not properly, till Pennine have been.
NC: Okay. Blocker, waiting on Pennine. Shane, the racking labels?
SA: Three hundred and eighty out of four hundred and ten. The last thirty are the top beams in the chiller and the cherry picker's been off for its service.
NC: So when's it back?
SA: Monday, they reckon. So the labels, Tuesday. Definitely Tuesday.
NC: Tuesday the thirteenth. Jackie, the user list?
OB: Got that, thank you Jackie. Fifty-three people, all set up. I've printed everybody's login cards.
JL: Fifty-three, and about four of them have left since, but.
NC: Ha. Hamza, Corbel?
HI: Ah. So. Corbel are now saying the sixteenth. The chap I spoke to has gone on holiday and the woman covering for him says it needs a change request.
~OB: Of course it does.
HI: So the sixteenth. Friday next week.
NC: And that's still holding up the sales orders. Okay. Eoin's not with us today, but Hamza, anything from Harrow and Finch?
HI: Yes! Good news for once. Harrow and Finch sent the test trading partner ID on Tuesday. I forwarded it to Eoin and he says he's got a test mailbox to send to now.
NC: Oh, brilliant. So that one's off the list. Morag, the SOP. You said the sixteenth.
MM: Yes, so, actually, I'm going to bring that forward. The BRC auditor's in on the fifteenth and I want it written before he's on site, because he will ask. So Tuesday. Jackie, you'll have it Tuesday.
JL: Fine by me.
NC: Tuesday the thirteenth, then. Okay, the FEFO question. Oskar?
OB: Yes. So. First expiry, first out. The system knows the use-by on every pallet now, from the label. The question is what happens when somebody scans a pallet that isn't the oldest one. Either the handheld stops them, or it just warns them.
SA: Warn them. Honestly. If it stops them in the middle of a wave they'll be stood there waiting for me to come over, and I've got twelve pickers.
MM: No. Sorry Shane, no. The short-dated pallet is exactly the one that gets rejected at Bramleys and sent back. A warning is a button people press without reading it.
JL: I'm with Morag. Hard stop. But a shift leader can override it with their own badge, for when the oldest one's blocked in.
SA: Fine. As long as I'm not walking to the back of the chiller every ten minutes.
NC: So, FEFO is a hard stop on the handheld, with a shift leader override. Not a warning. Oskar, how long?
OB: It's a bigger change than it sounds, the override needs its own audit trail for Morag. I'll have it in test for Tuesday week.
NC: Tuesday the twentieth.
OB: Yeah.
NC: Marcin, now the handhelds are here. You offered a trial count.
MN: Yeah. So we'll do the chiller on Tuesday night. Me and two of the lads. Full count, scan every pallet, then we compare it with Jackie's stock sheet.
JL: God help us.
MN: If I get through it by four I'll do the ambient as well, but no promises on that one.
NC: Brilliant. Then training. Shane, how do you want to do the days?
SA: Small groups on the test bay, four at a time, half an hour each. I'll do them myself. I'll get all the day lads through it by the twenty-third. That's twenty-two people.
NC: Friday the twenty-third. Okay.
OB: If you wanted, we could put a second printer in dispatch as a backup to the one at the wrapper.
JL: Let's see how the one at wrap does first.
NC: Okay. Hamza, Bramleys. Did anyone...?
HI: I've been through their portal. They want a different flavour of ASN to Harrow and Finch, naturally. I've downloaded their implementation guide. I'll send it to Eoin tomorrow so he can see what he's in for.
NC: Thanks Hamza. Anything else? No? Okay. Thanks everyone.
SA: Cheers Niamh.
"""

# ---------------------------------------------------------------- call 4, Thu 2026-10-15
CALLS[4] = """
NC: Morning everyone. Eoin's with us again. Hi Eoin.
EB: Morning, morning.
NC: Philip said he'd try and join, he's in with the bank till half past. So we'll go through actions and hopefully pick him up.
JL: He'll be in a mood after the bank.
NC: Noted. Shane, the racking.
OB: Can I jump in? I scanned every location on Tuesday afternoon. All four hundred and ten read. So I think that's a yes.
SA: Yeah, the cherry picker came back Monday and we finished the top beams first thing Tuesday. Two of the lads have got frostbite, allegedly.
NC: Ha. Thank them for me. Morag's SOP?
JL: I've got Morag's SOP. I've marked it up in red pen. It's fine. Mostly.
MM: Mostly.
NC: Marcin, how did the count go?
MN: So we did the chiller Tuesday night. One thousand one hundred and forty pallets. We came out eleven different from the stock sheet. Nine in the wrong location, and two don't exist.
JL: Two don't exist?
MN: On the sheet they exist. In the chiller, no.
JL: Brilliant. That's the lasagnes again, I bet you.
NC: We'll take that offline. Hamza, Corbel.
HI: And the big one. Corbel's key came through yesterday afternoon. Two days early, which I think is a first in the history of Corbel.
OB: And I've pulled real sales orders into test this morning. Forty-one orders, lines and all, straight out of Merlin. So we're talking.
NC: So the Corbel problem's gone. Lovely. Eoin, Harrow and Finch?
EB: Yeah, so the Harrow and Finch map's built. And Oskar and I pushed a test ASN through it yesterday into their test mailbox, and it was accepted. First go. Oh, and thanks Hamza for the Bramleys guide, I got it Friday.
HI: No worries.
EB: Which brings me to the less good news. Bramleys. I've read the guide, and it's a different beast. Their ASN wants the pallet contents at batch level, with the use-by on every line. And honestly my team's flat out on a retailer migration until the end of the month. Realistically we can't start on Bramleys until the twenty-sixth, and it's two weeks' work. So we'd be looking at the sixth of November for the Bramleys map.
NC: Which is three days before go-live.
OB: And I can't test a Bramleys ASN end to end until TradeLink have built it. So everything Bramleys is sat waiting on TradeLink.
EB: I know. I'm sorry. I've asked if I can get a contractor on it, but no promises.
NC: Okay, I'm logging it, blocked on TradeLink. Oskar, FEFO?
OB: Yeah. Tuesday's not going to happen, sorry. Not Tuesday, Thursday. With Corbel landing I want the order link finished while it's fresh in my head.
NC: Thursday the twenty-second.
OB: Yeah.
NC: Morag, the Coldwatch question. Did you have a think?
MM: I did. And I don't want it in phase one. If the feed falls over, the scanner either blocks everyone or lets everyone through, and either way I'm arguing with an auditor about which system is my record. The Coldwatch alarms go to my phone and the shift leader's phone now, and that works.
JL: Agree.
OB: Honestly, I'm a bit relieved. It was going to be tight.
PQ: Sorry, sorry. The bank. What have I missed?
NC: Hi Philip. Short version: Corbel's delivered, Harrow and Finch is working in test, Bramleys is late because TradeLink are stretched, and Morag doesn't want the Coldwatch temperatures on the handhelds for go-live.
PQ: If Morag doesn't want it, we don't do it. Coldwatch stays as it is. Take it out.
NC: So, decided: the Coldwatch feed into putaway is out of phase one, the probes stay on Coldwatch's own alarms. Oskar, I'm taking that item off you.
OB: Fine by me.
PQ: Bramleys. Who's their buyer now? Is it still Andrew Pell?
HI: It is, yeah.
PQ: Right. I'll ring Andrew myself this week and tell him what's happening, before his EDI people hear it from TradeLink. And I might pop over to Northfield and tell them about the January date myself, if I get a minute.
NC: Thank you, Philip.
PQ: And I have to go, I'm sorry, the bank want me back at eleven. Jackie, text me if anything's on fire.
JL: Will do.
SA: Um, before we move on, can I say something? So, the baby's decided to come early. Well. They're inducing Kayleigh on Monday. So I'm off from Monday, two weeks.
NC: Oh Shane, that's lovely. Good luck to you both.
MN: Congratulations, man.
SA: Cheers. Bit terrified.
NC: The day shift training, though. Marcin, could your lads take the day shift training off Shane while he's away?
MN: Yeah, go on, we'll cover it. I'll do them on the overlap at two o'clock, when the days are finishing.
SA: I've done eight already. So it's fourteen left. The list's on the board in the office, I'll tick who's done.
NC: Thanks both. Morag, anything else on the food safety side?
MM: Yes. The HACCP plan needs a new step for the scanner check at dispatch. I'll amend it and take it to the food safety team meeting on the twenty-seventh.
NC: Great. Jackie, agency.
JL: So. Peak. We'll need twelve agency pickers on nights from November, and they need training like everybody else. Aire Valley have said they'll send me the names by Monday.
NC: Monday the nineteenth.
OB: One more thing, label stock. The rolls that came with the printers are a starter pack. At the rate you'll be printing you'll be out in a fortnight.
JL: I'll get the label rolls reordered, the hundred by one-fifty ones, by the end of next week.
AB: And if Pennine can't make the twentieth I could string a temporary access point off the one in dispatch, I suppose.
OB: Let's hope it doesn't come to that.
NC: Okay. Thanks all. Shane, go and get some sleep while you still can.
SA: Ha. Cheers.
"""

# ---------------------------------------------------------------- call 5, Thu 2026-10-22
CALLS[5] = """
NC: Morning. Small crew today. Shane's off, obviously. Any news?
JL: Baby girl, Tuesday, seven pound two. Both fine. He sent a photo to the WhatsApp and then straight away asked if the racking was still labelled.
~NC: Ha!
MN: That is so Shane.
NC: Philip?
JL: He's at Northfield all day. He said go ahead without him.
NC: Okay. Ant, the access points.
AB: Went in Tuesday. I walked it again yesterday, full bars at the back of the chiller and by the blast chiller door.
OB: And I did putaway into the back corner this morning, twenty pallets, no drops.
NC: Brilliant, so the chiller's covered. Marcin, you first, then Oskar. FEFO?
MN: Oskar turned on the first-expiry thing this morning. One of my lads tried to pick a newer date on purpose, to test it, and it wouldn't let him. It made him come and get me with my badge.
OB: Yeah, it's been in test since about seven.
NC: Great. And the day shift training, Marcin?
MN: So, the days. I've done six, plus Shane's eight, so fourteen of the twenty-two. The other eight, two were on holiday, and the rest it's the overtime, they're gone at two sharp. I'll have the rest done by next Wednesday.
NC: Wednesday the twenty-eighth.
MN: Yeah.
NC: Jackie, Aire Valley?
JL: Still nothing from Aire Valley. I've rung them twice. They keep saying it'll be with me today.
MN: And I can't book the agency lads in for training until I know who they are. If they turn up on the ninth never having held a scanner, that's my nights gone.
NC: So that's a blocker on Aire Valley. Jackie, do you want me to ring them?
JL: No, honestly, don't. They'll only tell you the same thing they tell me.
NC: Ha. Okay. Label rolls?
JL: I've got a quote from Datapoint. I haven't placed it. It's on my desk.
NC: Okay. Morag, the HACCP plan?
MM: On track for Tuesday. It's on the agenda.
NC: Good. Now, the big one. Bramleys at go-live. Eoin's not on today, but he emailed me and the sixth is still his date.
HI: Well. Honestly, I'd say we run paper alongside for the first month. Both systems, belt and braces, until we trust it.
JL: No. Two systems is how you lose a pallet. We did that in 2017 with the old stock system and we spent a month reconciling.
MM: I agree with Jackie. Which one's the record? Both? Neither?
HI: Okay, okay. Then for Bramleys, we can key the ASNs by hand on their web portal. It's about six pallets a day. That's what we do now anyway.
JL: Fine. Do that until TradeLink's map is live.
NC: So, decided: from go-live Bramleys ASNs are keyed by hand on the Bramleys web portal until the TradeLink map is live. Harrow and Finch goes through TradeLink from day one.
OB: Works for me.
NC: Now, the go-live weekend. Somebody needs to own the order cut-off. What Merlin takes on the Friday, what waits till Monday.
HI: Me, I suppose. I'll write up the order cut-off plan for the go-live weekend.
NC: When can you have it?
HI: Um. Let me look. I've got month-end Monday and Tuesday. Wednesday. I'll have it Wednesday.
NC: Wednesday the twenty-eighth. Lovely. Oskar, rehearsal.
OB: So, we'll run the full cutover rehearsal on the test system on Tuesday night, the twenty-seventh, with Marcin's shift. Stock load, open orders, the lot.
MN: Yeah, that works. My lads'll be there. I'd offer to come in on the Sunday as well, but my wife would actually kill me.
NC: Ha. Tuesday's plenty. Anything else?
MN: Batteries. The handhelds do about nine hours on a charge and a shift is twelve. We had three die at half four this morning.
AB: Yeah, fair. I'll get spare batteries ordered, two per handheld. By Monday.
OB: Get them from Datapoint, the generic ones swell.
AB: Noted.
NC: Okay. Morag, anything?
MM: No, I'm good. The auditor was happy with the SOP, for the record.
NC: Oh, good. Thanks everyone.
JL: Bye all.
"""

# ---------------------------------------------------------------- call 6, Thu 2026-10-29
CALLS[6] = """
NC: Morning. Philip, hello, nice to have you.
PQ: I'm here, and I'm here for the whole thing for once. Phone's off.
JL: Mark the date.
NC: Ha. Eoin's on too. Hi Eoin.
EB: Hi all.
MN: Morning. Well, evening, for me.
NC: Ha. Has anybody heard how Shane's getting on?
JL: Sleeping about two hours a night and sending us photos of the baby in a Quarrington hi-vis.
PQ: That was me. I had one made up.
NC: Okay. Actions, quickly, then I want to get to go or no-go. Morag, the HACCP plan.
MM: It went to the food safety team on Tuesday and they signed it off. The scan at dispatch is formally part of the plan now.
NC: Brilliant. Oskar, the rehearsal.
OB: Rehearsal ran Tuesday night. We got through the whole cutover in four hours forty. Two things fell over, both fixed. The stock load matched Marcin's count to the pallet.
PQ: Four hours forty. What was it planned at?
OB: Six.
MN: My lads were brilliant. Also very tired.
NC: And the days, Marcin?
MN: All trained. The last eight did it Tuesday and Wednesday on the overlap. Twenty-two out of twenty-two. I've ticked them off on Shane's board so he can see when he's back.
NC: Great. Hamza, thank you for the cut-off plan, I've put it in the go-live pack.
HI: Did anyone read page three?
JL: I did. Page three's the bit where I'm in at five on the Saturday.
HI: Sorry.
NC: Ant, batteries?
AB: Ah. The batteries. No. I haven't. I got dragged onto the payroll server all week. I'll do it.
PQ: Ant, if the scanners die at half four on the ninth, it's you I'll be ringing.
AB: I know, I know.
NC: Jackie, Aire Valley?
JL: Aire Valley sent four names on Monday. Four. Out of twelve. And two of them are people we've told them we don't want back. So I've still got no list I can train.
MN: And I still can't book them in.
NC: Okay. That stays open. Eoin, Bramleys?
EB: We started on Monday, as planned. We're on track for the sixth. But I'll be honest, if their test mailbox takes as long as Harrow and Finch's did, it won't be live for the ninth.
OB: And the Harrow and Finch side's fine for the ninth?
EB: Harrow and Finch is fine. That one's ready, we just switch it over.
NC: Which is why we agreed the hand keying. Okay.
HI: I already sent the Bramleys portal how-to round the office last week, so they're ready.
PQ: And before anyone asks, no, I didn't ring Andrew. I got as far as dialling. I'll ring him Monday, first thing.
NC: Monday the second. Okay. Go or no-go, then. Wi-Fi's done, handhelds all in, labels fine, FEFO on, orders flowing from Merlin, Harrow and Finch accepted in test, rehearsal clean, days trained. Against that: Bramleys by hand, agency pickers untrained, no spare batteries yet.
MN: Could we not go live on a Wednesday instead? Mondays are our heaviest, with the weekend orders.
PQ: No. Monday's heavy every week, it'll be heavy in December as well. Right. We go. Monday the ninth, Mill Lane, with Bramleys keyed by hand till TradeLink's done. Cutover starts Saturday the seventh after the last dispatch.
NC: Decided, then. Go-live Monday the ninth of November at Mill Lane, cutover from Saturday the seventh.
JL: Gulp.
PQ: I'm not promising I'll be there on the Sunday night, mind, it's my granddaughter's christening.
NC: We'll survive. Oskar, you're on site?
OB: Yeah. I'll be on site from Saturday the seventh for the cutover, through to the Wednesday.
JL: And I'll have the paper fallback pack printed and in every shift leader's office by the Friday before. Just in case.
NC: Friday the sixth. Thank you. Anything else?
MM: Only that the auditor wants to see the first week's dispatch scans, so please nobody switch anything off.
NC: Noted. Thanks everyone, genuinely, good week.
PQ: Thanks all.
"""


def fmt(t):
    s = int(t)
    h, s = divmod(s, 3600)
    m, s = divmod(s, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"


def turns(script):
    for line in script.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        over = line.startswith("~")
        code, text = line.lstrip("~").split(":", 1)
        yield NAMES[code.strip()], text.strip(), over


def render(n, script):
    rng = random.Random(7300 + n)
    out = []
    t = rng.uniform(2.0, 6.0)
    prev_name = None
    prev_start = None
    prev_dur = None
    for k, (name, text, over) in enumerate(turns(script), start=1):
        assert name != prev_name, f"call {n} turn {k}: same speaker twice in a row ({name})"
        dur = max(2.2, len(text.split()) / rng.uniform(2.3, 2.8))
        if prev_start is not None:
            if over:
                t = prev_start + max(2.1, prev_dur - rng.uniform(0.6, 1.2))
            else:
                t = prev_start + prev_dur + rng.uniform(0.4, 1.8)
            gap = int(t) - int(prev_start)
            assert 2 <= gap <= 40, f"call {n} turn {k - 1}: {gap}s"
        out.append(f"[{fmt(t)}] {name}: {text}")
        prev_name, prev_start, prev_dur = name, t, dur
    assert dur <= 40
    return "\n".join(out) + "\n", len(out)


def main():
    here = Path(__file__).resolve().parent
    (here / "calls").mkdir(exist_ok=True)
    for n, script in CALLS.items():
        text, count = render(n, script)
        (here / "calls" / f"call-{n}.txt").write_text(text, encoding="utf-8")
        print(f"call-{n}.txt: {count} turns")


if __name__ == "__main__":
    main()
