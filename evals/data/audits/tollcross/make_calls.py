#!/usr/bin/env python3
"""Generate the six Tollcross College Student Records calls as SubRip captions (calls/call-N.srt).

Each dialogue line is "CODE: text". Following docs/FORMATS.md for .srt, the cue text carries "Full Name: " only when
the speaker changes; later cues of the same turn carry no name and continue that speaker. Long turns are cut into
consecutive cues at sentence ends (0.04 s apart, so they read as one turn). Timestamps are synthetic but deterministic.
Run: python3 make_calls.py   (writes calls/call-1.srt .. call-6.srt next to this file)
"""
import random
import re
from pathlib import Path

NAMES = {
    "E": "Eilidh Baxter",     # Orrin (vendor) project manager, host
    "T": "Tariq Hussain",     # Orrin implementation consultant: build, migration, integrations
    "G": "Graham Muir",       # Tollcross vice-principal, sponsor
    "S": "Shona Kerr",        # Tollcross MIS manager (Helix, funding return)
    "D": "Declan Rafferty",   # Tollcross data protection officer (DPIA)
    "A": "Aileen Docherty",   # Tollcross head of registry (enrolment, attendance)
    "R": "Ravi Chandran",     # Tollcross IT infrastructure manager
    "B": "Ben Whitlock",      # Slotwise (timetabling vendor), integration lead
    "M": "Magda Nowak",       # Idento (ID-card supplier), account manager
}

CALLS = {}

# ---------------------------------------------------------------- call 1, Tue 8 Sep 2026
CALLS[1] = """
E: Right, I think that's most of us. Can everybody hear me okay? I've got a new headset and I don't trust it.
A: Loud and clear, Eilidh.
D: You sound like you're in a cupboard. A nice cupboard, in fairness.
E: I am actually in a cupboard, all the meeting rooms are booked. Okay, welcome, everyone. This is the first of our fortnightly calls for the Tollcross student records move, I'm Eilidh Baxter, project manager at Orrin, and I'll host these every other Tuesday. Graham's messaged to say he'll be ten minutes late. Shall we go round? Tariq, you start.
T: Hi all, Tariq Hussain, implementation consultant at Orrin. I do the build, the data migration and the integrations. So basically anything that breaks is mine.
S: Shona Kerr, MIS manager. I look after Helix, for my sins, and the funding return, which is due on the twenty-third of October. Which is why I look like this.
A: Aileen Docherty, head of registry. Enrolment, attendance, the registers. My team are the ones who'll actually have to live in the new thing.
D: Declan Rafferty, data protection officer. I'm the fella who says no. Mostly I'm here for the DPIA.
R: Ravi Chandran, IT infrastructure. Network, accounts, log-ins, the kit on the three campuses.
B: Ben Whitlock from Slotwise. I'm the integration lead on our side, so I'm the timetable going into Orrin.
M: Hello, Magda Nowak, account manager at Idento. We print the learner ID cards, so I need the learner file out of the new system when it's ready.
E: Lovely, thanks all. So the big thing I want to land today is the date. The plan we've been working to is enrolment and registers live in Orrin on Monday the thirtieth of November. Shona, I know the return is the elephant in the room.
S: It's not an elephant, it's a herd. Honestly, the October return has to come out of Helix. If anyone asks me to do a funding return out of a system I've had for six weeks, I'll resign, and I'll take Helix with me.
T: That's fine from our side. We'd load the history so the February return comes out of Orrin, and Helix goes read-only after the thirtieth.
A: My only worry is registers in the last fortnight of term. Lecturers hate change in December.
E: Lecturers hate change in any month, to be fair.
A: That's true. That is true.
G: Hello, sorry, sorry, Graham here. I've come straight out of the principal's meeting. Where are we?
E: Hi Graham. We were just on the go-live date. The proposal's Monday the thirtieth of November, with the October return staying on Helix.
G: Can I throw something in? Why not do it in the October week, when the students are off? Nobody's marking registers that week. Clean break.
S: Because that's the week before the return's due, Graham. I'd be doing the return with one hand and a migration with the other.
T: And we'd want the integrations properly tested first. Slotwise and the card feed won't be ready by the middle of October, not a chance.
G: Fair enough, I withdraw it. So it's the thirtieth, and the return comes off Helix.
S: Yes. Please.
G: Fine by me. Let's go with that.
E: Great, so that's the thirtieth of November for enrolment and registers, and the October return out of Helix. Declan, can I come to you? I know the DPIA is the other big gate.
D: Yeah. So, look, I can't sign a DPIA on a cloud system if I don't know where the data sits and who else gets to touch it. I need Orrin's sub-processor list and a statement on where it's hosted. Until I have those the DPIA just sits there with a big hole in the middle of it.
E: That's fair. That's with our legal team. I'll get you the sub-processor list and the hosting statement by the eighteenth.
D: Grand. And I'd want a data-flow map as well. Something showing what goes to Slotwise, what goes to SQA, what goes to the card people.
T: I can do you a diagram. I'll get that to you by Friday.
D: Perfect.
T: And for what it's worth, we always scramble the names and dates of birth on a test load anyway. Nothing real goes in before you're happy.
D: Music to my ears.
E: Shona, the extract. Tariq's going to need the Helix learner table to do a first trial load.
S: Aye, and how's he getting it? I'm not emailing six thousand learners' details about the place.
R: There's a transfer box already. I set up an SFTP account for Orrin last week, Tariq's got the login.
S: Right. Then I'll get a full extract of the learner table onto that for Wednesday week. That's about all I can promise with the return on.
E: Wednesday week, so the sixteenth. Thank you, Shona.
G: Can I just check what we're telling the faculties? Because the first a lecturer hears about this shouldn't be a new login screen.
A: They've heard rumours. Nothing official.
G: Right. I'll get a note out to the heads of faculty, saying the registers are moving and roughly when. By Friday.
E: Brilliant, thank you, Graham.
G: And if anybody on the faculty side kicks up about it, send them to me. I'm afraid I have to jump, I've got estates committee. Eilidh, you've got my mobile.
E: I have. Thanks, Graham. Okay. Aileen, registers. How do the campuses mark absence at the moment?
A: Honestly? Differently. Helix has fourteen absence codes, I think, and I'm fairly sure Dalkeith use some of them for things they were never meant for. Every September I end up going round the campuses with a box of paper registers for the lecturers whose laptops have died.
T: It'd help me a lot to know which codes are actually used, and for what, before I build anything.
A: I'll pull that together. All the codes, and what each campus uses them for. Before the next call, if that's okay.
E: That's perfect. Ben, timetables?
B: So, our side. The timetable comes out of Slotwise through our API, rooms, classes, staff, and Orrin builds the registers from it. The API's a separate module on the licence, which I think Tollcross have, but don't quote me.
T: Have you got documentation for it? Whatever you've got.
B: Eilidh's got it, I sent it over to her on Friday.
E: I forwarded it this morning, Tariq. Check your inbox.
M: Can I come in on the cards?
E: Go on, Magda.
M: So the card has the learner number, name, photo, campus and a barcode. I'll send over our template spec and the file layout we need from Orrin, the columns and so on, by the end of next week.
T: Great, that'd really help.
M: And just a thought, if you ever fancy a refresh we could do the cards in the college colours. Very nice, the purple.
A: Let's get them working first, Magda.
E: Ravi, anything from you?
R: Not much yet. Single sign-on will want setting up, but I'd rather wait till Tariq's got an environment with something in it.
E: Sure, we'll pick that up next time. So, legal bits from me, the diagram from Tariq, the extract from Shona, the codes from Aileen, the spec from Magda, and Graham's note.
S: You forgot my sanity.
E: I'll put it on the risk log. Thanks, everybody, speak in a fortnight.
D: Cheers now.
"""

# ---------------------------------------------------------------- call 2, Tue 22 Sep 2026
CALLS[2] = """
E: Morning, all. Can you see my screen? It's the action list from last time.
T: Yep, got it.
A: We can see it. Where's Graham?
E: Graham sends his apologies, he's at a funding council thing in Glasgow all day. Right, let's go through. Tariq, you were doing Declan a diagram.
D: I'll jump in on that. I got Tariq's picture with all the arrows on Friday. It's exactly what I needed, I've already lifted half of it into the DPIA.
T: Glad it was some use.
E: Good. And I owe Declan the legal bits, so let me just own that. Our legal team are now saying the second. I know, I know.
D: The second of October?
E: The second of October. I've escalated it, for what that's worth.
D: Look, ideally this DPIA would have been done over the summer, but here we are.
E: Shona, the extract?
S: Not yet. I've not had a minute, honestly. Friday.
E: This Friday, the twenty-fifth?
S: This Friday. It's half done, it's the dates of birth that are a mess.
T: That's fine, I'll take it when it lands.
E: Magda, the template spec?
M: That went over on the Tuesday.
T: It did, I've got it. The file layout's very clear, actually, thanks.
E: Great. Aileen, did Graham's note ever go out? I've not seen it.
A: Graham's note did go out, the heads of faculty all got it the Friday. Two of them have already asked if they can keep paper.
E: And can they?
A: No.
E: Ha. Okay. And Aileen, the absence codes.
A: So I've been round all three campuses. There's fourteen codes in Helix, and Dalkeith use three of them for things that aren't absence at all. One of them means the lecturer forgot to take the register. It's all in a spreadsheet on the shared drive.
T: That's brilliant, thank you. That's exactly what I was after.
E: Ben, the API. How's it looking?
B: Not great, I'm afraid. I checked, and Tollcross don't have the API module on the licence. It needs a contract variation at our end.
T: Which means until that's switched on I can't pull anything out of the timetable. No classes, no rooms, so the registers have nothing in them. It's pretty much the whole register side stalled.
E: Ben, what's the route out?
B: Our commercial team say they'll have the API module switched on by the ninth of October. They're doing it as a no-cost variation, so nobody at the college needs to sign anything.
E: Okay. The ninth. I'll hold you to that.
T: If Slotwise can't do it in time I could always knock up a CSV import as a stopgap, but I'd really rather not.
B: It'll be fine. Probably.
E: Declan, the DPIA itself. Where are you with it?
D: I'll get the draft round by the end of next week, with a gap where Orrin's bit goes. Then once legal come through, I can finish it properly.
E: Thanks, Declan. Magda, Aileen was asking about test cards.
A: Yeah, I'd love to try a few on the library gates before we commit to anything.
E: Magda, could Idento print a batch of test cards off Tariq's sample file?
M: Twenty or so? Yes, I can do that. I'll have them to Aileen by Wednesday week.
A: Lovely.
M: While we're on it, since the numbers are changing anyway, it might be cleaner to reissue everyone's card with the new Orrin number. Then they all match.
A: Six thousand cards? Who's paying for that?
T: Actually, the numbers don't need to change. Orrin can keep the Helix learner number as the main ID.
S: Then keep them. SQA have those numbers, the funding council have those numbers, the library has them. Don't touch them.
E: So we keep the Helix numbers and nobody gets a new card.
A: Agreed. Sorry, Magda.
M: No, no, it's fine. Less work for me, honestly.
A: Oh, and Kenny asked me to pass on, he's the exams officer, he'll get the application for the SQA test credentials off by Friday. For the exam feed.
E: Great, thank Kenny for me. Shona, sorry, one more and then I'll leave you alone. Tariq needs the list of fields the funding return uses, so we can make sure they're all in Orrin for February. Could you send the field list by the second?
S: Oh aye, I'll just add it to the pile, shall I? Right under do the return in my sleep.
E: I know. Is the second doable, though?
S: The second's fine. It's mostly a copy and paste from last year's guidance.
R: Can I grab a minute? Now there's something in the environment to log into, I'll get single sign-on going with our Microsoft accounts. Give me till the second as well.
T: Works for me. The metadata's all in the admin pages.
E: Thanks, Ravi. Anything else? Ben?
B: Nope, all good.
D: Nothing from me.
E: Okay, thanks, all. Same time in a fortnight.
S: If I'm still alive.
"""

# ---------------------------------------------------------------- call 3, Tue 6 Oct 2026
CALLS[3] = """
E: Hi, everyone. It's a small one today. Magda's sent apologies, she's at a trade show in Birmingham. No sign of Graham, I take it?
S: His diary says hold. Make of that what you will.
E: Right. Declan, let me start with you, because I think I've got good news.
D: You have. Orrin's legal finally came good on Thursday. The sub-processor list and the bit saying everything stays in the Dublin and London data centres. So I've no excuses left.
E: Finally. Sorry that took so long.
D: And thanks for your comments on my draft, Eilidh. Mostly small stuff, I've taken them all.
E: They were mostly typos, to be fair. So when can you sign it?
D: I'll sign off the DPIA by the sixteenth. Before the October week, anyway.
E: Friday the sixteenth. Great. Tariq, the trial load?
T: So the scrambled load went in on Thursday. Five thousand eight hundred and ninety learners, and only about thirty fell over, mostly dodgy postcodes. So thanks, Shona, that file was cleaner than I expected.
S: It took me a whole Sunday. Don't get used to it.
T: And from the load, there's a problem. Around four hundred learners have no Scottish Candidate Number in Helix. SQA won't take an entry without one.
S: Oh, I know. I know all about it.
T: I'll send Shona the list of learners with no candidate number by Friday.
S: Send it, but I'm not promising to look at it. Not this side of the return.
E: Noted. Aileen, the test cards?
A: The sample cards from Idento came last Wednesday. The barcodes scan fine on the library gates, and Leith's printer reads them too. Magda's not on, but tell her they look smart.
E: Lovely, I'll pass that on. And Kenny's application?
A: Kenny's form went off to SQA, they've acknowledged it, which is about all they've done. They're now saying six to eight weeks before we get test credentials. So the exam feed can't be tested till then, and that takes us to the end of November at best.
T: And without credentials I can't even point the feed at their test system. It's just sitting there.
E: Okay, that's one for the risk log. Ben, how's the variation?
B: Not good news, I'm afraid. It's stuck with our finance people. Commercial are now saying after your October week. The nineteenth.
E: The nineteenth. Ben, that's ten days later.
B: I know. I've been chasing them daily, I promise you.
E: Fine. Shona, the field list for the return?
S: I've not touched it. Realistically not before the return's in. Call it the twenty-eighth.
E: The twenty-eighth. Okay.
S: Sorry. It's the return or nothing till then.
E: Ravi, the log-in?
R: Done. Staff can get in with their college accounts.
T: Students too, I tried it with a test one this morning.
E: Nice one, Ravi. So, codes. Tariq, you've had a look at Aileen's spreadsheet.
T: I have. My honest view is fourteen is about eight too many. The return only cares about six categories, so I'd build six clean codes and map the old fourteen across for the history.
A: I'd rather keep all fourteen, to be honest. The lecturers know them, and if we change the codes and the system in the same week, they'll riot.
S: Aileen, half of them aren't even absence codes. The return needs six. I'd go six.
T: And six is one screen on the app instead of three.
A: Right. Six it is, then. I'll break it to Dalkeith.
E: Six codes. Tariq, when can you have them in?
T: I'll build the six into Orrin and map the fourteen across for the history. I can have that done for the sixteenth.
A: One thing lecturers keep asking. Can the parents of the under-eighteens get a text when their kid's marked absent? Helix never could.
T: Orrin can do that. I'll set up the absence texts for the under-eighteens, should be done by the thirtieth.
D: Hmm. Hold on, I'd want to look at that. Texting parents isn't in my DPIA.
T: It's easy to switch off, it's one setting.
D: Let's park that one for now.
E: Aileen, for register testing, could you find us some pilot lecturers? A handful at each campus. Would Thursday work?
A: Thursday I can do. Six a campus, eighteen all told.
T: I'm happy to come out and do a session with the lecturers at some point, if that'd help.
A: Let's see how the pilot goes first.
E: Ben, anything else from Slotwise?
B: Only that once it's on, the import's quick. A couple of days.
E: Good. Shona, you've gone quiet.
S: I'm doing the return in another window. Sorry. Carry on.
E: Ha, fair. Right, I think that's us. Thanks, everyone, enjoy the October week, those of you who get it off.
D: Some of us don't get holidays, Eilidh.
E: I know, Declan. Bye, all.
"""

# ---------------------------------------------------------------- call 4, Tue 20 Oct 2026
CALLS[4] = """
E: Hello, hello. Can you hear me? Graham, lovely to have you.
G: Good to be here. I've an hour for once, so use me.
E: Great, I will. Shona's not on yet, she messaged to say she's stuck in a meeting about the return. Aileen, I hate to ask, but could you take the census field list off her? She's drowning.
A: Go on, then. I'll have it to Tariq by the end of next week.
E: You're a star. Tariq, so the field list's coming from Aileen now.
T: Noted. Whoever sends it, I'll take it.
E: Ben, the API?
B: It's on. Finance finally let it through.
T: We're in. Rooms, classes and staff all came across on Thursday, I've been poking around in it.
E: That's great news. Aileen, the codes?
A: I had a play on the test register yesterday, and there's only six to pick from now. Which, I'll admit, is nicer. Dalkeith have stopped sulking.
E: And your pilot lecturers?
A: Got my eighteen. Six a campus. I may not have told them it's voluntary.
G: I'll pretend I didn't hear that.
E: Declan, where are we with the sign-off?
D: Nearly. I just need to write up the retention section. Call it Friday.
E: Friday the twenty-third. And while you're here, the absence texts to parents. We parked it last time.
D: I have thought about it. I'm not comfortable. A fair number of our under-eighteens are care-experienced, and texting whoever's down as the contact could do real harm. Some of those contacts shouldn't be told where the kid is.
T: We could make it opt-in? The learner ticks a box at enrolment.
D: Opt-in at sixteen, under pressure at the enrolment desk? I'd still not be happy.
G: No. Let's not do texts at all for now. Phase two, if ever. Tariq, don't switch them on.
T: Understood. No texts.
G: If the parents' forum complain, I'll take that one.
S: Hi, sorry, sorry. I'm here. I've come out of a two-hour meeting about one column.
E: Hi, Shona. Aileen's taken the census field list off you, by the way.
S: Thank you, Aileen, I owe you a drink. Several.
E: Shona, did you get Tariq's list of the learners with no candidate number?
S: Tariq's list of orphans, yes, I got it. Four hundred and twelve. I had a look and I had a wee cry.
T: Sorry.
S: Not your fault. But I physically can't touch a single one of them till the return's in on Friday. Every minute till then is the return.
E: Understood. And after Friday?
S: Once it's gone I'll start on them the Monday, and have them all sorted by the sixth. The candidate numbers, I mean.
E: The sixth of November. Thanks. Graham, while we have you, the cutover plan needs your signature.
G: Yes, I've seen it. I'll have it signed by Friday week, the thirtieth.
E: Perfect. Ben, now the API's on, what's next?
B: Now the API's on, I'll get the full timetable import configured so every class gets its register. By the sixth.
T: That'd be ideal. I'll need it for the dress rehearsal.
B: If you ever want the exam timetables in there too, that's a conversation for next year.
E: Maybe next year, Ben. Magda?
M: So, the test cards went down well, I hear. Next thing is the nightly learner file, so new enrolments come to us for printing. I'll get our end of that set up by the end of next week.
A: That'd be lovely. January starters will need cards on day one.
E: Ravi, the register app on staff devices?
R: I'll get the register app pushed out to staff phones and laptops by the thirteenth of November. Tollcross first, then Leith, then Dalkeith.
E: Great. Graham, anything you need from us?
G: Just honesty. If the thirtieth is in trouble, I want to hear it from you first, not from a head of faculty.
E: You will. Where we are today, the thirtieth's fine. The risk is SQA.
A: Still nothing from SQA, by the way. Kenny's rung them twice.
G: Do we need the exam feed for the thirtieth?
T: Not strictly. December entries are the only thing it'd be used for before Christmas.
G: Then let's see where it is next time. I have to go, I'm afraid, I've got a student rep meeting.
E: Thanks, Graham. Anything else from anyone?
S: Only that if anybody emails me before Friday, I'm not answering.
E: Noted. Thanks, all.
"""

# ---------------------------------------------------------------- call 5, Tue 3 Nov 2026
CALLS[5] = """
E: Morning, everyone. Ben can't make it today, and Graham's at the board. Shona, you look lighter.
S: The return's away. Five to five on Friday, don't ask. So I'm all yours. Well, the candidate numbers are.
E: Congratulations. How are the candidate numbers going?
S: I'm on them. But I'll not make the sixth, there's four hundred of them and some of them are proper detective work. The thirteenth.
E: The thirteenth. Okay.
T: I can rerun the check whenever you want, just shout.
E: Declan, the DPIA?
D: Signed. Friday.
E: Brilliant. Thank you.
D: And it went to Graham for his information. He's read it, apparently.
S: He's read the summary.
E: Tariq, how's the build?
T: Good. The census fields Aileen sent over are all in the build now, so February should come out of Orrin without anyone crying.
A: You're welcome.
E: Ha. And Tariq, you wanted a date for the dress rehearsal.
T: Yeah. I'll run the full dress rehearsal on Thursday the twelfth. Everything, the learners, the enrolments, the timetable, as if it were the real weekend.
S: That works. Just not the weekend after, I've a wedding.
E: Magda, how's the nightly file?
M: We've been getting your file every night since last Wednesday. Twelve new learners last night.
A: That'll be the Leith evening classes.
M: The bad news is Dalkeith. The printer there won't take the new card stock, it keeps jamming. So I can't print Dalkeith cards until an engineer's been out.
A: So Dalkeith starters get no card? In January?
M: Our service desk have promised me an engineer at Dalkeith by the twelfth.
A: Okay. It's just Dalkeith has two hundred January starters.
M: If it drags on, I could probably get you a loan printer. I'd have to ask.
E: Let's see what the engineer says first. Shona, has Graham signed the cutover plan?
S: Not yet. He asked me to say he'll have it signed by Friday, it's on his desk.
E: This Friday, the sixth.
S: That's what he said.
E: Aileen, SQA?
A: Nothing. Kenny rang again, and they're saying end of November for the test credentials. So we'll not have the feed for December entries.
T: And I'd not want to switch on an untested feed to SQA in the last week of term.
D: No. God, no.
E: So what do we do for December?
A: Kenny does the entries straight into the SQA portal by hand, the way we did before Helix. And the feed waits till January.
S: That's what we did for years. It's tedious but it works.
E: Okay, so December entries go in by hand, and the feed comes in January. Agreed?
A: Agreed.
T: Fine by me.
A: And Kenny says he'll have the December entries into the SQA portal by the twentieth.
E: Thanks. Ravi, how's the app push?
R: It's scheduled, Tollcross first. I was going to look at the Wi-Fi at Dalkeith while I'm at it, but that's not happening before Christmas.
A: Eilidh, when do I get the student emails and the quick guides? The lecturers are asking.
E: I'll have the comms pack to you by Monday.
A: Lovely.
E: Tariq, anything from Ben?
T: He's emailed. The full timetable import's on track for Friday.
E: Good. Declan, anything else from you?
D: Not really. Once it's live I'd like a look at who has access to what, but that's after go-live.
E: Of course. Anything else? No? Right, thanks, all.
M: Thanks, bye.
S: Bye.
"""

# ---------------------------------------------------------------- call 6, Tue 17 Nov 2026
CALLS[6] = """
E: Hi, all. Last call before go-live. Graham's at the Colleges Scotland conference, and Declan's off sick.
M: Sorry, I'm on the train, so if I drop out, that's why.
E: No bother, Magda. Shona, let's start with you.
S: Can we start with something nice?
T: I've got something nice. I reran the check last night and every learner has a candidate number now. Not one missing.
S: Don't. You'll jinx it.
E: That's brilliant, Shona. Well done.
S: It was three weekends. I'm not well.
E: Tariq, the rehearsal?
T: Thursday night, about four hours end to end.
S: And the counts all tie up. Enrolments, learners, the lot. I checked them twice.
E: Great. Ben?
T: Oh, and the registers. Every class on all three campuses has its register sitting there for the week, straight out of Slotwise.
B: Told you it'd be quick.
E: It was. Thank you, Ben. Ravi, the app push?
R: Tollcross and Leith have it. Dalkeith's the problem, half the laptops there aren't enrolled in anything. I need to look at it.
E: Okay. Shona, Graham's signature on the cutover plan?
S: Still on his desk. I've mentioned it. Twice.
E: Okay. That one worries me, I'm not going to lie.
A: Eilidh, while we're on things that haven't arrived. The comms pack?
E: That's on me, sorry. The emails are done but the guides aren't. Thursday.
A: Thursday's cutting it fine, but okay.
E: Magda, the engineer?
M: I'm sorry. The engineer's now booked for the twenty-fourth, they're short-staffed. So Dalkeith still can't print.
A: The twenty-fourth. So cards for Dalkeith in time for January, just.
M: Just. I'm sorry.
R: Dalkeith's cursed, I'm telling you.
A: Don't say that in front of the Dalkeith staff.
T: Should we think about pushing go-live a week, to the seventh? Give Dalkeith and the app a bit more time.
S: No. I'm not doing the December registers in two systems.
A: And if we move it now we lose the pilot lecturers. They're actually looking forward to it, for once.
E: So we hold the thirtieth.
S: We hold the thirtieth.
T: Fair enough. I'll stop being the nervous one.
E: Aileen, SQA?
A: Still no credentials. Kenny's about halfway through the entries by hand, he's fine for Friday.
E: Good. Aileen, training?
A: I'll run the lecturer training at all three campuses next week, done by the Thursday.
E: Perfect. Tariq, are you all set for the cutover weekend?
T: I am. We did one just like this at Kelso College last year and it went fine.
S: That's what they all say.
M: Can I ask, does the nightly file keep running through the weekend?
T: It does. You'll get a big one on the Monday.
M: Good to know.
B: From my side the import runs every night too, so if anybody moves a class it flows through.
E: Great. Anything else before we finish?
S: Once we're live I'm going to sleep for a week.
A: You and me both.
E: Thanks, everyone. Next call is the Tuesday after go-live.
B: Good luck, all.
T: Cheers, Ben. Bye, everyone.
"""


def ts(t):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    ms = int(round((s - int(s)) * 1000))
    if ms == 1000:
        ms = 999
    return f"{int(h):02d}:{int(m):02d}:{int(s):02d},{ms:03d}"


def split_cues(text, limit=24):
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
    rnd = random.Random(7000 + n)
    t = 1.5 + rnd.random() * 3
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


def merged_text(n):
    """Turn texts as one string per turn (what a gold quote is checked against)."""
    return turns(n)


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.srt").write_text(render(n))
        ts_ = turns(n)
        print(f"call-{n}.srt: {len(ts_)} turns, {len(set(s for s, _ in ts_))} speakers")
