#!/usr/bin/env python3
"""Generate the Linthwaite audit calls (calls/call-1.vtt .. call-5.vtt) from the turn lists below.

Output imitates a Microsoft Teams WebVTT transcript export (docs/FORMATS.md, Teams layout): a WEBVTT header, then
cues of "<guid>/<turn>-<part>", "HH:MM:SS.mmm --> HH:MM:SS.mmm" and "<v Full Name>text</v>". A turn written with
" | " inside it is exported as several consecutive cues of the same speaker (Teams cuts long turns), less than
0.2 s apart. A turn written with a leading "~" starts before the previous cue ends (someone talking over someone).
Speaking rate ~2.6 words a second plus small random pauses; every turn lasts 2-40 s. A fixed seed per call makes
the output reproducible.

Usage: python3 make_calls.py          (writes calls/call-1.vtt .. call-5.vtt next to this script)
"""
import random
import uuid
from pathlib import Path

NAMES = {
    "RG": "Rowena Garside",
    "IH": "Ines Halvorsen",
    "PO": "Philippa Ormerod",
    "SB": "Shazia Bhatti",
    "AK": "Aidan Kershaw",
    "BN": "Bridget Nolan",
    "TM": "Tendai Moyo",
    "CA": "Christopher Adeyinka",
    "LB": "Lukas Brenner (Guest)",
}

CALLS = {}

# ---------------------------------------------------------------- call 1, Wed 2026-10-21
CALLS[1] = """
RG: Morning everyone. Can you hear me okay? I'm on the laptop speaker today, so shout if I'm echoing.
SB: Yeah, we can hear you. We're in the pharmacy office, it's me and Aidan on the one screen.
AK: Hiya.
RG: Lovely. And Philippa, you're on as well, brilliant. I know you've got drugs and therapeutics straight after this.
PO: I have, yes. I've got till about twenty past, then I'll have to drop off. Sorry.
RG: No, that's fine, we'll do the things we need you for first. Um, Bridget, Tendai, thanks for coming off the wards for this.
BN: Well, I'm technically still on the ward. If I disappear it's because someone's pressed a buzzer.
TM: Same. I'm in the sister's office with the door shut, which fools nobody.
RG: Ha. Okay. So this is the first of the weekly calls for the stock control move. Just so we're all on the same page, on paper the pharmacy comes off Apex and onto Tallis Stock over the weekend of the twenty-eighth and twenty-ninth of November, | and the first ward cabinets go live the Monday after, so the thirtieth. And the cabinets get their patients from the PAS through Kit's interface engine, and the prescriptions from the ePMA, which is the bit everyone's nervous about.
CA: Rightly.
RG: Rightly, yes. Okay. First thing, and Philippa, this is the one I want you for. Which ward goes first with the cabinets. We've proposed Ward 14, because it's the biggest medical ward and it's got the most ward stock going through it.
PO: Bridget, how do you feel about that? Honestly.
BN: Honestly? Um. Terrified, but yes. We've got the most to gain. My nurses spend, I don't know, forty minutes a drug round hunting for things. And we've got a stable team at the minute, touch wood.
TM: And Seven's happy to go second. I'd rather watch fourteen find all the problems first, if I'm honest.
~BN: Thanks, Tendai.
PO: Right. Then that's agreed. Ward 14 is the pilot for the cabinets and Seven follows on after. Rowena, you can write that down.
RG: Written. Ward 14 first, Ward 7 second. Um, and Philippa, while we've got you, the controlled drugs question.
PO: Yes. So. Nothing goes in those cabinets that's a CD until the Medication Safety Committee has seen the revised SOP. | I'm not having a schedule two sitting in a cabinet we haven't risk assessed. So I'll take the cabinet SOP to the Medication Safety Committee on Tuesday the third and get it signed off there.
RG: Perfect. That's the third of November.
BN: So until then we, what, we plan as if the CDs stay in the cupboard?
PO: Until then you plan as if nothing. I mean, yes, I'll just put the morphine in on day one and see who notices.
BN: Ha. Okay. Fair.
PO: Right, I'm going to have to go, I'm so sorry. Shazia, you've got my proxy on anything stock. Bye all.
SB: Bye Philippa.
RG: Bye. Okay. Kit, can we do the interface bit while you've got signal?
CA: Yep. Can you hear me? I'm on the train, so, um, I'll go on mute when we hit the tunnel.
RG: We can hear you. So Ines needs to see what the ADT messages actually look like coming out of your engine before she builds anything.
CA: Yeah, no, understood. Leave that with me. I'll get you a week of anonymised ADT messages off the test engine by Friday.
IH: That would be brilliant, thank you. The admits, the discharges, and the transfers especially. The transfers are always where it goes wrong.
CA: Transfers, yeah. We've got some horrible ones. Patients going down to theatre and back and the PAS books it as a discharge.
IH: Oh, lovely.
CA: If you want, I could probably get you a live feed into your test box rather than samples, but that'd need a change request, and honestly the CAB are in a mood this month.
IH: No, samples are fine for now. And you'll want our side too. We'll get the interface spec to you by Monday, the inbound ADT and the outbound dispensing messages, both.
CA: Great, cheers.
RG: Okay. Stock. Shazia, Aidan, where's Apex at?
SB: Apex is Apex. It's still running, which is about the nicest thing I can say about it. Um. What Ines needs from us is the product file, isn't it? Every line we stock.
IH: Yes. The full product file, with the pack sizes and the Apex codes, and whatever dm+d codes you've already got against them.
SB: Which won't be many. So when do you need it by?
IH: End of next week would be lovely, then I can start on the mapping.
SB: Yep, can do. I'll pull it off Apex myself. End of next week.
AK: It's, just so you know, it's about fourteen hundred lines in the dispensary, and then the robot keeps its own list on top of that.
IH: That's fine. That's normal.
AK: When we put the robot in, back in twenty nineteen, I used to count the fridge lines every Sunday by hand, because the robot and Apex never agreed about anything.
RG: On the robot, Aidan, Vantor have asked for a copy of the robot's current configuration before they plan the upgrade. Lukas, their engineer, couldn't make today, but he'll be on next week.
AK: Yeah, he emailed me. I'll send Lukas the config backup off the robot PC tomorrow. It's just an export, it's five minutes.
RG: Great. Um, wards. Bridget, for the cabinets we need everybody who's going to use them, so we can set up the fingerprint log-ins.
BN: Yeah. I'll get you the names by Monday. All the registered nurses, the HCAs who do the CD checks, and the bank staff who are regulars.
RG: Lovely. And power. I know Estates have been round to look.
BN: They have, they came round last Thursday with a clipboard. Estates have said they'll have the power and data points in on both wards by the sixth.
TM: That's what they told me too. The sixth.
RG: Both wards by the sixth of November. Okay. Tendai, for Seven, can we have a couple of superusers? People who get the extra training and are the go-to on each shift.
TM: Yeah. Um. I've got a couple in mind, I just need to ask them first, it's not fair otherwise. I'll have two names for you by next week's call.
RG: Perfect, thank you.
SB: Oh, one more on stock, sorry. The wholesaler.
RG: Go on.
SB: Alliston, so they're our main wholesaler. The electronic ordering has to go through Tallis from day one, otherwise we're back to typing orders into their portal by hand. | Alliston have promised us a test account on their ordering feed by the thirtieth.
IH: The thirtieth of October.
SB: That's what they said. Whether it happens is another matter.
RG: I'll put it down as theirs. Okay, and from me, I'll get the draft cutover plan round to everyone by Friday the thirtieth, so there's something to throw rocks at.
CA: Looking forward to it.
RG: Um, anything else? Kit, you went quiet.
CA: Sorry, tunnel. I'm back. Someone should probably warn the ward clerks that transfers need doing properly on the PAS from now on, otherwise the cabinet's going to think the patient's still on the old ward.
RG: Let's park that one for now, it's a good shout though. Okay. Thanks all, same time next week.
BN: Bye bye.
"""

# ---------------------------------------------------------------- call 2, Wed 2026-10-28
CALLS[2] = """
RG: Morning all. Give it a sec, people are still coming in. | Lukas, welcome, I think this is your first one with us?
LB: Yes, hello, good morning. Lukas, from Vantor. I'm the field engineer for your robot. And for about forty others.
SB: We love our robot, Lukas. Most days.
LB: Everyone says most days.
RG: Philippa's sent her apologies, she's at the regional chief pharmacists' meeting today. Um, Kit, are you with us?
CA: I'm here. Not on a train this time, you'll be glad to hear.
RG: Good. And, oh, Tendai's just joined. Morning Tendai.
TM: Sorry, sorry, handover ran over. Morning.
RG: No problem. Right, let's go through last week's actions. Kit, the ADT samples.
IH: Oh, I can answer that one. Kit's sample messages came through on Friday afternoon, thanks Kit. Really helpful. The transfers are as horrible as you said.
CA: I did warn you.
IH: You did. And our spec should be with you, did you get it?
CA: Yeah, I had it first thing Monday. I've been through it. I've got about six questions, I'll put them in an email, nothing scary.
RG: Great. Bridget, the staff list.
BN: I sent it. Did you get it?
RG: Got your list on Monday, yes, forty-two names. Thank you.
BN: There'll be more. We've got two new starters in December.
RG: That's fine, we can add people at any point. Tendai, superusers?
TM: Yes. Joyce and Emeka. They both said yes. Joyce a bit too quickly, I think she thinks there's cake involved.
RG: There might be cake. Lovely, Joyce and Emeka. | Aidan, the robot backup for Lukas.
LB: Yes, I have that. Aidan sent it on Thursday, thank you. It's, um, it's an old version, your robot. Four point two.
~AK: Is that bad?
LB: It is not bad, but Tallis needs the new host interface, version six, so I must do an upgrade on site. Normally, you know, we used to do all of these remote, but your trust doesn't allow our remote access any more.
CA: That's us. Sorry. Security shut all the vendor VPNs in the summer.
LB: It's okay. So I come on site.
RG: When can you come in, Lukas?
LB: Let me look. Um. The week of the ninth I'm in the north anyway. I can be on site Tuesday the tenth. Put me down for the tenth.
AK: And the robot'll be down for how long?
LB: Four hours. Maybe five. Better early in the morning.
AK: We'll have to pre-pick the ward top-ups the night before, then. It's doable.
LB: And I'll send you the release notes for version six today, so you see what changes on the screens.
AK: Cheers, Lukas.
RG: Okay. Shazia, the product file from Apex.
SB: Ah. Yeah. So. Um. Apex won't give me the pack sizes in the same report, it's two reports and then somebody has to stitch them together, and the somebody is me. | So not this Friday. Realistically the one after.
IH: Okay. The thing is, until I've got that file I can't start the mapping. At all. Every single line in Tallis hangs off the dm+d code.
SB: I know. I know. I'm sorry.
IH: No, it's fine. Once I get the file I can turn the mapping round in about a week. It's just the thing I'm sat waiting on.
RG: Okay, so the product file's the sixth now. Um, which brings me to the question Ines raised in her email. History.
IH: Yes. So the question is whether we bring any transaction history across from Apex, or just opening balances. Our advice is opening balances.
AK: I'd want the history, to be honest. Two years of issues to wards, at least. When a ward says they never got something, I want to be able to look.
SB: Can we not just keep Apex for that?
IH: You can, read-only. A lot of trusts do that. Bringing two years of transactions across is, well, it's a lot of mapping for something you'll look at twice.
AK: Twice a month, maybe.
SB: Aidan, honestly, I'd rather we got the live stuff right. Apex stays up read-only for a year, and if anyone needs history they look there.
AK: Fine. Fine. Opening balances.
RG: So we're agreed: opening balances only from Apex, no transaction history, and Apex is kept read-only for a year for looking things up.
SB: Yes. Agreed.
RG: Aidan, while you're on, the robot versus Apex thing. Lukas says the robot's stock list has to match Apex before we migrate anything.
AK: Yeah. I'll reconcile the robot against Apex, every line. Friday week. It's eighteen hundred lines with the fridge, so don't ask me for sooner.
RG: Friday the sixth, then. Kit, the ADT route into Tallis test.
CA: Yep. So that's the real build. My team will have the ADT route built in test by the sixth. We've got most of the engine config templated off the ePMA feed anyway.
IH: And the cabinets have to talk to the Tallis server through your firewall as well.
CA: Yeah, that's Magnus. Magnus in my team will open the firewall rules for the cabinets, he's said by the end of next week. He's got the IP ranges from your document.
RG: Lovely. Bridget, par levels for fourteen? The top-up list?
BN: Yeah. I'll go through it with the night sisters and send it back to Shazia by Friday the sixth.
TM: I'm not going to get to Seven's before Bridget's, honestly, we're two nurses down and I've got the CQC lot in on Thursday.
RG: That's fine, Seven's second anyway. | Shazia, anything from Alliston?
SB: Nothing yet. It's not due till Friday, in fairness to them.
RG: Okay. Anything else from anyone? | Oh, and the cutover plan, I'm on track for Friday.
LB: Sorry, one question. The robot downtime, who do I tell at the hospital, the security desk?
AK: Just ring me when you're in the car park, I'll come and get you. It's a maze down there.
RG: Brilliant. Okay, thanks everyone.
LB: Thank you. Bye.
SB: Bye all.
"""

# ---------------------------------------------------------------- call 3, Wed 2026-11-04
CALLS[3] = """
RG: Morning. Is that everyone? I've got Shazia, Aidan, Bridget, Tendai, Ines, Kit.
CA: Here.
BN: Morning. It's carnage on fourteen today, so if I go quiet, that's why.
RG: Noted. Philippa said she'd try and join late, she's in a complaints meeting. | Okay, Kit, you had the cutover plan?
CA: I did. Thanks for the cutover plan, Rowena, I read it on Saturday. I've left comments. Mostly about the Sunday, I don't think we've got enough people on the Sunday.
RG: That's fair, we'll come back to the Sunday. Shazia, the product file?
IH: It's here! We got Shazia's product file on Monday. Fourteen hundred and twelve lines. So I've started.
SB: Two days early. Write that down somewhere.
RG: It's written. Ines, what does that do to your mapping?
IH: So, the mapping back to Shazia to check. I'll have the mapping back to you by Friday the thirteenth. Unlucky, I know.
SB: Fine by me.
RG: Great. And Philippa's committee, does anyone know how that went?
SB: Yeah, she texted me. Philippa got it through committee yesterday. With conditions.
BN: What conditions?
SB: I think she wants to tell you herself. But basically the CDs.
RG: Okay, we'll wait for her. Aidan, the robot reconciliation?
AK: Getting there. I'm about twelve hundred of the eighteen hundred through. The fridge is the worst bit and I've not done the fridge. | Oh, and Lukas's release notes came through last week, so I've had a look at the new screens. They're fine. Bigger buttons.
RG: Good. Are you still okay for Friday on the reconciliation?
AK: Should be. It's tight. If the baby doesn't come early, anyway.
TM: When's your leave?
AK: Twenty-third. Three weeks. So I want all this done before then.
RG: Which reminds me, the goods-in quick reference card for the dispensary. Aidan, you said you'd have a go at that?
AK: Yeah, I'll do the goods-in card. I'll have a draft by the thirteenth, before I go off.
RG: Lovely. Kit, the ADT route.
CA: Yeah. So, bad news. The PAS upgrade got moved into this week, so we've been in a change freeze since Monday and nothing can go on the engine. It'll be the following Friday now.
IH: The thirteenth.
CA: The thirteenth.
IH: Okay. Just so everyone knows what that means. Until the ADT route's in, Tallis test has got no patients in it, so I can't test a single thing against the cabinets.
CA: I know. I'm sorry. If the PAS upgrade slips again we might end up doing the route in the evening, but I'm not planning on that.
RG: Okay. And the firewall for the cabinets, that was Magnus?
CA: Magnus did the firewall on Monday. All the rules are in, he's tested from the ward network.
RG: Brilliant. Kit, while we're on your lot, the change for the go-live weekend. Does that need to go to CAB?
CA: Everything needs to go to CAB. I'll put the RFC in for the go-live weekend by Monday.
RG: Thank you. Bridget, Estates?
BN: Right. So Estates were on fourteen yesterday, they've done the sockets but not the data points. Now they're saying the thirteenth. For both wards.
TM: Same on Seven. They've not even started Seven.
RG: So the thirteenth for both. Okay. And the par levels, Bridget?
BN: I haven't. I'm sorry. It's been awful this week. I haven't done the par levels. Monday. I'll do them Monday, I've got a study day so I'll actually be sat down.
SB: Monday's fine.
TM: And I'll do Seven's by the thirteenth. The top-up list. We've got our staffing sorted for now, so.
RG: Thanks Tendai. Shazia, Alliston?
SB: Nothing. The thirtieth came and went. I've chased them twice. Nobody at Alliston seems to know who owns the test accounts.
IH: And that one matters as well. We can't put a single order through Tallis to Alliston until they give us that test account.
RG: Do you want me to escalate through our account manager? We've got a contact there.
SB: Can we give it till the end of the week? I've got a call in with their rep.
RG: Sure. | Oh, here's Philippa. Morning Philippa.
PO: Sorry, sorry, I've come straight out of a complaints meeting. Have I missed the CD bit?
RG: You've not, we saved it for you.
PO: Good. So the committee approved the cabinet SOP yesterday. But. For the first month, the controlled drugs stay in the ward CD cupboard, and the cabinets hold non-CD stock only. Then we review.
BN: Could we not at least put the oral morphine in? That's the one we go to fifty times a day.
PO: No. First month, nothing CD. If it goes well we'll do the oral morphine first, I promise you that.
BN: Okay. Okay, that's fair.
RG: So decided: for the first month the CDs stay in the ward CD cupboard and the cabinets are non-CD stock only, reviewed after a month.
PO: Yes. And I have to go again, I'm so sorry. Shazia's got me.
SB: I've got you.
PO: Thank you. Bye.
RG: Bye Philippa. Um. Anything else?
SB: Just, we'll need a proper count before the cutover weekend. I did the last stock take for the auditors in March, it took three of us a whole weekend.
~AK: Don't remind me.
RG: Let's pick that up next week with the cutover plan. Thanks all.
TM: Thanks. Bye.
"""

# ---------------------------------------------------------------- call 4, Thu 2026-11-12
CALLS[4] = """
RG: Morning all, and thanks for bearing with the move to Thursday. Ines and I were both stuck at our user group yesterday.
BN: Thursday's actually better for me, I'm not going to lie.
RG: Noted, we'll think about it. Um, Shazia, no Aidan?
SB: Oh, you haven't heard! Aidan's baby came early. Saturday. A little girl, both fine.
RG: Oh, lovely! Congratulations to him.
~TM: Aw. That's lovely news.
SB: So he's off now, three weeks. He's not going to be picking up emails, I've told him not to.
RG: No, quite right. Okay, so we need to hand his bits over. The reconciliation, where did he get to?
SB: He'd done about fourteen hundred lines, he's left me his spreadsheet. I'll finish it. Give me till Wednesday.
RG: Wednesday, thank you. And the goods-in card?
SB: I really can't do both. Ines, could your team do the goods-in card off your training pack?
IH: Yes, I can adapt ours, it's mostly the same screens. I'll have it to Shazia by Wednesday the eighteenth.
RG: Great. Lukas, you're with us. The upgrade?
SB: Can I say? Lukas was in on Tuesday, the robot's on version six now, and it went really smoothly. We were back up by eleven.
LB: Mostly smoothly.
RG: Mostly?
LB: Mostly. The upgrade is good. But when I tested a dispense from Tallis, the robot rejects any split pack. The message from Tallis sends the quantity in packs, not in units. So fourteen tablets from a pack of twenty-eight, it says zero point five, and the robot says no.
IH: Ah. That'll be the pack-level flag on our side.
LB: So until Tallis sends units, I can't test any of the split packs through the robot. And that is, what, a third of your lines?
SB: More. It's every ward top-up of anything that isn't a whole box.
RG: Okay. That's on us. I'll log it with our product team today and get you a fix date by Monday.
LB: Thank you. And, um, if your pharmacy wants it, we could add the fridge module later, but it's a separate quote.
SB: Lukas. One thing at a time.
LB: Of course.
RG: Kit, ADT route?
IH: I'll answer that. I've been seeing admissions come into Tallis test since Tuesday. Real-looking ones, with transfers and everything.
CA: Real-looking, not real, please. We scrub them. But yes, the route's live in test. And the RFC's in, it's on the CAB for the twenty-fourth.
RG: Brilliant, thank you. Ines, end-to-end test?
IH: So now there's patients, I'll run the end-to-end with Bridget's ward on Monday. Admit a test patient, prescribe on the ePMA, watch it land on the cabinet.
BN: Monday's fine, I'll make sure somebody's around who knows what they're looking at.
RG: And the mapping, Ines?
IH: Ah. So I'm not going to make Friday. The fridge lines have got no dm+d codes at all, I'm doing them by hand. It'll be Tuesday now.
SB: Tuesday's okay. Don't do the fridge lines wrong, please, that's all I ask.
RG: Bridget, Estates?
BN: Fourteen's all done. Sockets, data points, all of it. They were very proud of themselves.
TM: Seven, they've done four of the six bays. They said the rest by tomorrow.
RG: Okay, four of six. And Bridget's par levels?
SB: Bridget's par levels came through on Monday, thanks Bridget. I've loaded them into the test build.
BN: Study days are amazing. I should have one every week.
RG: Tendai, can I come to you about Seven? You mentioned staffing.
TM: Yeah. So. We're three down now, we had another one go to the community team, and honestly, I'd rather not take on the cabinets in December. | It's not that I don't want them. I just can't release people for training over Christmas.
SB: I spoke to Philippa about Seven on Monday, actually. She said if Tendai wants January, it's January.
RG: Then let's do that. Ward 7 moves to the January wave, and it's just Ward 14 on the thirtieth.
TM: Thank you. Honestly. Thank you.
RG: So Tendai, park the par levels for Seven for now, we'll pick them up in the new year.
TM: Happily.
CA: Can I just throw something in, while we're rearranging things. Would it be mad to move the whole cutover to January? With Alliston, and the split packs, and everything.
SB: No. Sorry, Kit. Apex support runs out on the thirty-first of December. I'm not running the pharmacy over New Year with no support on the stock system.
RG: Let's hold the twenty-eighth, and look at it properly next week with Philippa.
CA: Fair enough. It was a question.
RG: Speaking of Alliston.
SB: Yes. So Alliston rang yesterday. Finally. They're saying Monday for the test account now.
RG: Monday the sixteenth. Okay.
BN: Can I ask something? What happens if the engine goes down? At three in the morning. What do my nurses do, can they still open the cabinet?
CA: Fair question. There's an offline mode but it needs writing down. I'll send you the downtime procedure for the feed, what the cabinets do offline, by Monday.
BN: Thank you. And the fingerprints. My deputy, Sinead, she's doing the fingerprint enrolment, she's said she'll get everybody done by the twentieth.
RG: Great. And Shazia, the stock freeze for the cutover weekend. Who's in, what stops when.
SB: I'll do the freeze rota. Tuesday.
RG: Lovely. Has anyone heard from Philippa this week, by the way?
SB: Not since Monday. I think it's board papers.
RG: Okay. Thanks all, see you Wednesday. Back to Wednesday next week.
LB: Bye, thank you.
TM: Bye.
"""

# ---------------------------------------------------------------- call 5, Wed 2026-11-18
CALLS[5] = """
RG: Morning all. Philippa, lovely to see you.
PO: Morning. Sorry about last week, I got pulled into a serious incident review and it ate the whole week.
RG: No, of course. Tendai's on nights, so she's sent her apologies, and Seven's January now anyway. | Shazia, do you want to start with the reconciliation?
SB: Yes. The reconciliation's done. I finished Aidan's count on Monday. The robot and Apex agree to within three lines, and I know what the three are.
PO: What are the three?
SB: Two fridge lines and a cream the robot thinks is a tablet.
~PO: Of course it does.
RG: And the mapping?
SB: Ines's mapping landed yesterday. I'm going through it. The fridge lines look right, Ines, thank you.
IH: Oh, good. I was worried about those.
RG: Bridget, the end-to-end?
BN: Yes! We saw the test patient turn up on the cabinet on Monday. Mr Test Patient, paracetamol, prescribed on the ePMA, and the drawer opened. The girls actually cheered.
IH: It was a good moment. There's a few things to tidy, the discharge took a while to clear the patient off.
RG: Okay. And the sockets on Seven?
BN: Estates finished Seven on Friday, I walked past on my way out. All the bays have got their sockets now.
RG: Good. Um, fingerprints, Sinead?
BN: Sinead's done thirty-one of the forty-two. The night staff are the hard ones, they're never in when she is.
RG: That's still fine for the twentieth?
BN: She says so. I'll believe it when I see it.
RG: Okay. Now, the harder ones. Alliston.
SB: Alliston. Monday came and went. Again. Not a word. I rang their rep yesterday and got his voicemail.
PO: So we're going live without the ordering feed.
SB: We'd have to, yes.
PO: Then let's be grown up about it. We go live on the twenty-eighth as planned, and ordering stays manual on the Alliston portal until their test account turns up and we've tested the feed properly. I'm not delaying the whole thing for a wholesaler.
SB: I'm fine with that. We've been typing orders into their portal for eight years, we can do another month.
RG: So decided: the cutover weekend of the twenty-eighth holds, and wholesaler ordering stays manual on the Alliston portal at go-live, with the electronic feed after.
PO: Yes.
CA: And I take it that answers my January question.
PO: I heard you suggested January, Kit. The answer's no. Apex support runs out.
CA: That's what Shazia said. Loudly.
RG: Ha. Okay, the split packs. So, I logged it with product on Thursday. I haven't got a fix date yet. They've reproduced it, they're looking at it, and I'm chasing every day.
PO: And without that, what, the robot can't do split packs?
IH: Not from Tallis, no. We can't test them at all until product fix the quantity.
PO: That's a third of the dispensary, Rowena.
RG: I know. I know it is. I'm not going to pretend I've got a date when I haven't.
BN: Kit, the downtime thing? The three in the morning thing?
CA: Ah. No. I haven't. Sorry, that's on me, it got buried under the PAS stuff.
BN: Okay. I do need it before the thirtieth, though.
RG: Ines, the goods-in card?
IH: I've got a draft, but it's not right yet, the screenshots are all from our demo site. I'll get it to Shazia by the end of the week.
SB: Fine. And the freeze rota's going to be Friday now, I'm waiting to see who's actually in on the Sunday.
RG: That's fair. Kit, was there something on discharges?
CA: Yeah. Ines mentioned the discharge taking a while. That's partly the ePMA side, how they send the discharge. I'll get the ePMA team to confirm the discharge message format by Tuesday.
IH: That would help a lot, thanks.
PO: And from me. I'll email the medical director and the chief nurse about the go-live by Friday, so it's not a surprise to anyone.
RG: Thank you, Philippa. Are you around the cutover weekend?
PO: I'd love to say I'll be in for the cutover weekend, but I'm in Manchester at my daughter's. I'll have my phone.
SB: We'll be fine. We'll ring you if the robot catches fire.
BN: We might do a practice run on nights if there's time. Just so they've seen the drawers open once before the real thing.
RG: Okay. I think that's everything. Thanks all, same time next week.
PO: Thank you, everyone. Good work.
IH: Bye.
"""


def fmt(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def turns(script):
    for line in script.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        over = line.startswith("~")
        code, text = line.lstrip("~").split(":", 1)
        yield NAMES[code.strip()], [p.strip() for p in text.split(" | ")], over


def render(n, script):
    rng = random.Random(4200 + n)
    lines = ["WEBVTT", ""]
    t = rng.uniform(1.5, 4.5)
    prev_end = prev_start = t
    prev_name = None
    for k, (name, parts, over) in enumerate(turns(script), start=1):
        assert name != prev_name, f"call {n} turn {k}: same speaker twice in a row ({name})"
        prev_name = name
        guid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if over:
            t = max(prev_end - rng.uniform(0.5, 1.0), prev_start + 0.5)
        else:
            t = prev_end + rng.uniform(0.3, 1.6)
        start_turn = t
        for j, text in enumerate(parts):
            dur = max(2.05, len(text.split()) / rng.uniform(2.4, 2.9) + rng.uniform(0.2, 0.5))
            start, end = t, t + dur
            prev_start = start
            lines += [f"{guid}/{k}-{j}", f"{fmt(start)} --> {fmt(end)}", f"<v {name}>{text}</v>", ""]
            t = end + rng.uniform(0.02, 0.18)
            prev_end = end
        length = prev_end - start_turn
        assert 2.0 <= length <= 40, f"call {n} turn {k}: {length:.1f}s"
    return "\n".join(lines)


def main():
    out = Path(__file__).resolve().parent / "calls"
    out.mkdir(exist_ok=True)
    for n, script in CALLS.items():
        (out / f"call-{n}.vtt").write_text(render(n, script), encoding="utf-8")
        ts = list(turns(script))
        print(f"call-{n}.vtt: {len(ts)} turns, {len({t[0] for t in ts})} speakers")


if __name__ == "__main__":
    main()
