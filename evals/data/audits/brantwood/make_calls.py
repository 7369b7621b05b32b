#!/usr/bin/env python3
"""Generate the five Brantwood Airport rostering status calls as plain-text transcripts (calls/call-N.txt).

Each dialogue line below is "CODE: text". The output is one turn per line in the `Full Name (MM:SS): text` layout of
docs/FORMATS.md, no header lines. Start times are synthetic but deterministic: a turn lasts words / 2.6 s (plus a little
jitter) and the next turn starts 0.4-1.8 s later, so timings are consistent. Two consecutive lines never have the same
speaker (so nothing merges), and no turn text contains a colon (so nothing in a turn can be read as a new speaker).
Run: /work/main/.venv/bin/python make_calls.py   (writes calls/call-1.txt .. call-5.txt next to this file)
"""
import random
from pathlib import Path

NAMES = {
    "P": "Priya Natarajan",   # Rostrix (vendor) project manager, host
    "O": "Owen Faulkner",     # Rostrix implementation consultant: rules, terminals, payroll export, data load
    "H": "Helen Marchbank",   # Brantwood chief operating officer, sponsor
    "T": "Tom Ashdown",       # Brantwood head of terminal operations, Helen's deputy
    "R": "Roy Mercer",        # Brantwood head of security (airside network, badges, passes, change board)
    "J": "Jas Sandhu",        # Brantwood security duty manager, pilot lead
    "S": "Sunita Bhatt",      # Brantwood HR business partner (leave balances, pay codes, staff letter)
    "K": "Kevin Doyle",       # Brantwood ground-handling duty manager, "Kev"
    "N": "Neil Okafor",       # Brantwood IT (landside network, power and data points)
    "B": "Bernie Walsh",      # Unite branch rep
}

CALLS = {}

# ---------------------------------------------------------------- call 1, Tue 13 Oct 2026
CALLS[1] = """
P: Morning, all. Can everyone hear me? I'm on the train Wi-Fi, so if I vanish, Owen's in charge.
O: God help us.
K: Is this the one where we find out we're all being replaced by an app?
P: It's the one where we find out when your rotas stop living in nineteen spreadsheets, Kev. Right. Welcome, everyone, this is the first weekly status call for the rostering move. I'm Priya Natarajan, project manager at Rostrix, and I'll host these every Tuesday. Helen, thank you for making it, I know you can't stay long.
H: I've got twenty minutes, then I'm with the CAA. So let's do the important bits first.
P: Of course. Quick round the room so Owen knows faces. Owen?
O: Owen Faulkner, implementation consultant at Rostrix. I build the shift patterns and the rules, the clock-in terminals, the payroll export and the data load. So when it goes wrong, it's usually me.
T: Tom Ashdown, head of terminal operations. I'm Helen's deputy on this, so you'll see a lot of me.
R: Roy Mercer, head of security. I'm mainly here to make sure nobody plugs anything into my airside network without asking.
J: Jas Sandhu, security duty manager. My officers go live first, so I'm the one who gets shouted at.
N: Neil Okafor, IT. Landside network, laptops, the boring stuff. Not airside, airside is Roy's.
K: Kevin Doyle, duty manager, ground handling. Kev. I've been doing the ramp rotas in Excel since before some of you were born, and they work.
P: And Sunita's joining from HR, but she's in the pay talks till ten past, so she'll drop in when she can. Helen, shall we start with the date?
H: Yes. My view hasn't changed. Security first, on Monday the thirtieth of November. Everyone else after Christmas. I am not moving the whole airport onto a new system the week before the Christmas peak.
T: Can I push on that once more? If we did the whole lot in one go in January, we'd have one cutover, one lot of training, one lot of pain.
H: And one lot of risk, Tom, all on the same Monday. No. Security are the most regular rota we've got, and they're the ones the regulator looks at.
K: So we're the guinea pigs' guinea pigs. Lovely.
J: No, we're the guinea pigs, Kev. You're watching from the ramp with popcorn.
H: So that's settled. Security on the thirtieth of November, ground handling, terminal and fire in the new year. Priya, what do you need from me?
P: Two things, really. The first is the union. We can't switch the fatigue rules on in live until the branch has agreed them, and nobody from the branch is on this call.
H: That's my fault. I'll write to the branch secretary this week and ask them to send someone to these calls.
P: Thank you. And the second is just, you know, being here, when you can.
H: I'll try. The board's eating my Tuesdays. Tom has my proxy when I'm not here.
T: Lucky me.
P: Owen, do you want to say where the build is?
O: Sure. I've built the security patterns from what Jas gave us in discovery. The four-on four-off, the earlies and lates, the twelve-hour nights. I'll send Jas the draft patterns out of the system by Friday so she can pull them apart.
J: Please. I'll pull them apart with pleasure.
R: Before anyone gets excited about clock-in terminals. The badges are Halyard's, the whole badge system is Halyard's. Until they give us the card format your terminals can't read a single badge, and I've chased them twice already.
O: That's the big one for us, honestly. The terminal reads whatever's on the card, but we need the format from Halyard to match it to a person.
P: Is there anything we can do from our side to get Halyard moving?
R: If they ever pick up the phone, I'll happily get them on one of these calls. Don't hold your breath.
O: And Roy, I'll need to know what we're allowed to do on the airside network. Ports, encryption, the lot.
R: There's a standard for any device that goes airside. I'll send it you by Thursday. It's forty pages. Enjoy.
O: Can't wait.
N: The terminals at the landside entrances I can do. I'd want to walk every staff entrance first though, see where there's power and a data point.
P: Could you do that walk with Jas?
N: Yeah. Jas and I can do the four entrances by Friday week.
J: Friday week, fine. The twenty-third.
H: I'm going to have to go. Tom, you've got this. Priya, good start. Don't let Kev put you off.
K: Nobody lets me put them off. That's the problem.
H: Bye, all.
P: Bye, Helen. Okay. Payroll. Owen, where are we with Pennant?
O: So Pennant are the bureau, they run the airport's payroll. We send them a nightly file of hours and pay codes, and they've never had a file from us. They'll need a spec before they'll even look at it.
P: I'll send the export spec over to Pennant tomorrow, and I'll copy Sunita so they know it's real.
T: Good luck. I've got emails to Pennant from March I'm still waiting on.
O: What we normally do with a new bureau is run two payrolls side by side before anyone trusts the file. That's just a habit of ours.
K: Can I ask a question? Who's actually going to build my ground-handling rotas? Because they're not four-on four-off. They follow the flights.
O: That's phase two, in January, and I'd love to see what you've got now. Even just the spreadsheets.
K: I'll dig them out. All nineteen of them. Thursday.
O: Perfect.
K: You say perfect now.
S: Sorry, sorry. Sunita, HR. I've come straight out of the pay talks, so if I'm not making sense, that's why. What have I missed?
P: Nothing you need to fix, don't worry. The one for you is leave. Owen needs everyone's holiday out of the HR system so he can load it.
S: Everyone's? Or just security?
O: Everyone's, ideally, so I only do the mapping once. Security are the ones that have to be right for November.
S: Okay. I'll get you the leave balances by the twenty-third. That's me being optimistic.
P: The twenty-third's great, thank you.
T: While we're on dates. Training. When are the duty managers being trained?
P: We'd suggested the week of the sixteenth of November. Three half-day sessions.
T: Fine. I'll have a think about rooms.
J: One more from me. The pilot. Who are we testing on?
O: Twenty officers would be plenty. Mixed shifts, a few on nights.
J: I'll pick twenty. I'll get you the names by Friday week, because half of them are on nights this week and I want to ask them, not tell them.
P: Brilliant. Roy, anything else on security?
R: Just the usual. Nothing goes airside without a change request. That's not me being awkward, that's the law.
K: It's a bit of you being awkward.
R: It's a bit of me being awkward.
N: For what it's worth, I did the Wi-Fi in the fire station last year and Roy made me fill in eleven forms.
R: Twelve.
P: On that note. Same time next week, everyone. Thank you.
"""

# ---------------------------------------------------------------- call 2, Tue 20 Oct 2026
CALLS[2] = """
P: Morning. Let's give it a minute, people are still finding the link.
K: Some of us have been up since four, Priya. The link is the least of it.
P: Fair. Helen sends her apologies, she's at the board again, so Tom's got her proxy. And we've got a new face. Bernie, do you want to introduce yourself?
B: Morning. Bernie Walsh, I'm the Unite branch rep. Helen's letter got to us on Thursday, which is why I'm here. I'm mostly here for the fatigue rules, and to make sure nobody's hours get quietly fiddled.
K: Nobody fiddles hours quietly here, Bernie. We do it very loudly.
B: That's what worries me.
P: Welcome, Bernie, really glad you're here. Let's go round last week's actions. Owen, the rotas?
O: Went to Jas on Friday.
J: And I went through them on Sunday with a cup of tea. They're right apart from the nights. You've got the break on the twelve-hour nights as unpaid, and on nights it's paid. Always has been.
O: Ah. That's me reading the old contract. I'll fix the night break so it's paid on the twelve-hour nights, and have it done by Friday.
J: Lovely.
P: Roy, the airside standard?
O: I've got it, actually. Came through Thursday. All forty pages. I read it in the bath.
R: Then you're the first person who ever has.
P: Kev, the spreadsheets?
O: Arrived. I've, er, I've seen things.
K: Told you. They work, though.
O: They do work. I don't know how, but they work.
P: And the Pennant spec went over on Wednesday, so that's one off my list. Sunita, has anything come back from Pennant?
S: I had Linda from Pennant on the phone yesterday, actually. Pennant have said they'll come back on the file layout by the end of the month. Which, for Pennant, is lightning.
T: End of the month. I'll put it in my diary next to the heat death of the universe.
P: And Sunita, the leave balances?
S: Yeah. About that. The pay talks have gone into a second week and I'm doing nothing else. It'll be end of next week for the leave balances. Honestly. Not the twenty-third.
P: End of next week, so the thirtieth. That's fine for loading.
O: Fine by me, as long as it's before November.
P: Roy, any news from Halyard?
R: Some, believe it or not. I got hold of a bloke called Craig. Halyard have said they'll have the card format to us by the twenty-third.
J: Is that the twenty-third as in this Friday?
R: This Friday. I'll believe it when it lands.
O: The other thing I need from you, Roy. The terminals at the two airside entrances, Gate B staff search and the North staff entrance. They have to talk to our cloud, which means a firewall change on your network.
R: Which means a change request, which goes to the security change board. And nothing is connected airside until the board says yes.
K: Here we go.
R: The board sits on the twenty-ninth. I'll take the firewall change to that. But I need the details from Owen by Friday or it misses the papers.
O: You'll have them Thursday.
B: Can I come in on the fatigue rules? Because that's why I'm here.
P: Please, go ahead.
B: So I've seen the rules as a screenshot from your system. Minimum rest, maximum in a row, all that. I can't take a screenshot of a config screen to my committee. They'll laugh me out of the room. I need it in plain English.
O: That's fair. I'll write them up in plain English for you, one page, by Thursday.
B: And then it goes to committee. Our committee meets on the fourth of November. I'll take them to that.
T: The fourth. That's cutting it fine for the thirtieth.
B: It's the committee, Tom, not a takeaway. It meets when it meets.
P: So until the committee's agreed them, the fatigue rules can't go live, and without the fatigue rules security can't go live. That's our biggest dependency on the people side.
B: Correct. Nobody goes on a rota built on rules the branch hasn't seen.
O: Can I raise one more thing while Bernie's here? The terminals can do fingerprints as well as badges. Some airports like it, because you can't lend your finger to a mate.
B: Absolutely not. You're not having my members' fingerprints. Not for clocking in.
R: I'm with Bernie, oddly. I don't want another store of biometrics I've got to protect.
T: Right. We'll leave fingers out of it then. Badge only.
O: Badge only. Noted.
K: First time Bernie and Roy have agreed on anything. Someone write the date down.
P: Shift swaps. Owen, you said the app could do those.
O: It can. An officer asks for a swap on their phone, the other one accepts, the duty manager approves. For the pilot I'll switch shift swaps on in the app by the sixth, so Jas's twenty can play with it.
J: They'll love that. They swap on WhatsApp at the moment.
P: Tom, training rooms. Did you have your think?
T: I did. I'll get the training suite booked for the week of the sixteenth, leave it with me. End of the week.
P: Thank you. Kev, I was hoping one of your duty managers could be a trainer for ground handling in January. Train-the-trainer.
K: With what? We're four down on the ramp. I'll train them myself, shall I, in my sleep?
P: Let's park that one.
S: I'm going to have to drop, they want me back in the room. Sorry, everyone.
P: Go, go. Thanks, Sunita.
N: Quick one from me. On the entrance walk, Jas and I have got Thursday in the diary.
J: We have. Bring a torch, the North entrance is a dungeon.
N: And once we've walked them, I'll get power and data points put in at the two security entrances. By the sixth.
P: The sixth of November. Great.
B: If members want a session on the new rotas, I could maybe run something in the canteen. Depends what the committee says.
P: That would be really useful. Let's come back to it.
K: I'll just keep doing the ramp on the back of a fag packet till January, then.
P: Nearly done. Anything else from anyone? No? Same time next week. Thanks, all.
"""

# ---------------------------------------------------------------- call 3, Tue 27 Oct 2026
CALLS[3] = """
P: Morning, everyone. Has anyone heard from Helen? She hasn't declined.
T: Her diary just says hold. That's all I know. I'm here, anyway.
K: Hold. I might start putting that in my diary.
P: Okay, we'll crack on. Bernie can't make it, she's on a course, but she emailed me last night. She said Owen's plain-English version was much better than the screenshots, and it's on the committee agenda for the fourth.
O: Oh, good. One page, as promised. Well, one and a bit.
P: Jas, the nights?
J: The breaks are right now. Paid on nights, unpaid on days, like it's always been. Thank you, Owen.
O: Pleasure.
P: And the walk round the entrances. Neil?
N: Half done. We did Gate B and the main staff car park on Thursday. North and the fire station door we didn't get to, because the North door was alarmed and nobody had the key.
J: Nobody ever has the key to North. It's like Narnia.
N: I'll finish the other two on Thursday.
P: Thursday the twenty-ninth, okay.
R: Speaking of doors. Owen's bits for the firewall change came in good time, so it's on the papers for the change board on Thursday.
P: Great. And Halyard, Roy? Friday was the day.
R: Friday came and went. Craig's now saying Thursday. Same Craig, new Thursday.
K: Craig's doing well. Craig's practically a project manager.
P: Jas, the pilot names?
J: I've got fourteen. The others are on nights and I haven't caught them yet. I'll have the rest Friday.
O: Fourteen's enough for me to start setting them up, if you send what you've got.
J: Sent them to you while we were talking.
P: Tom, the training suite?
T: Not yet. The fire service have it pencilled for their breathing apparatus refresher and I'm trying to get them to move. I'm on it.
P: Okay. Sunita, the leave balances. Still Friday?
S: Friday, hopefully.
P: And Pennant?
S: Nothing from Pennant. I did chase Linda. Her out-of-office says she's back on Thursday.
O: This is where I'm getting stuck, to be honest. I can build the export to our standard layout, but I can't finish it or test it until Pennant tell us what columns they actually want. Everything after that is guessing.
P: Can we do anything without them?
O: What I can do is send them a sample file anyway, built to the spec, so they've got something real to say no to. I'll send it Friday.
T: Good. Make them react to something.
K: Why don't we just keep sending Pennant the paper timesheets like we do now and forget the export?
T: Because the whole point is to stop doing that, Kev.
K: Just a thought. I'm full of them.
O: Here's a halfway house, though. For December, we run the security payroll both ways. Pennant get the timesheets the old way, we produce the export as well, and we compare the two before anyone gets paid off it.
S: I'd be much happier with that, honestly. If security get paid wrong at Christmas, I'll be the one in the car park with a placard.
T: Fine. Belt and braces it is. December both ways.
P: Lovely. Sunita, while I've got you. The pay codes.
S: The pay codes?
O: Overtime rates, night enhancement, bank holidays. I need the codes Pennant use, so the export speaks their language.
S: Right. Yes. Okay, I'll get you the pay codes by the fifth.
P: Thank you. And the letter to staff. The officers need to hear about this from us before they hear it in the smoking shelter.
S: I'll do the letter to the security staff. By Monday the second.
R: Sooner the better. They've already heard it in the smoking shelter.
P: Kev, training. We need your duty managers' names for the November sessions, even though you're not live till January.
K: You want my duty managers to spend a morning learning a system they won't use for two months.
P: Ideally, yes.
K: Fine. I'll send you the names by Friday. Don't say I never do anything for you.
P: I'll put it in the minutes.
O: Roy, for the install. I've got two engineers going airside to fit the terminals. What do you need from them?
R: Passport, a second ID and the background check form. I'll get temporary passes done for them by the sixth, but only if I have their paperwork by Friday.
O: I'll get their passports and the forms to you tomorrow.
R: Tomorrow's better than Friday.
N: For the record, I'm not fitting anything airside without Roy's passes. Last time I tried, I got escorted off by a man with a dog.
J: It was a very nice dog.
P: Okay. Anything else? Tom, will Helen be at the next one?
T: She says she will. I'll believe it when I see it. Actually, don't minute that.
P: Not minuted. Thanks, all. Same time next week.
"""

# ---------------------------------------------------------------- call 4, Tue 3 Nov 2026
CALLS[4] = """
P: Morning. Oh, Helen, hello, lovely to have you.
H: Don't sound so surprised, Priya. I've cleared the whole hour. Well, most of it. Tom's been keeping me honest.
T: I've been keeping you informed. Honest is above my pay grade.
P: Sunita sends her apologies, the pay talks have gone to ACAS. Tom, you had a message from her?
T: I did. Two things. The leave figures went to Owen on Friday, she said. And the staff letter, she says it'll be with the security team this week. She's sorry. She's drowning.
O: Yes, the holiday figures landed on Friday. I've loaded them into test. Nine hundred and four people, eleven that don't match, which is a good number for HR.
H: Eleven's fine. Send them to Sunita and let her deal with them after ACAS.
O: Already have.
P: While we're on leave. Do we bring the old leave history across as well as the balances?
K: Yes, please. I want to know who's had Christmas off for the last five years. Because I know it's the same three people.
O: We can, but it's a lot of mapping out of TimeMaster for not much. I'd rather bring the balances and leave the history where it is.
H: Balances only. TimeMaster stays read-only for a year, and if Kev wants to do archaeology, he can do it in there.
P: Okay. Halyard. Roy?
J: Can I? Because I've got good news for once. I swiped my badge on the test terminal on Friday and it knew who I was. First time. I nearly cried.
R: Craig came through on Thursday. I'll give him that.
O: Works a treat. I've matched all nine hundred badge numbers to people.
P: Amazing. And the change board?
N: Approved. Roy pushed it through on Thursday, so I've got my firewall rule and the ports are open at Gate B.
P: Neil, the rest of the walk?
N: Done, all four. North was a dungeon, like Jas said.
P: And the power at the two security entrances, for the sixth?
N: Gate B's in. North's the problem. Bowman's electricians need an escort to get to the North entrance, and they've been bumped twice for aircraft movements. Realistically Friday week for North.
R: If Bowman had sent me their names in August, they'd have their own passes by now.
P: Jas, the pilot names?
O: All twenty are in. I set the last six up on Friday.
J: Twenty. Well, nineteen and me.
P: Roy, passes for Owen's engineers?
R: I got Owen's paperwork, thanks. The passes will be Monday, the ID centre's two people down.
O: Monday's fine, they can go in Monday.
P: Bernie, the committee's tomorrow?
B: Tomorrow evening. I'll be honest, the one they'll argue about is four nights in a row. Some of the older lads think that's too many. I'm not promising anything.
H: Bernie, you can tell the committee what I've always said. No agreement, no go-live for security. That hasn't changed.
B: That'll help, actually. They like hearing it from the top.
P: Owen, the shift swaps for Friday. Where are we?
O: Ready to switch on for the pilot.
R: Can I stop that before it starts? Security swaps aren't like Kev's. Every officer on a post has to hold the right screening certificate for that post. Two officers swap on their phones, and you can end up with someone on a post they're not certified for, and that's my licence.
J: It's true. I check every swap by hand now.
O: The duty manager still approves them, though.
R: At three in the morning, on a phone, in a hurry. No.
H: Roy's right. No swaps in the app for go-live. Swaps go through the duty manager like they do now. Owen, leave it switched off.
O: Understood. Swaps stay off.
K: Can we have them in January? My lot would actually use them.
H: Ask me in January, Kev.
P: Pay codes. Sunita was getting those to Owen by Thursday. Tom, did she say anything?
T: She said, and I quote, I haven't even opened it. She's not going to make Thursday.
J: I've got the security ones on the wall in my office. Overtime, nights, bank holidays, the lot. Why don't I just send them? I can do it Friday.
T: Would you? That's one thing off her plate.
J: Yeah. Friday.
P: Kev, your duty managers' names?
K: Not yet. Thursday. I've had two off sick and a bird strike.
P: Pennant. Still nothing on the layout. Their end of the month came and went.
O: Not a peep. My sample file went Thursday, I got a read receipt, and that's it.
H: Right. I'll ring their managing director myself. This week. We've paid them for eleven years, they can answer an email.
P: Helen, for your diary. I'll get you a cutover checklist by Friday, so you can see what the last two weeks look like.
H: Good. I want to see what has to be true on the twenty-ninth for us to go on the thirtieth.
P: And Owen, training material for the duty managers?
O: I'll have the duty manager guide to Tom by the twelfth, so he can go through it before the sessions on the sixteenth.
T: The sessions. Right. I should say, I did get the training suite in the end. The fire service moved their refresher. Sixteenth to the eighteenth is ours.
P: Oh, brilliant. Thank you, Tom.
J: One more from me. I'd like my twenty clocking in on both, old and new, for a proper test before the thirtieth.
O: Monday the ninth would be ideal. The Gate B terminals will be live by then.
J: Then they'll be clocking on both from Monday the ninth.
B: Are my members being told it's a test? Because if the new one shows them as late.
J: Told them already. Nobody gets disciplined off the pilot.
H: I'm going to have to go at quarter past. Anything else for me?
P: No, that's everything for you. Thank you for staying.
H: Thank you, all. Kev, be nice.
K: I'm always nice. I'm just honest at the same time.
P: Okay. Same time next week, everyone.
"""

# ---------------------------------------------------------------- call 5, Tue 10 Nov 2026
CALLS[5] = """
P: Morning, all. Tom, is Helen joining?
T: She sends her apologies, she's at the airport operators' conference in London. I've got her proxy and a list of things she wants me to say.
K: A list. Brilliant.
P: And Neil's on leave this week. Bernie, you first, because I think you've got news.
B: I have. You've got your yes. Committee voted it through on Wednesday, with one change. Three nights in a row, not four. The older lads won that one.
O: Three's easy. It's one number in the rule. I'll change the consecutive nights to three by Friday and send Bernie a screenshot.
B: A plain-English screenshot, please.
O: I'll do my best.
T: Helen's fine with three. She said so on Friday, when I told her it might come up. So three it is.
J: Three suits us better anyway. Four nights kills people.
P: Lovely. So three nights in a row at most, and the branch has signed the fatigue rules off. That's a big one.
B: Don't get carried away. Signed off, not loved.
P: Signed off is all I ask. Tom, Helen's list?
T: First thing. She rang Pennant's managing director on Thursday. He was very apologetic and promised it's being looked at.
O: Being looked at. Which means still nothing on the layout. I've got nothing in my inbox.
T: No date. I asked. She asked. Nothing.
S: Nor me. Linda's off again, apparently.
R: So what happens on the thirtieth if Pennant still haven't said anything?
O: We're still fine for December, because we're running it both ways. The export's a comparison in December, not the real thing. January's where we're in trouble.
R: Then should we push go-live a week, to the seventh? North isn't powered yet either.
T: Helen's answer to that is on my list, Roy. Word for word. Not unless something's actually broken.
R: Something's nearly broken.
T: Nearly doesn't count, apparently.
P: Second thing on Helen's list?
T: She's read your cutover checklist, Priya. She's got comments, about a page of them. She'll send them tonight.
P: Good. I'd rather have them now than on the twenty-ninth.
K: Can I just say, for the record, that the Christmas peak starts on the eleventh of December, and security go live on the thirtieth of November, and I'm the only one who thinks that's tight.
R: You're not the only one, Kev.
P: Noted, both of you. Jas, how's the pilot going?
J: Since yesterday morning they've been clocking in on both, old and new. Thirty-eight swipes yesterday, two didn't read, and both were the same badge, which is knackered.
O: That's a badge problem, not us, before anyone says anything.
R: It's a Halyard badge. I've already ordered him a new one.
O: And Jas, the pay codes are all mapped. Overtime, nights, bank holidays. Thank you.
J: Told you the wall was useful.
P: Owen, did your engineers get in?
O: Sorted. The passes were waiting at the ID centre on Monday, and they were airside by ten.
R: With an escort.
O: With a very nice escort.
P: And North? Neil's not here.
J: Bowman's electricians were at North yesterday, got the cable in, then went off to get a part. Neil said Friday still.
P: So Friday still for North. Okay. Sunita, lovely to have you back. How were the talks?
S: Settled. Last night, two in the morning. Don't ask me anything hard.
P: I'm going to ask you about the letter.
S: The letter. No. I'm sorry. It's half written. It's been half written for a week.
R: If you send me what you've got, I'll read it out at the security briefing. They'll hear it from someone, at least.
S: I might take you up on that.
P: Kev, the names for training? The sessions start on Monday.
K: I know when they start, Priya.
P: And?
K: And I haven't sent them. I've had a bird strike, two sick, and the new lad reversed a tug into a catering truck. It's been a week.
T: Kev, you're going to have to send them. Helen will ask.
K: I know. I know.
P: Owen, the duty manager guide?
O: Thursday, as promised. Tom'll have it on the twelfth.
T: I'll read it on the train.
P: Go/no-go. Helen wants it on the twenty-fifth. I've just sent the invite, while we were talking.
S: Does HR need to be at that?
P: Yes, please, Sunita. You, Tom and Roy.
K: What about ground handling?
P: You're very welcome, Kev.
K: I was hoping you'd say no.
B: One thing. When the duty managers get trained next week, can the branch sit in on one? Just to see the rules actually working.
T: Don't see why not. Come to the Tuesday one.
B: I will. Thanks, Tom.
P: Okay. Anything else from anyone? No? Thank you all. Same time next week.
"""


def turns(n):
    out = []
    for line in CALLS[n].strip().splitlines():
        code, text = line.split(": ", 1)
        assert ":" not in text, (n, text)
        out.append((NAMES[code], text.strip()))
    for (a, _), (b, _) in zip(out, out[1:]):
        assert a != b, (n, a)  # consecutive turns of one speaker would merge into one turn
    return out


def mmss(t):
    t = int(t)
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def render(n):
    rnd = random.Random(4100 + n)
    t = 2.0 + rnd.random() * 4
    lines = []
    for name, text in turns(n):
        lines.append(f"{name} ({mmss(t)}): {text}")
        dur = max(1.0, len(text.split()) / 2.6 + rnd.uniform(-0.2, 0.6))
        t += dur + rnd.uniform(0.4, 1.8)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.txt").write_text(render(n))
        ts_ = turns(n)
        print(f"call-{n}.txt: {len(ts_)} turns, {len(set(s for s, _ in ts_))} speakers")
