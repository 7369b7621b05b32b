#!/usr/bin/env python3
"""Generate the five Penhallow Hotels PMS calls as Zoom WebVTT exports (calls/call-N.vtt).

Each dialogue line is "CODE: text". Following docs/FORMATS.md for Zoom .vtt, every cue carries "Full Name: text".
Long turns are cut into consecutive cues of the same speaker (at sentence ends, or at a comma in a very long
sentence) 0.02-0.25 s apart, so they merge back into one turn (< 1.5 s apart, < 2 minutes). Between turns the gap is
0.35-1.4 s. Timestamps are synthetic but deterministic.
Run: /work/main/.venv/bin/python make_calls.py   (writes calls/call-1.vtt .. call-5.vtt next to this file)
"""
import random
import re
from pathlib import Path

NAMES = {
    "H": "Hannah Lister",      # Brisa (vendor) project manager, host
    "T": "Tomasz Wilk",        # Brisa data migration consultant
    "B": "Bethan Rowe",        # Brisa trainer
    "K": "Kit Penhallow",      # Penhallow Hotels managing director, sponsor
    "S": "Sarah Trevithick",   # Penhallow group operations director, customer lead
    "M": "Martin Hocking",     # Penhallow head of finance (payments, chart of accounts)
    "D": "Dave Nance",         # part-time IT contractor (network, card terminals)
    "R": "Kerensa Polglase",   # general manager, the Quay Hotel, Fowey (first to go live)
    "G": "Gary Rundle",        # general manager, Salcombe (sceptical)
    "L": "Louise Chenoweth",   # group head of housekeeping, "Lou"
}

CALLS = {}

# ---------------------------------------------------------------- call 1, Tue 13 Oct 2026
CALLS[1] = """
H: Morning everyone. Can you all hear me? I can see nine of us, which is a record before we've even started.
L: We can hear you, Hannah. We can't see you, you're a black square.
H: That's deliberate, I haven't had my coffee yet. Right, Kit's said he can only stay for the first quarter of an hour, so I'm going to do the big thing first and everything else after. Is that okay with everyone?
K: Sorry, yes. I've got the buyers' solicitors at half past, and if I'm late for them it costs me money by the minute.
G: Nice work if you can get it.
K: Thank you, Gary.
H: So, the big one. Which hotel goes first, and when. What we talked about in the sales process was one hotel before Christmas, then the other eight in the new year, once we've got the bruises out of the way. Kerensa, you put Fowey forward.
R: I did, and I'd do it again. We're thirty-four rooms, one restaurant, one bar, and my team actually want it. I've got a receptionist who cries every time Roomcraft freezes, which is every Saturday.
G: Can I just say the obvious thing? Why are we doing any of this in November? Do the whole lot in January when it's dead. One go, one lot of training, one lot of tears.
S: Because in January it's nine hotels at once, Gary, and if it goes wrong it goes wrong nine times.
G: And if it goes wrong in Fowey in November it goes wrong in front of the Christmas party bookings. I'm just saying.
T: For what it's worth, from the migration side, one small hotel first is how we'd always want it. You find the weird data once, not nine times.
K: Right. I've heard it. Fowey, Monday the twenty-third of November. Kerensa wants it, Gary doesn't, so it's Fowey, and the rest in the new year.
H: Lovely. So that's Fowey live on Monday the twenty-third and the other eight in January. Kit, before you go, there's one thing I need from you. Paycorra, the payments people, need a director's signature on the merchant agreement before they'll release anything.
M: I've got the paperwork, Kit. It's forty pages and thirty-nine of them are about what happens if we're naughty.
K: Send it to me. I'll sign it Friday.
H: Thank you. And the other thing is just, are you happy to be the escalation point if one of the third parties goes quiet on us?
K: Yes. If anybody gives you grief, tell them to ring me. Right, I have to go, I'm sorry. Sarah's got the pen. Good luck, all.
S: Bye, Kit.
H: Thanks, Kit. Okay. Tomasz, do you want to do migration?
T: Yes. So the first thing I need is to get at the Roomcraft server. It's the box in the Fowey office, I think? Or is it Truro?
D: It's in the cupboard behind reception at head office, in Truro. Under a fan heater, for some reason. I can give you VPN access to it. Thursday, if that's alright? I'm only in for them Tuesdays and Thursdays, the rest of the week I'm at a dentist's in Truro.
T: Thursday's perfect. Once I'm in, I'll do a first trial extract, guest profiles and future bookings, and load it into the test system. Friday week, so the twenty-third.
H: Great. And that's a trial, so nothing's final.
T: Nothing's final. We always run the trial load twice before the real thing anyway, so don't panic about anything you see in the first one.
L: I never panic. I just go quiet and eat biscuits.
H: Noted. Martin, the money side of it. Tomasz is going to need the chart of accounts, so the revenue codes for rooms, food, drink, the spa, all of that.
M: The chart of accounts, yes. It exists. It's mostly in my head and partly in a spreadsheet called final final version two. I'll get you the chart of accounts by the twenty-third.
T: That works. Same day as the trial load, so I can look at both together.
H: And Martin, on Paycorra, where are we with the application itself?
M: The merchant application's filled in, it just needs sending. I'll get it off this week.
H: Lovely. Sarah, the channel manager. Where are we with RateWave?
S: Ugh. RateWave. So I finally got hold of a human there on Friday. RateWave have said we'll have test credentials by the twenty-third. Which is a Friday, so I assume five past five.
T: And just to say it out loud, until we've got those credentials I can't test the two-way feed at all. Rates out, availability out, bookings coming back in. None of it.
H: So that's one to watch. I'll put it on the risk list. Dave, the other thing I wanted to ask you about is the Fowey network, because the new system's in the cloud and the old one wasn't.
D: Yeah, that's the bit that worries me. The line at Fowey is an old copper thing, about eight meg on a good day. We need the fibre in, and that's Openreach, and Openreach haven't given us a date. I've had an order in since August.
R: It's true. When the restaurant's full the card machines time out. We've all learned to smile a lot.
H: Okay, so the line at Fowey is waiting on Openreach. Dave, is there anything else there?
D: The Wi-Fi upstairs. If the housekeepers are going to be on phones, I need to walk the floors and see where it drops out. I'm in Fowey Thursday week, I'll do the survey then.
H: Thursday week, so the twenty-second. Great. Kerensa, while I've got you, Tomasz will need your room list.
R: The rooms, with the types and which ones have the sea view and the bath and the dog beds?
T: Exactly that. Room number, type, features, which ones connect.
R: Tomorrow. It's already in a spreadsheet, I just need to take out the rude comments.
G: If you want Salcombe's rooms while you're at it, I could dig them out, I suppose.
H: Not yet, thanks, Gary. That's January. But I'll hold you to it.
G: I'm sure you will.
H: Lou, housekeeping. I know you've seen the demo of the app.
L: I have. It's very pretty. The lady in the demo was cleaning a room in four minutes, which is either a lie or she's got a jet wash.
H: Ha. Fair. What I need from you is what your team actually do. The room statuses, the order things happen in, the codes you use.
L: The real ones, not the ones in the manual. Because the manual says inspected and nobody's inspected anything since about two thousand and nine. Yeah, I'll write down what my girls actually do. By next Tuesday.
H: Perfect, thank you. Sarah, the staff side. Somebody needs to tell the Fowey team when their training is and what's about to happen to them.
S: That's me, I suppose. I'll email all the Fowey staff with the training dates by Friday week.
H: Great. Just to check I've got it, that's the twenty-third again?
S: The twenty-third. Everything's the twenty-third. It's going to be a long Friday.
L: I'll eat my hat if the girls use that app without me standing over them, mind.
H: We'll hold you to that as well. Okay, quick round of anything else. Martin?
M: Only that Paycorra won't even book the terminals until the agreement's signed, so anything that holds Kit up holds the terminals up.
H: Understood. Gary?
G: No, I've said my piece.
H: Dave, anything?
D: No. Just, somebody ring Openreach and be nicer to them than I was.
S: I'll see what I can do, but no promises, I've got nine hotels and half-term coming.
R: I'll bring the biscuits next time, Lou.
L: Custard creams or don't bother.
H: Okay. Thanks all, same time next week.
"""

# ---------------------------------------------------------------- call 2, Tue 20 Oct 2026
CALLS[2] = """
H: Morning all. Let's give it a minute, Sarah's messaged to say she's in the car.
B: Morning! First one for me, I think. Hi everyone, I'm Bethan, I'm the trainer at Brisa, so I'm the one who'll be standing in your staffroom with a clicker.
H: Bethan's taking the training side off me, thank goodness. No Kit today, I'm afraid, he's sent his apologies through Sarah. Right, let's go through last week's list while we wait. Dave, the VPN.
T: I can answer that one. Dave got me onto the server Thursday night, so thank you, Dave.
D: No worries. That fan heater's gone, by the way. I moved it. It was cooking the server.
H: Brilliant. Tomasz, the trial load, still Friday?
T: Half of it. The guest profiles came out fine, forty-one thousand of them, loads of duplicates, but that's normal. The future bookings are the problem. Roomcraft encrypt the deposit tables and they hold the key, and until they give it to us I can't get a single booking with a deposit on it out of there.
H: Have we asked them for it?
T: I emailed Roomcraft support yesterday. They want eighteen hundred pounds for what they call a data extract licence.
M: Of course they do. Eighteen hundred pounds for a password.
H: So where does that leave the trial load, Tomasz?
T: Realistically the full trial load's end of next week now. I'll do the profiles this Friday and the bookings when I've got the key.
H: End of next week, so Friday the thirtieth. Martin, can we pay them?
M: We'll have to, won't we. I'll raise the PO for Roomcraft tomorrow. Through gritted teeth.
H: Thank you. While I've got you, the Paycorra application?
M: Gone. Thursday.
H: Lovely. And Kit's signature on the merchant agreement?
S: Sorry, sorry, I'm here. I'm in a lay-by outside Bodmin. What did I miss?
H: Perfect timing, Sarah. We're on Kit's signature for Paycorra.
S: Right. So Kit's not signed it. He's been in London with the buyers all week and it's in his bag. He says Monday.
M: He said Friday last week.
S: I know what he said, Martin. Monday.
H: Okay, Monday the twenty-sixth. And Martin, the chart of accounts is still for Friday?
M: Still Friday. It's the bar codes. Every hotel called its drinks something different. St Ives has a code just for Pimm's.
H: And once the agreement's signed, what are Paycorra saying about terminals?
M: Paycorra have said they'll get the terminals to us by the sixth of November. Twelve for Fowey, the countertop ones and the handhelds for the restaurant.
H: Kerensa, I think your room list came in, didn't it?
T: It did, the day after. All thirty-four rooms are built in test, including the dog beds.
R: The dog beds are very important. Half our regulars are spaniels.
H: Lou, the housekeeping codes?
L: Done. Well, it's on the back of a rota, but it's done. I gave it to Bethan.
B: I've got it. It's brilliant. It's got a code that just says D and a note saying don't ask.
H: Sarah, the staff email with the training dates, that was for Friday?
S: I haven't touched it. Honestly. I've had a kitchen fire at Looe and a wedding at Dartmouth that wants the whole hotel. I'll get it out by the thirtieth.
H: The thirtieth, fine. Bethan, that's linked to you, isn't it?
B: It is, because I can't give Sarah dates until I've got a plan. I'll send the training plan over by Friday, front desk, bar tills and housekeeping, and then Sarah's got something to put in the email.
H: Dave, the Wi-Fi walk round at Fowey was Thursday?
D: That's gone west, sorry. The dentist's server died on Thursday and I was there till nine at night. I'll do Fowey Thursday week instead, the twenty-ninth.
H: Right, the big one for today. The housekeeping app. Lou, you wanted to say something about phones.
L: I did. The plan says the app goes on staff phones. My girls aren't putting a work app on their own phones. Half of them have got phones with cracked screens held together with a hair bobble, and the other half don't want me able to see where they are.
M: Could we not just give them five pounds a month towards their own phone? It's a lot cheaper than buying thirty handsets.
L: Five pounds, Martin? For that they'll want the phone and the hotel.
S: Lou's right. Not their own phones. We buy them.
H: Okay. So company phones for housekeeping. Who signs off the money for that?
S: Kit. It's over my limit. And Kit's in London.
H: Then that's a blocker for me. Bethan can't set up the housekeeping training and Dave can't set the phones up until Kit says yes to the spend.
S: I'll put it to Kit this week. I'll do him a one-page paper, he doesn't read two pages.
L: He doesn't read one page, Sarah.
S: He reads the number at the bottom.
H: Lou, related. Can you pick a few of your team for the pilot? People who'll try it first and show the others.
L: My guinea pigs. Yes. I'll have four names to Bethan by Friday. Volunteers, obviously.
H: Tomasz, vouchers.
T: Yes. There's about four hundred gift vouchers in Roomcraft that haven't been used. I'll get the vouchers across in the next load, the sixth.
M: Some of those are from twenty nineteen, mind. They should've expired.
T: That's a question for you, Martin, not me. I just move them.
H: Gary, you said last week you do weddings differently at Salcombe.
G: I said we do weddings properly at Salcombe. We block the whole hotel, there's a deposit schedule, there's a master account for the bride's father. I'd like to see the new system do that before I believe it does.
T: It does. But I'd love to see how you actually run it today.
G: I'll send you our wedding spreadsheet. Thursday. Prepare yourself.
H: Thank you, Gary. And the rates question, because RateWave asked me this on email. Who's the master for rates? Do people keep setting prices in RateWave's screens like they do now?
S: No. Rates get set in the new system and nowhere else. Nobody touches RateWave's screens any more. If the revenue lot want to change a price, they do it in Brisa.
H: Great. And RateWave still say Friday for the test credentials?
S: As of yesterday, yes. Don't hold your breath.
B: Quick one, do you want me to do a session for the night porters too? They do the late check-ins.
S: Let's see how we go.
H: Okay. Last thing from me. I'll circulate a draft cutover plan by the end of next week, so everyone can see what happens on the weekend before the twenty-third. Please actually read it.
G: I read everything, Hannah. Slowly, with a red pen.
H: That's what I'm afraid of. Right. No call next week, it's half-term and half of you are off with the kids. Next one's the third. Thanks all.
"""

# ---------------------------------------------------------------- call 3, Tue 3 Nov 2026
CALLS[3] = """
H: Morning, all. Welcome back. Did everyone survive half-term?
L: Barely. We had a family of seven in a room for four at Newquay. Don't ask me how.
R: We had a wedding, a wake and a hen do on the same Saturday. The hen do was the quietest.
H: Lovely. No Kit, I'm guessing?
S: His diary says London. That's all I know. I've stopped asking.
H: And no Dave.
R: Dave's at the dentist's, the other job. He rang me last night though, I've got his bits.
H: Great, we'll come to those. Let's start with migration. Tomasz?
T: Good news for once. Roomcraft sent the key over once Martin paid them their ransom, and I've done the trial load, profiles and bookings.
R: I've been having a nose in the test system. I found my own mum in there, booked in for Christmas Eve, which is news to me.
T: That's the trial load working. Forty-one thousand profiles, two thousand three hundred future bookings, and the deposits tie up to the penny, which never happens.
H: Martin, the chart of accounts, did that come through in the end?
T: It did, I've got Martin's codes in. The ledger mapping's done except the spa, and the spa's only in two hotels, so that's January.
H: Wonderful. Martin, Kit's signature?
M: Kit's squiggle is on it. Monday, like Sarah said. Well, Tuesday. But it's on it and it's gone back to Paycorra.
H: And the terminals, still the sixth?
M: No. Paycorra went quiet and then came back saying the thirteenth. Apparently there's a shortage of the countertop ones. And Dave can't set the terminals up and I can't finish the card security questionnaire until Paycorra actually send them.
H: So the terminals are the thirteenth now. Can you say what the questionnaire is, for the GMs?
M: It's the PCI one. A self-assessment, the SAQ. It's basically us promising Paycorra we don't write card numbers on Post-it notes. I'll have the SAQ done by Friday week, as far as I can without the terminals.
G: We do write card numbers on Post-it notes at Salcombe, for the record. Then we shred them. Mostly.
M: I didn't hear that, Gary.
H: Kerensa, you said you've got Dave's bits.
R: Yes. So he did his walk round on Thursday, and the second floor's dead. No Wi-Fi past room two-oh-eight. He says he'll order three access points and have them fitted by the thirteenth.
H: And the line? Openreach?
R: Nothing. He's chasing. He said to tell you same as before, only more annoyed.
H: Okay. Bethan, the training plan.
B: It went out on the twenty-second. Three sessions, front desk, bar and restaurant tills, and housekeeping.
R: It's on the staffroom wall. Somebody's drawn a moustache on you, Bethan, I'm sorry.
H: Lou, your four guinea pigs?
B: I've got them. Lou's four volunteers are booked in.
H: Sarah, the email to the Fowey staff.
S: Oh God. No. I haven't. I've had the fire inspector at Looe all week and the wedding at Dartmouth has now got a horse in it.
R: Give it to me, Sarah. They're my staff anyway. I'll write it tonight and send it by Friday.
S: Would you? You're an angel. Yes, Kerensa's doing it.
H: Thank you, Kerensa. So that's Friday the sixth. Gary, the wedding spreadsheet?
G: I haven't. It's been mad. Friday.
H: Sarah, the phones. Did Kit say yes?
S: I put the phones paper in front of Kit on Thursday. One page, number at the bottom in bold. He said he'd look at it.
L: So that's a no.
S: It's not a no. It's a not yet.
H: So we're still waiting on Kit for the phones. I'll keep it on the blocker list. The cutover plan, did anyone open it?
G: I did. Red pen, as promised. Page four says the restaurant closes at six on the Sunday. It does not close at six on the Sunday, it's our busiest Sunday lunch.
H: That's exactly why I sent it round. So, history. Tomasz, you wanted a decision on how far back we go.
T: Yes. Roomcraft's got twelve years of guest history. I can bring it all, but a lot of it's rubbish, people who stayed once in twenty fourteen with an email address at a company that doesn't exist any more. My suggestion is profiles with a stay in the last three years, plus every future booking, and the rest stays in Roomcraft, read-only.
G: I want all twelve years. We've got guests at Salcombe who come every other summer, and the first thing the receptionist does is look at what room they had last time.
T: Every other summer is inside three years, Gary.
G: Some of them come every four years. Olympic guests.
S: Gary, you can look them up in Roomcraft, it's not going anywhere. Three years it is.
H: Okay, three years plus future bookings, the rest read-only. Tomasz, the vouchers?
T: Not started. I'm waiting on Martin to tell me which ones are actually live. I'm not moving a voucher from twenty nineteen if nobody's going to honour it.
M: I'll look at it. Don't hold me to a date, I've got the month end.
H: Okay, we'll come back to that. Tomasz, the dress rehearsal.
T: So the dress rehearsal is the full migration, done for real into a copy, so we know how long it takes. I'll do the dress rehearsal load on the twelfth. Then Fowey can look at it on the Friday and tell us what's wrong.
R: Can I throw an idea in? Why don't we switch the bar tills at Fowey over a week early? On their own, as a trial. Then by the twenty-third at least the bar staff know what they're doing.
T: The tills post to the room bills, though, so it gets messy with the rooms still in Roomcraft.
H: Let me think about that one. Bethan, can you do something for Kerensa's supervisors before the main training? So they can help on the day.
B: A train-the-trainer session, yes. Thursday the twelfth, at Fowey. I'll bring the cake.
L: And I'll make the girls a cheat sheet for the app. Big letters, pictures, no long words. By Monday.
H: Lovely, Lou. Gary, one more for you, I'm afraid, for January.
B: I'll need the names of your reception team at Salcombe, Gary, so I can book them in for the January training.
G: I'll get you the names by Friday. All six of them. Well, five, one's leaving, she just doesn't know it yet.
H: And RateWave. Sarah?
S: Nothing. I've sent them three emails and rung twice. I'll scream if someone says RateWave to me again.
H: If it comes to it, we could always push Fowey a week. I'm not suggesting it, I'm just saying it's there.
S: It's not there. Don't even put it in the notes. Martin, anything from you?
M: Just that Dave said once the terminals land he'll stick them on their own network, out of the way of the guest Wi-Fi. He asked me to pass that on.
H: Great. Thanks all. Next week, same time. And somebody find Kit.
"""

# ---------------------------------------------------------------- call 4, Tue 10 Nov 2026
CALLS[4] = """
H: Morning. Lou's sent apologies, the laundry at Newquay's flooded and she's in wellies. Kit said he'd try to join. Let's crack on.
G: Is it just me or has it been raining since August?
D: It's Cornwall, Gary. It's been raining since the Romans.
H: Tomasz, RateWave, because I gather there's news.
T: There is. RateWave finally woke up on Thursday. We're connected to their test side, and I pushed rates and availability for Fowey out to it on Friday. Then I made a booking on their pretend Booking dot com and it came back into Brisa in about four seconds.
R: Four seconds! Roomcraft takes four minutes and sometimes loses the booking entirely.
T: Don't get too excited. There's a next bit. RateWave have to map our room types and rate plans on their side, to whatever the booking sites call them. They say they'll have the mapping done by the sixteenth.
S: That's Monday.
T: Monday. And until that's done nothing goes out to the real booking sites. We can test, but we can't sell.
H: So that's a new one for the blocker list. RateWave again. Okay. Gary, your spreadsheet, Tomasz?
T: Came in on Friday. It's, um. It's a lot. There's a tab called Dad.
G: That's the bride's father tab. I did warn you.
H: Dave, welcome back. Terminals?
D: Twelve boxes turned up at Fowey yesterday. Eight countertop, four handhelds. Paycorra even put the right address on them, which I didn't expect.
M: Miracles.
H: Great. And what's next for them?
D: I'll have the terminals on their own network by Friday. Separate from the guest Wi-Fi and separate from the office. Martin's questionnaire needs it.
M: It does. Which is why I'm not done. I'm about halfway through the SAQ, and half the questions are about Dave's network. Wednesday next week.
H: Wednesday the eighteenth. And the access points on the second floor, Dave?
D: Ordered. They're coming Thursday, I'll fit them Friday.
H: And Openreach?
D: Openreach have given us a date. The nineteenth.
S: Four days before go-live. That's cutting it fine.
D: It's Openreach. That's the date they've given. Whether a van turns up is another question.
H: Dress rehearsal. I'll say this one, Tomasz, because you told me yesterday. It's moved to Saturday, the fourteenth, because Roomcraft's night audit runs on the Thursday and the two of them can't share the server.
T: That's right. Saturday. I'll be doing it in my pyjamas.
H: Bethan, where are we for Thursday?
B: All set for the supervisors on Thursday. And I have to say, Lou's cheat sheet is better than my manual. It's got a picture of a hoover with a sad face for out of order.
R: The girls love it. It's on the back of every trolley already.
H: Kerensa, the email to your team?
B: I can answer that, I've had eleven replies to Kerensa's email already. Mostly asking if there's lunch.
R: There is lunch. I promised lunch. That's the only reason anyone read it.
H: Good. Bethan, the main sessions at Fowey, then.
B: So, I'll run the front desk and bar sessions on the nineteenth and twentieth, and housekeeping on the Friday morning with Lou. That's the Thursday and Friday before go-live, so it's fresh in their heads.
R: Fresh-ish. It's Fowey.
H: Gary, the reception names for January?
G: Friday, hopefully.
H: Okay. Martin, the vouchers. We need to decide.
M: Right. I've looked at it. Of the four hundred, about ninety are live, the rest have expired or they're ones we gave to the vicar. My view is, leave the vouchers in Roomcraft. We'll honour the live ones off a spreadsheet till they run out.
T: I can do a voucher import in a day if you want it. It's not hard.
S: No. It's ninety vouchers and Martin's got them on a spreadsheet. Tomasz, park the vouchers, don't bother.
T: Okay, vouchers parked.
K: Hello? Sorry. Can you hear me? I'm on a train.
H: We can hear you, Kit. Just about. Welcome.
K: Sorry I've missed the last couple. It's been the sale. What do you need from me? Sarah says there's a list.
S: Two things, Kit. The phones for housekeeping. The paper I gave you.
K: Buy the phones. Honestly, I thought I'd said yes. Buy them.
S: Right. I'll order them this afternoon before you change your mind.
H: Thank you. And the second thing, Kit, is the go-live sign-off. Before we switch Fowey over I need the sponsor's signature on the go/no-go checklist. It's two pages.
K: Email it to me. I'll sign it by Friday. Anything else?
G: Can I ask you a straight question while you're here, Kit? Are we still doing Salcombe in January if Fowey goes badly?
K: If Fowey goes badly, Gary, we'll talk. Fowey isn't going to go badly. Is it, Kerensa?
R: Not if I've got anything to do with it.
K: There you go. Once the sale's done I'll come to every one of these calls, I promise. I'm going into a tunnel.
S: And he's gone.
H: Well, we got what we needed. Martin, was there anything else from Paycorra?
M: Their terminal set-up guide came in this morning. I've just forwarded it to you now, Dave.
D: Got it. Thanks.
H: Okay. That's everything. Next week is the last call before go-live, so let's make it a good one.
R: I'll wear a tie.
G: You haven't got a tie, Kerensa.
R: I'll borrow yours, Gary.
"""

# ---------------------------------------------------------------- call 5, Tue 17 Nov 2026
CALLS[5] = """
H: Morning, everyone. Last one before Fowey goes live. No Kit, Sarah?
S: He's at the solicitors in Exeter. The sale's meant to complete on Friday. He sends his love, he says.
G: He sends his love. That's new.
S: I'm paraphrasing.
H: Let's start with the scary stuff. Tomasz, the dress rehearsal.
T: Went through on Saturday. Six hours and ten minutes, so the real one fits in the Sunday night with room to spare. The counts tie, apart from eleven bookings that had no room type in Roomcraft, and Kerensa's sorting those by hand.
R: Eleven. I've done seven already. Four of them are the same man.
H: Good. And the real thing is as per the plan, Sunday night?
T: As per the plan. Sunday the twenty-second, from ten.
H: RateWave's mapping, was that Monday?
T: Nothing. They want a form. A form, Hannah, with our room types on it, which is the exact information I sent them in an email. So I've filled in the form.
S: Did they give a date?
T: No. In the queue.
H: So that's our biggest risk. Without the mapping, Fowey's rooms won't be on the booking sites on the Monday.
R: We can live with a few days. In November we're mostly regulars and the phone. I'd rather go live and have no Booking dot com for a week than wait.
G: Or we wait until it all works. Push it to the thirtieth. One more week, everything done properly, no heroics.
H: That's an option, honestly, Gary. The thirtieth would give RateWave and Openreach another week.
S: No. We go on the twenty-third. Kerensa's team are trained up, the lunch is ordered, and if we move it once we'll move it three times. If the line's not in, Dave's dongle it is.
D: It's not a dongle. It's a business-grade 4G router.
S: It's a dongle, Dave.
H: Okay. So we're going on Monday the twenty-third. Dave, the line and the router.
D: Openreach cancelled the nineteenth, on Friday, by text. Now they're saying the twenty-sixth, which is after. So yes, the 4G box. I'll have the 4G box in at Fowey and tested by Friday.
H: And the access points?
D: Two of the three are up. The third one needs an electrician for a socket, so Thursday for that one.
L: Can I just say, the phones work in two-oh-eight now, which is a miracle. I stood in the corridor and cried a little.
H: Lou, welcome back. How's Newquay?
L: Dry. Ish. I've got a dehumidifier called Gerald. And the phones came Friday, by the way, they're lovely. They're in a drawer in my office. Nobody's touched them, because nobody's allowed in my office.
B: Dave let me have one to play with last week. They're a doddle, Lou, honestly.
L: You can come in my office, Bethan. Dave can wait in the corridor.
D: Fair.
H: Martin, the questionnaire.
M: Done and sent. And Dave's put the card machines on their own little network, which apparently made the questionnaire about half the length.
D: You're welcome.
H: And anything else outstanding with Paycorra?
M: They want a test payment on every terminal before the Monday, and that's already in Bethan's Friday session.
B: It is. The bar staff are going to buy each other a drink on every machine.
R: That's the best training idea I've heard all project.
H: Bethan, how did Thursday go, with the supervisors?
R: Can I? It was brilliant. Dawn's now showing everyone the tills on her own, and she hates computers.
B: Dawn's a natural. She found a bug in the split bill, which I'm pretending I put there on purpose.
H: And the main sessions, Thursday and Friday this week?
B: All set. Fifty-one people booked across the two days.
H: Gary, the Salcombe names for Bethan.
G: I know. I know. I'll do it.
B: I only need six names, Gary.
G: Five. And I said I'll do it.
H: Okay. Sarah, Kit's sign-off on the go/no-go checklist.
S: It's sitting in his inbox. He's at the solicitors till Thursday. I've flagged it red, I've put it on his WhatsApp, I've done everything but tattoo it on his arm.
H: I do need it before Monday. I can't switch Fowey over without it.
S: I know. Believe me, I know.
H: Lou, housekeeping on the day.
L: We'll be fine. If the app falls over on the Monday, we'll do it the old way with a clipboard. We always can.
R: I'll be in at six on the Monday anyway. I always am.
G: She is. It's unsettling.
B: And I'm happy to do a refresher the week after if anyone wants one. Just shout.
H: Thank you. Okay, let me sum up before we lose anyone. We're going live at Fowey on Monday the twenty-third. Open items are the RateWave mapping, Kit's signature, the 4G box, the last access point and Gary's names. Anything I've missed?
M: The vicar's vouchers.
H: The vicar's vouchers are safe with you, Martin. Right, thanks all, and good luck, Kerensa.
R: Thanks. I'll send pictures. Of the cake, mostly.
"""


def split_cues(text, limit=24):
    """Cut a long turn into Zoom cues: at sentence ends, and a very long sentence once more at a comma."""
    sents = re.split(r"(?<=[.?!])\s+", text)
    pieces = []
    for s in sents:
        if len(s.split()) > 30 and ", " in s:
            commas = [m.start() for m in re.finditer(", ", s)]
            i = min(commas, key=lambda c: abs(c - len(s) // 2))
            pieces += [s[: i + 1], s[i + 2:]]
        else:
            pieces.append(s)
    cues, cur = [], []
    for s in pieces:
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
        out.append((NAMES[code], text.strip()))
    for (a, _), (b, _) in zip(out, out[1:]):
        assert a != b, (n, a)  # consecutive cues of one speaker would merge: never two turns in a row
    return out


def ts(t):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    ms = int(round((s - int(s)) * 1000))
    if ms == 1000:
        ms = 999
    return f"{int(h):02d}:{int(m):02d}:{int(s):02d}.{ms:03d}"


def render(n):
    rnd = random.Random(4100 + n)
    t = 2.0 + rnd.random() * 3
    lines, k = ["WEBVTT", ""], 0
    for name, text in turns(n):
        cues = split_cues(text)
        for i, part in enumerate(cues):
            k += 1
            dur = max(0.9, len(part.split()) / 2.6 + rnd.uniform(-0.2, 0.5))
            lines += [str(k), f"{ts(t)} --> {ts(t + dur)}", f"{name}: {part}", ""]
            t += dur + (rnd.uniform(0.02, 0.25) if i < len(cues) - 1 else rnd.uniform(0.35, 1.4))
    return "\n".join(lines)


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.vtt").write_text(render(n))
        ts_ = turns(n)
        print(f"call-{n}.vtt: {len(ts_)} turns, {len(set(s for s, _ in ts_))} speakers")
