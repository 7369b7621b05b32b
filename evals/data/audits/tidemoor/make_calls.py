#!/usr/bin/env python3
"""Generate the six Tidemoor Foods WMS rollout calls as Zoom cloud-recording WebVTT exports (calls/call-N.vtt).

Each turn is "CODE: text"; " | " inside a turn marks where Zoom cut the turn into consecutive cues of the same
speaker (each cue keeps the "Full Name: " prefix). Timestamps are synthetic but deterministic.
Run: python3 make_calls.py   (writes calls/call-1.vtt .. call-6.vtt next to this file)
"""
import random
from pathlib import Path

NAMES = {
    "P": "Priya Raman",       # vendor PM (host)
    "O": "Owen Gallagher",    # vendor integration lead
    "H": "Hamish Dunbar",     # customer operations director, sponsor
    "M": "Marcus Webb",       # customer IT manager
    "S": "Shona Kerr",        # DC1 site manager
    "R": "Ravi Menon",        # customer ERP developer (Coreline is the offshore support partner)
    "D": "Declan Byrne",      # customer network engineer
    "C": "Carys Pugh",        # ScanPoint Mobility, device-vendor account manager
    "B": "Bernadette Quinn",  # customer health & safety lead
    "T": "Tariq Ahmed",       # DC1 day shift manager (from call 4)
}

CALLS = {}

CALLS[1] = """
P: Right, I think we've got most people. Can everyone hear me okay? I've got a bit of an echo on my end.
M: You're fine, Priya.
S: Sorry, I'm sat in the car park, the signal in the office is, um, it's rubbish. Which is sort of why we're all here.
P: Ha, yes. Okay, so, welcome to the first of the weekly status calls for the Tidemoor WMS rollout. I'm Priya, | I'm the project manager at our end. Quick round of names? Hamish, do you want to start?
H: Hamish Dunbar, operations director. All the DCs report into me. I'll be honest, I'm mostly on the floor, | so if I drop off it's not personal.
O: Owen Gallagher, integration lead on the vendor side. I'll be doing the ERP interfaces and the, uh, | the device config with Carys.
M: Marcus Webb, IT manager at Tidemoor. Network, devices, anything with a plug, basically.
S: Shona Kerr, I run DC1. Wellingborough.
R: Ravi Menon, ERP team. I'm the developer on the interface side. We've also got Coreline, our offshore support partner, | they'll be doing some of the build.
D: Declan Byrne, network engineer, I work for Marcus.
C: Hi, Carys Pugh, account manager at ScanPoint Mobility, so the handhelds and the device management.
B: Bernadette Quinn, health and safety. I'm mostly here to say no to things.
H: She is, as well.
P: Ha. Lovely. Okay. So the first thing I'd like us to settle is sequencing. At the moment the plan | has both DCs cutting over before Christmas.
H: Which is what I want. I want both sites off paper before peak. That was the whole pitch to the board.
S: Can I just -- sorry. Hamish, DC1 is doing fifteen percent more volume than last year. If we go live in both | and it goes wrong in peak, there's no second site to push orders to.
M: And nobody's looked at the Wi-Fi at Thrapston yet. We don't know what's in that roof.
H: Hmm.
P: What I'd suggest is DC1 goes first, cut-over the weekend of the fourteenth and fifteenth of November, | and DC2 follows in January once peak's done. We learn on one site.
H: I don't love it. But, um... I can see it. Marcus?
M: I'd back that.
S: Yes. Please.
H: Alright. DC1 first, Thrapston in January. Fine. The board will live with it.
P: Great, so that's decided, DC1 on the fourteenth-fifteenth, DC2 in January. Okay, actions. Ravi, you were asking me about the interface spec | before we started.
R: Yeah, I need the spec for the order message and the item master before Coreline can start anything. | Both, ideally.
O: I'll get that to you Thursday. Both in one document.
R: Thursday's perfect.
P: Declan, the Wi-Fi survey at DC1. Where are we?
D: So I'm, uh, I'm pencilled in for the survey on Wednesday the 14th. Whole site, ambient and the chill. | And the freezer, if they let me in.
B: You'll need a freezer suit if you're in there longer than twenty minutes.
D: Noted. I'll bring a flask.
P: Carys, the scanners?
C: So we've got the forty units allocated, they're being imaged this week. The forty units will be with Shona | by the 16th.
S: Where am I putting forty scanners?
C: They come in two cases, they're not huge.
S: Fine. My office then. Everything ends up in my office.
P: Shona, the other thing I need for the training plan is a list of the shift supervisors. | Names, shifts, who's on nights.
H: Shona's going to pick that up. Aren't you, Shona.
S: I... yeah. Yeah, I'll dig it out. Give me till Friday.
P: Friday's fine. Thanks.
O: And, um, if it's useful I could maybe come up and walk the pick faces with you one morning, | see how the paper process actually runs.
S: Maybe. Let's see what the next couple of weeks look like.
P: Bernadette, from the safety side, what do you need from us?
B: The charging racks. I'm not having forty lithium batteries charging in a corridor next to a fire door. | I'll do the risk assessment for the charging racks, by the end of the month.
P: End of October, great. So the thirtieth.
B: The thirtieth's fine.
S: And the racks will go where?
B: That's what the risk assessment is for, Shona.
S: Fair.
P: Hamish, the big one for you. The cut-over weekend needs overtime for the pickers and the supervisors. | Shona can't roster anybody until that's approved.
H: Yep. Put that down to me. I'll have the overtime signed off by the end of next week.
P: So Friday the 16th.
H: The 16th.
S: Can I get that in writing when it happens?
H: You'll get it in blood if you want, Shona.
S: Writing's fine.
P: Okay. Shona, one more, could you also pull together a list of the pick faces that changed since the last re-slot?
S: Oh yeah, I'll do it on my lunch break. The one I don't get.
P: Okay, okay, point taken. Forget I asked, we'll find another way to get it.
O: There might be something in the item master. I'll have a look when it turns up.
P: And from me, I'll send round the plan and the RAID log straight after this.
M: Can you put the DC2 dates in, even if they're rough?
P: Yes, pencilled.
H: Right, I've got to go, there's a lorry stuck on bay nine. Good start, everyone.
P: Thanks Hamish. Okay, quick recap. Owen, spec to Ravi Thursday. Declan, survey the 14th. Carys, scanners the 16th. | Shona, supervisor list Friday. Bernadette, charging rack risk assessment the 30th. Hamish, overtime by the 16th. | And me, plan and RAID today.
M: Sounds right.
P: Thanks all, same time next week.
S: Bye.
C: Cheers, bye.
"""

CALLS[2] = """
P: Morning all. Let's give it a sec, people are still joining.
R: Morning.
C: Morning! Sorry, I'm in a service station, there might be some noise.
P: No worries. Marcus, is Declan joining?
M: He's at Thrapston today, doing patch panels. He's still good for Wednesday though, the survey's on.
P: Great, thanks. Okay, let's run through last week. Owen, the spec?
R: It came Thursday, yeah. I've been through it. There's, um, there's a question on the unit of measure for the catch-weight stuff, | the cheese and the meat, but Owen and I can sort that offline.
O: Yep, happy to.
P: Lovely. And the plan and RAID went out last Monday, everyone should have those.
M: Got it. Thanks for putting DC2 in.
P: Shona, the supervisor list?
S: Not yet. Sorry. It's, um, that's going to be Wednesday now. Half the night shift's on a new agency and I don't | even know all their surnames yet.
P: Wednesday's fine. The 14th.
S: Wednesday.
P: Carys, anything on the scanners?
C: All on track. Imaging's done, they're being boxed up. Friday still.
P: Great. Ravi, the order feed. What's realistic for getting orders into our test environment?
R: So, um, Coreline have the spec now, I spoke to them Friday. We'll have the order feed into your test box by the 23rd.
O: That'd be great. The sooner I see real orders --
R: The 23rd. I know.
O: Ha.
R: And before that, Coreline will do the item master extract with the weights and dims. They said Friday.
O: Friday the 16th. Brilliant, that's what I need for the slotting.
P: Marcus, the label printers. Have we ordered them?
M: Not yet. I was waiting on a quote from the reseller, it came in Friday. | I'll raise the PO for the printers this week.
P: Six, was it?
M: Six. Four for dispatch, two for goods-in.
C: While we're on devices, Marcus, you'll need an admin login for our device management console.
M: Yes please.
C: I'll get that sent over tomorrow, I just need to set up your tenant first.
M: Tomorrow's great.
P: Shona, the location barcodes on the racking. Every pick face needs a location label before go-live.
S: I know. I know. The labels are ordered. Getting them up is the problem, it's about three thousand locations.
P: What's realistic?
S: I'll get the location labels up by the thirtieth. I'll pull a couple of lads off goods-in.
B: They'll use the cherry picker for the top levels, not ladders. Please.
S: Yes, Bernadette.
H: Sorry, sorry I'm late. I was on the, um, on the chill floor. Where are we?
P: Hi Hamish. We're just going through the actions. Quick one for you, the overtime for the cut-over weekend?
H: Yeah, it's in hand. End of the week.
P: Great.
H: There's something else actually. The union rep's been asking whether the scanners track people, you know, | pick rates, who's slow, all that. I'll have a word with the union rep this week about the scanner tracking thing. | Before it turns into a rumour.
B: Good, because it already is a rumour.
H: Of course it is.
O: Um, on that. While we've got you, Hamish, I was going to suggest a voice picking demo for the chill chamber. | The pickers in there wear thick gloves, scanning's a pain. I'll get the voice picking demo kit sent up | for the chill by the 23rd.
H: Ooh. I like that.
M: Is that in the contract?
O: It's a demo.
H: Do it, do it. And Bernadette can do the toolbox talks for the night shift, can't you, Bernadette?
B: Er, let me look at the rota before anybody signs me up for nights.
H: Ha. Fair. Right, I've got to jump, there's a, a thing with a chiller. Carry on without me.
P: Thanks Hamish.
S: He does that.
C: Oh, and just so you know, we could probably lend you a handful of spare units for the training, | I'd have to ask our warehouse though.
P: Good to know. Let's see how many the supervisors actually need.
S: Can I raise one thing? The night shift are asking if they get a break from targets the first week.
P: That's a fair question. I think that's a Hamish question, and he's just left.
S: He has a habit of that.
M: Worth asking him in writing. Then it's on record.
P: Owen, the label size for the pallet labels, are we still four by six?
O: Four by six, yes. Standard SSCC. Marcus's printers do that out of the box.
M: They'd better, for what they cost.
P: Ha. Okay. Anything else before I recap?
R: Just that Coreline are in Pune, so if anyone emails them after about eleven our time, | don't expect anything till the next day.
P: Good to know. Recap then. Ravi, order feed the 23rd, and the item master from Coreline Friday. Marcus, the PO this week. | Carys, console login tomorrow. Shona, supervisor list Wednesday, location labels the 30th. | Owen, demo kit the 23rd. Hamish, overtime and the union rep, this week.
S: That's a lot of Shona.
P: It's a lot of everyone. Thanks all.
C: Bye!
"""

CALLS[3] = """
P: Morning. Let's make a start, there's a lot to get through.
M: Hamish says sorry, by the way. There's a recall on one of the yoghurt lines, he's on the floor all day.
P: Oh no. Okay, thanks Marcus. Declan, you're back with us. The survey?
M: He did it, he walked --
D: Yeah, I walked the whole site Wednesday. Six hours. Ambient's mostly fine, the mezzanine's a bit patchy. | The freezer's the interesting bit.
P: Interesting how?
D: Basically nothing gets in there. The cladding's like a Faraday cage. It's going to need its own access points, | I'll put numbers on it in the write-up.
P: When can we have the write-up?
D: I'll have the survey report with the heat maps out by Friday.
P: Friday the 23rd, thank you.
D: If facilities can spare someone I might be able to look at the loading dock doors as well, no promises.
P: Okay. Carys, the scanners.
C: Ah. Yes. So, um, the forty are on a lorry from our Venlo warehouse, they got held at the port. | They're now looking at Friday.
S: This Friday?
C: This Friday. The 23rd.
S: Okay. As long as I know.
P: Shona, your supervisor list came through on Wednesday, thank you. Fourteen names.
S: Fourteen, but two are leaving, so twelve really.
P: Twelve. Noted. Carys, and the console login for Marcus?
M: That's done, I've got it. I've been having a nose around.
C: Don't break anything.
M: No promises.
P: Ha. Marcus, the printers?
M: PO's gone in. Thursday. Reseller says two weeks for delivery.
P: Great. Ravi, the item master.
O: It landed Friday, actually. Coreline's extract. Weights are in, dims are mostly there. | A few hundred items with zero height, which is, you know, physically interesting.
R: Those'll be the catch-weight ones, I reckon.
P: And the order feed, Ravi, still the 23rd?
R: Still the 23rd.
O: I'll be honest, that's my critical path now. I can't test pick confirmation end to end until Ravi's order feed | is in test. I'm doing what I can with hand-keyed orders.
R: I know. Coreline are on it.
P: Okay. And Ravi, the ship confirmation going back into the ERP, we'll need the spec for that too. | Ravi's going to give us the ship-confirm spec by Friday, is that right?
R: Yeah, Friday should be fine.
P: Great. Shona, overtime. Did anything come through from Hamish?
S: Nothing. And honestly it's becoming a problem. I can't roster anyone for the cut-over weekend until | Hamish signs the overtime. People have got weddings, kids' stuff, and the agency needs notice.
M: He knows. I've told him twice.
P: Okay. Let's talk training. I was thinking classroom sessions for every picker, all shifts.
S: That's two hundred people. I can't take two hundred people off the floor in October.
B: And the training room only fits twelve.
O: What we've done at other sites is train-the-trainer. We train the supervisors as super users, properly, | two days, and they cascade it to the pickers on shift.
S: That I can do.
B: I'd want the supervisors signed off as competent before they train anyone.
O: That's fine, we build an assessment in.
P: Marcus?
M: Makes sense to me.
P: Okay, so we're agreed, train-the-trainer. We train the twelve supervisors as super users and they train the pickers.
S: Yes.
P: I'll book the training room and send out the dates for the supervisors by Wednesday.
B: And I'll send round the PPE guidance for the freezer pickers using scanners, gloves and that. | By the end of the month.
P: Lovely. The 30th.
S: Can I check one thing. If the scanners don't work in the freezer, what do the freezer pickers do on day one?
D: Depends what the report says. Ask me Friday.
P: Let's see Declan's numbers and then work out options.
C: On the scanners, the gloves thing, there's a trigger handle you can clip on. We sell them for about a tenner.
S: That'd be good actually.
P: Okay. Bernadette, anything else on safety?
B: Only that the charging racks are going to need their own fused spur, so don't let anyone promise | a location until I've finished.
S: Noted.
P: Right. Recap. Declan, report Friday. Carys, scanners Friday. Ravi, order feed the 23rd and the ship-confirm spec Friday. | Me, training dates Wednesday. Bernadette, PPE guidance the 30th.
M: And the overtime.
P: And the overtime. Which we'll keep raising. Thanks all.
S: Cheers.
"""

CALLS[4] = """
P: Morning all. We've got a new face. Tariq?
T: Hi all, Tariq Ahmed, I'm the days shift manager at DC1. Shona asked me to join.
S: Because I'm drowning. Tariq's taking the location labels off me, same deadline. | He's better with a cherry picker than I am anyway.
T: Yeah, I've got them. The thirtieth.
B: Are you IPAF trained, Tariq?
T: I am, yeah. Card's in date.
P: Great, welcome. Has anyone heard from Hamish?
M: Nothing today.
P: Okay. Let's go round. Carys, did the scanners arrive?
S: They turned up Thursday. All forty. They're in my office, in boxes, like I said they'd be.
C: Told you they weren't huge.
P: Brilliant. Declan, the survey report?
D: Yeah, so, that's going to be next week now, sorry. The licence on the heat-mapping tool ran out halfway through | and it took procurement four days to renew it. End of next week.
P: Friday the 30th then?
D: Friday.
P: And the freezer, what's the short version?
D: Short version, we can't switch the freezer chamber over until the extra access points are in, | and that needs facilities to get an electrician to run power up to the ceiling. Three APs, maybe four.
M: I'll get a job raised with facilities today.
D: They'll want the drawing. It's in my draft, you've got it.
P: Ravi, the order feed. It was the 23rd.
R: Yeah. Um. So. Coreline hit a problem with the catch-weight lines, the ones Owen flagged. They're still on the mapping. | Realistically it's Friday now. The 30th.
O: So I'm still sat with nothing to test against. Honestly I'm waiting on Ravi and Coreline for everything | downstream of the pick.
R: I hear you.
C: Marcus, one from me. I can't push the Wi-Fi profile out to the handhelds until we've got the certificate | from you. The enterprise one.
M: Oh. Yes. Sorry. I'll send it over tonight.
C: Tonight's great.
P: And the training invites went out Wednesday, by the way. Two cohorts, the 9th and the 10th of November, | six supervisors each.
S: Got mine. Well, got twelve.
P: Owen, a dress rehearsal. When can we do a mock cut-over?
O: I'll run a mock cut-over in test on Thursday week, the 5th. Stock load, open orders, the lot. | If Ravi's feed lands early I could maybe try a few test waves over the weekend.
R: Don't hold your breath.
P: Owen, the voice picking demo kit. Has that gone up?
O: Not yet, it's --
M: Can I ask, do we actually need that? It's not in the contract, and nobody's going to learn voice picking | three weeks before go-live.
S: Honestly, please, not now.
P: Yeah. Let's drop it. It's out of scope for go-live, we can look again for DC2.
O: Fine by me. One less box to ship.
P: Okay. Fallback. Shona, you raised this last week offline.
S: Yeah. If the system falls over on the Monday morning I still need to be able to pick. I want us to keep | the paper pick sheets printable for the first week. Just in case.
O: The old system can still print them, we just leave the print job enabled.
B: I'd support that.
M: Agreed. As long as someone turns it off after a week.
P: Okay, agreed: the paper pick sheets stay printable as a fallback for the first week after go-live, | then we switch the job off.
S: Thank you.
P: Shona. Overtime. Anything?
S: Still nothing from Hamish. So still no rota. I've got people asking me every day now.
M: I saw him Thursday in the canteen, he said "this week". That was Thursday.
S: Oh, "this week". Great.
P: I've put a template for the cut-over rota in the shared folder, so it's ready the minute he signs.
S: Oh brilliant, another spreadsheet. Just what I was missing.
P: It's a short one, I promise.
B: While we're on Hamish. Did he ever talk to the union rep? Because the rumour now is the scanners count | toilet breaks.
M: Not that I know of.
B: Wonderful.
P: Bernadette, the charging racks, still on for Friday?
B: Still Friday. I've measured up, I just need to write it.
P: Great. Carys, you mentioned a trigger handle last week?
C: Oh, yes, I've got two in the car for next time I'm up.
P: Anything else? Owen?
O: Just, um, the item master. The zero-height items, Ravi, any news?
R: Coreline fixed most of them. There's forty-odd left that are genuinely, like, bags of salad. | Floppy.
O: Floppy I can work with.
P: Ha. Okay. Recap. Tariq, labels the 30th. Declan, report Friday. Ravi, feed Friday. Marcus, cert tonight | and the facilities job today. Owen, mock on the 5th. Bernadette, risk assessment Friday.
T: Got it.
P: Thanks everyone.
"""

CALLS[5] = """
P: Morning all. Hold on, let me just get the recording going. Okay. Hamish? Anyone?
M: No idea. His diary just says "floor".
B: Half-term's over at least, so we've got everyone back.
T: Apart from the ones who went to Tenerife and came back with a cough.
P: Ha. Okay, let's crack on.
P: Okay. Let's start with the good news. Owen?
O: The order feed's live in test. First orders came through Thursday night. Ravi's lot got there.
R: Coreline, mostly. I just shouted a lot.
O: So I've been running waves since Friday. Pick confirm works end to end. Short picks work. Catch-weight works, | mostly.
P: That's a big one. Well done both. Carys, the devices?
C: So, Marcus sent the cert over Tuesday, we pushed the Wi-Fi profile out on Wednesday, and all forty are on the network now.
M: A day late, I know.
C: A day late is early for IT.
M: Harsh. Fair.
P: Declan's report came through Friday, thank you. Seven more APs across the site, three in the freezer.
D: Four in the freezer if you want it bulletproof. And you do.
P: Four then. Marcus, the electrician?
M: Facilities have the job, I raised it last Monday. The electrician's booked for Thursday.
D: So the freezer's still dark until Thursday at the earliest.
P: Understood. Marcus, while you're on, the printers?
M: Arrived Wednesday. Two are set up at dispatch, the other four are still in boxes in --
S: My office. Obviously.
M: Shona's office, yes.
O: I printed a test SSCC on one of them Friday. Scans fine.
P: Great. Bernadette, the charging racks?
B: Done, I signed the risk assessment off on Friday. They're going in the old first aid room, on the back wall, | with their own spur.
S: I liked that room.
B: You'll like not being on fire more.
P: Tariq, the location labels.
T: So aisles one to twelve are done. Thirteen to twenty is the high bay, I need the cherry picker for a full day, | so that's more like this Friday.
P: Friday the 6th. Okay.
S: Can I just say something. I still have no overtime. It's the second of November. The cut-over is in twelve days. | I have no rota and people are booking things for that weekend.
P: I know. I'm going to escalate it properly. I'll email Hamish today and copy in his HR business partner, | so it's on record.
M: I'm sure he'll get right on that.
P: Marcus.
M: Sorry.
P: Okay, the date. I do think we need to talk about whether the 14th is still realistic. No rota, and the freezer dark | until Thursday.
O: The system'll be ready.
S: The system isn't the problem.
M: Let's see what Hamish comes back with, and where the freezer is. Next week.
P: Okay. Not deciding today. But next week we decide, one way or the other.
C: One thing from us, while we're talking about devices. I'd recommend we lock the handhelds into kiosk mode. | WMS app only. No browser, no camera.
B: Yes please. No camera. People will take photos in the freezer and put them on TikTok.
M: Fine by IT. Less for us to support.
S: Fine. They'll moan, but fine.
P: Okay, agreed, kiosk mode, WMS app only on all the handhelds.
C: Our team'll set kiosk mode on all forty by Wednesday.
P: Owen, the runbook for the cut-over weekend?
O: I'll get the cut-over runbook out to everyone Friday. And the mock's still on for Thursday.
S: Can I just check, the mock, does that include the chill? Because that's where it'll go wrong.
O: It includes the chill. Catch-weight and all.
S: Good.
P: Great. Super user training is the 9th and 10th, and all twelve have accepted.
B: Good. And the assessment's built in, like we said.
T: And if it helps, I could probably get the night shift to stay on an hour for the cascade training, | I'd have to check with the agency though.
S: Let's see how the supervisors get on first.
P: Ravi, production. When do we switch the feed to the production config?
R: Can we talk about that next week, once we know the date?
P: Yes, fair. Okay. Recap. Me, email to Hamish today. Carys, kiosk mode Wednesday. Owen, runbook Friday, mock Thursday. | Tariq, high bay labels Friday. Marcus, electrician Thursday.
S: And the overtime. Again.
P: And the overtime. Thanks all.
"""

CALLS[6] = """
P: Morning all. Can you hear me? My headset's been playing up.
M: Bit crackly, but fine.
P: Okay. No Hamish again, I take it.
S: He was in the canteen at seven. I waved. He waved back. That's as far as we got.
P: For the record, I did email him last Monday, copied in Claire from HR. Nothing back from either of them.
S: So, also for the record, still no overtime. Five days out. No rota.
P: Noted. Let's do the updates first and then we talk about the date. Tariq?
T: Labels are done. The high bay went up Friday. Every location in DC1 has a barcode on it now.
P: Brilliant. That's a big job, thank you.
T: My back disagrees.
B: Cherry picker, I hope.
T: Cherry picker, Bernadette. Every single one.
P: Owen, the mock?
O: The mock ran Thursday. Stock load took four hours, which is fine. Two discrepancies in the chill, both catch-weight, | both understood.
R: One of those is ours, the rounding. Coreline are fixing it.
O: And the scanners are all locked down, Carys's lot did it Wednesday.
T: Yeah, the lads were gutted about the camera.
C: Told you they'd moan.
P: Declan, the freezer?
D: The electrician was in Thursday. All four freezer APs are up. I walked it Friday with a scanner, | full signal at minus twenty-five.
B: In a freezer suit, I hope.
D: In a freezer suit. And a flask.
P: Okay. The runbook, Owen?
O: Ah. So, that's going to be Wednesday now. I want to fold in what we learnt from the mock.
P: Wednesday the 11th.
O: Wednesday.
P: Okay. So. The date. I'll put it plainly. I don't think we can cut over on Saturday. There's no rota, | the runbook isn't out, and the supervisors are in training today and tomorrow. I'd like to propose | we move DC1 to the weekend of the 21st.
S: Yes. God, yes.
M: I'd rather move it than fall over on the Monday. Agreed.
O: Works for us. It gives me time for another mock if we want one.
B: Fine by me, gives me a week for the toolbox talks.
P: Hamish isn't here to --
M: Well. He can't sign the overtime and then object to the date as well.
P: Okay. Decided then: the DC1 cut-over moves to the 21st and 22nd of November. | I'll send out the revised plan Wednesday, with the new cut-over date.
R: Then we'll switch the order feed to the production config on the 18th, the Wednesday before.
O: The 18th works.
B: And I'll do the toolbox talks for the night shift on Tuesday the 17th. Ten at night, in the canteen.
S: I'll bring biscuits.
O: If you want, I could run a second mock on the Thursday before, the 19th. Up to you.
P: Let's see what the runbook looks like first.
S: And I'll grab Hamish on the floor tomorrow. He can't hide from me forever.
M: He's been doing alright so far.
S: Once he signs, I'll turn the rota round in two days. It's all sat there in Priya's spreadsheet.
P: The spreadsheet you loved.
S: I never said I loved it.
P: How's the training going, by the way? It's day one, isn't it?
T: They're in there now. I stuck my head in at nine, they were scanning pallets in the training room. | There was a lot of laughing, which is either good or very bad.
B: And the assessment's at the end of tomorrow, so we'll know who's signed off.
O: Our trainer says they're quick. Two of the night supervisors were already helping the others.
S: That'll be Gosia and Dev. They'll be running the place in a year.
P: Carys, anything from you?
C: Just the trigger handles, I've left six with Tariq. If the freezer pickers like them we can order more.
T: They're good, actually.
P: Great. Marcus, anything on Thrapston for January?
M: Not this week's problem. We'll think about Thrapston in December.
P: Fair. Okay. Recap. Owen, runbook Wednesday. Me, revised plan Wednesday. Ravi, production config the 18th. | Bernadette, toolbox talks the 17th. Shona, Hamish tomorrow. Cut-over the 21st-22nd.
S: Wish me luck.
R: Sorry, one thing. Coreline will need the new date for their weekend cover, they've booked people for the 14th.
P: It'll be in the plan on Wednesday, and you can forward it.
R: Perfect.
P: Good luck, Shona. Thanks everyone.
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
    rnd = random.Random(2600 + n)
    t = 2.0 + rnd.random() * 4
    lines = ["WEBVTT", ""]
    k = 0
    for name, parts in turns(n):
        for i, part in enumerate(parts):
            k += 1
            dur = max(0.9, len(part.split()) / 2.7 + rnd.uniform(-0.3, 0.7))
            lines += [str(k), f"{ts(t)} --> {ts(t + dur)}", f"{name}: {part}", ""]
            t += dur + (0.03 if i < len(parts) - 1 else rnd.uniform(0.2, 1.8))
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
