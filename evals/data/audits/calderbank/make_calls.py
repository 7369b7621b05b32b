#!/usr/bin/env python3
"""Generate the five Calderbank Leisure Trust status calls as Microsoft Teams WebVTT (calls/call-N.vtt).

Each dialogue line is "CODE: text"; a line "CODE: text || CODE: text" is one cue with two voice spans (an overlap or
a quick interjection). Following docs/FORMATS.md for .vtt (Teams layout), every cue has a Teams-style identifier line
("<guid>/<utterance>-<segment>"), a timing line and one or more "<v Full Name>text</v>" voice spans. Long turns are cut
into consecutive cues of the same speaker at sentence ends, 0.05 s apart, so they read as one turn; distinct turns of
one speaker are never adjacent (asserted), so no two turns merge by accident. Timestamps are synthetic but
deterministic. Run: /work/main/.venv/bin/python make_calls.py   (writes calls/call-1.vtt .. call-5.vtt)
"""
import random
import re
import uuid
from pathlib import Path

NAMES = {
    "P": "Priya Natarajan",   # Strideway (vendor) project manager, host
    "O": "Owen Tasker",       # Strideway implementation consultant: migration, build, app
    "J": "Jess Carmody",      # Strideway training lead
    "H": "Helen Marsh",       # Calderbank head of operations, sponsor
    "R": "Robert Kilbride",   # Calderbank IT manager (the whole IT team), called "Rob"
    "S": "Sandra Okafor",     # Calderbank finance lead (direct debits)
    "D": "Dev Malhotra",      # Riverside Leisure Centre manager (pilot)
    "K": "Karen Whitlow",     # Eastfield Pool manager (pilot)
    "T": "Tom Baird",         # Hillhead Leisure Centre manager (phase two)
    "L": "Leon Fraser",       # Portcullis Access (turnstile / access-control supplier), project coordinator
    "G": "Gavin Reilly",      # Dunmore Payments (new direct-debit bureau), implementation manager
}

CALLS = {}

# ---------------------------------------------------------------- call 1, Thu 15 Oct 2026
CALLS[1] = """
P: Morning, all. Bear with me, Teams has decided that now is the moment to update itself. Can everyone hear me?
D: Loud and clear, Priya.
K: Yep. I'm on the laptop in the poolside office, so if you hear screaming, that's parent and toddler.
P: Noted. Right, I've got eight of us. Helen said she'd try and join at quarter past, she's in with the council. Rob, I can see your name but no picture.
R: I'm here. I'm in the comms cupboard at Riverside, so no camera. There's a switch in here older than my kids.
D: It's older than me, Rob.
P: Lovely. Quick round of names, because not everyone's met. I'm Priya Natarajan, project manager at Strideway, and I'll host these every Thursday. Owen?
O: Owen Tasker, implementation consultant at Strideway. I'm doing the data migration and the build, so membership types, prices, the class timetables, all of that.
J: Jess Carmody, I run training at Strideway. I'm the one who'll turn up at your centres with a laptop and a tin of biscuits.
S: Sandra Okafor, finance lead for the Trust. I'm here for the direct debits. Forty-odd thousand members paying us every month, and I'd quite like them to still be paying us at Christmas.
D: Dev Malhotra, centre manager at Riverside. Which I gather is the guinea pig.
K: Karen Whitlow, Eastfield Pool. Also a guinea pig, apparently.
L: Leon Fraser from Portcullis Access. We look after the turnstiles and the door controllers at all ten sites, so I'm the gates.
R: And Rob Kilbride, IT. The whole of IT, in fact. Hello.
P: Thanks, everyone. So the big things today are the pilot, the member data and the gates. Owen, member data first.
O: So the short version is I can't do anything until Harcourt give us the export out of Clubline. They'll only release the full database once their data release form is signed by someone at director level.
R: Which means Helen. It's over my limit. It's over everybody's limit except hers.
O: So the whole migration is sat there waiting on Harcourt and one signature, basically.
P: Okay, we'll grab Helen when she joins. Owen, assuming the file turns up, when could you have a first trial load done?
O: Give me a week with it. Friday week for a first trial load, so the twenty-third. We always run the trial twice anyway, the first one always falls over on something daft.
P: Friday week, great. Sandra, the direct debits.
S: So the mandates move to Dunmore, who'll be our new bureau. Gavin at Dunmore wants last month's collection file so he can see what he's dealing with. I'll send Gavin the October collection file on Monday.
P: Perfect, thank you. Gavin sends his apologies, by the way, he's at a Bacs conference in Leeds.
S: A Bacs conference. Living the dream.
P: Leon, the gates.
L: So, the controllers on each door check every card against the membership system. At the moment they talk to Clubline on the local network. Strideway's in the cloud, so the controllers have to get out to the internet, and that means the council's network team opening a port on the firewall at each centre. Until that's open we can't test a single gate at Riverside. Not one.
R: And the council's network team is Colin. Colin takes six weeks to open a window, never mind a port.
P: Who raises it with the council?
R: Me. I'll get the change request in to the council by Friday.
L: On our side, some of your controllers are ancient, so it'd help to know exactly what's on every door. I'll send you a list of every controller and what firmware it's running, all ten sites, by the end of next week.
R: That'd be handy, cheers. If Colin drags his feet I suppose we could put Riverside's gates on a 4G router, but I'd really rather not.
L: Let's not go there yet.
K: Sorry, can I just ask, is the pool definitely in the pilot? Because our swimming lessons are a nightmare. Four levels, a waiting list, parents who ring me at home. Would it not be kinder to do Riverside on its own first and bring us in with the January lot?
P: That's a fair question, and I think it's one for Helen.
H: Hello, sorry, sorry. Helen Marsh. I've just come out of the contract review with the council and my brain is mush. What have I missed?
P: Hi Helen. Perfect timing, actually. Two things we need you for. First, Harcourt won't release the member export until their data release form is signed, and it has to be you.
H: Oh, that. It's sitting in my inbox. I'll sign it tomorrow, I promise. Rob, nag me.
R: I always nag you. || H: You do.
P: And the second thing is the pilot. The plan we've been working to is Riverside and Eastfield Pool go live on Monday the ninth of November, and the other eight sites in January. Karen's just asked whether Eastfield should wait till January.
H: I can see why. But no, I want a pool in the pilot, precisely because it's the nightmare. If the lessons work at Eastfield, they'll work anywhere. Sorry, Karen.
K: No, that's fair. I'll get the gin in.
H: So it's Riverside and Eastfield on the ninth, and everyone else in January. Let's not reopen it.
D: Fine by me.
P: Great. That's the pilot settled, then.
H: And the members at those two centres need to hear it from us, not from a turnstile. I'll get an email out to members at both centres by the end of the month, so nobody's surprised when their card does something different.
S: Can it say something about direct debits? Just that nothing changes for them. Otherwise I get two hundred phone calls.
H: Good thought. Right, I'm so sorry, I have to go back in with the council. Rob, if anyone at the council gives you grief about the firewall, tell them to ring me.
R: Will do. || P: Thanks, Helen.
J: Shall I do training?
P: Go on, Jess.
J: So for the pilot I want two super-users at each centre, people who get trained properly first and then help everyone else. I'll send a draft training schedule for Riverside and Eastfield by Wednesday. I always leave the cheat sheets behind on the reception desk, because nobody reads the emails.
P: Dev, can you find Jess two super-users?
D: Two names. Friday.
J: Amazing.
K: I'll need to think about mine. My lot are on shifts till all hours.
P: Rob, anything else on your side?
R: Only that I'm also putting the new tills in at Riverside this month, and the Wi-Fi at Westgate, and the CCTV. So if I go quiet, that's why.
P: Understood. From me, I'll get the updated plan with the phased dates out to everyone tomorrow. Anything else?
S: Just to say, I'm not sleeping until the first of December.
P: I'll put it on the risk log. Thanks, all, same time next week.
D: Cheers, Priya.
"""

# ---------------------------------------------------------------- call 2, Thu 22 Oct 2026
CALLS[2] = """
P: Morning, everyone. Helen sends her apologies, she's at the council budget day. Gavin, welcome, you missed all the excitement last week.
G: So I hear. Morning, all, Gavin Reilly, Dunmore Payments. I'm the implementation manager, so your direct debits are my problem from here on.
S: Welcome to the club.
R: Got your plan, Priya, thanks. The one with all the colours.
P: The colours are load-bearing, Rob. Right, let's go round. Helen and the Harcourt form?
R: Harcourt's file turned up on Tuesday, so Helen must have done the deed. Forty-one thousand members, give or take, and some very creative date formats.
O: I've got it, yeah. It's a mess, but it's a complete mess, which is the good kind.
P: Ha. Owen, does that mean Friday for the trial load?
O: Not Friday, no. It only landed Tuesday and the dates of birth are in about four formats. It'll be Monday now.
P: Monday the twenty-sixth. Fine. Rob, the council?
R: Done. The change request went in on Friday, reference four four one nine. And that's the last I've heard of it.
D: So the gates at Riverside still aren't talking to anything.
R: Still not talking to anything.
P: What's the plan to get Colin moving?
R: I'll go and stand at Colin's desk on Monday. It's the only thing that's ever worked.
P: Monday. And Helen was going to lean on the council from her end, did she say anything?
R: She messaged me last night, actually. Helen says she'll ring Janet, the council's client officer, this week and get her to chase the network team.
P: Good. Leon's not with us today. Did his controller list come?
R: Leon emailed yesterday, the controller list is going to be Wednesday now. One of their engineers has got all the paperwork in his van, apparently.
P: Wednesday, so the twenty-eighth. Sandra, your file for Gavin?
G: I can answer that one. Got Sandra's file on Monday, thank you. Thirty-eight thousand four hundred and twelve live mandates, which is a healthy number.
S: Healthy until one of them goes missing.
G: Nothing's going missing. Before we go anywhere near a real collection, we'll do a parallel test run on that file, just to make sure our totals tie up with yours. We'll have the parallel test done by the 30th.
S: Thank you.
G: The other thing I need to raise. For us to submit collections on your Service User Number, your bank has to authorise Dunmore as your bureau. Until Lothbury Bank says yes, I can't load a single live mandate.
S: And Lothbury take forever. Our relationship manager took three weeks to change an address last year.
G: Honestly, there is another way. We could move you onto Dunmore's own Service User Number, and then we wouldn't need the bank at all.
S: But then every member's mandate changes, doesn't it? We'd have to write to forty thousand people and some of them would cancel.
G: That's the catch, yes. Some always do.
S: No. Absolutely not. I am not re-mandating forty thousand people for the sake of the bank's paperwork.
P: I think that's a no, Gavin.
G: I think so too. Your own SUN it is, then, and we go through the bank.
S: I'll get the bureau authorisation form off to the bank by Tuesday.
G: Great. Once the bank's said yes, we can load the lot in a day.
P: Karen, how are the lessons?
K: Oh, don't. They're killing me. I'll send Owen the whole Eastfield timetable, lane swims, lessons, aqua fit, the lot.
P: When for?
K: Friday, hopefully.
O: Lovely. I could write a little script to map your lesson levels across, if that helps?
K: No, I'll do them by hand. I don't trust a script with a waiting list that has a toddler called Brooklyn on it four times.
O: Fair.
P: Jess, the training schedule?
K: I've seen Jess's schedule, by the way. It's good, but the Eastfield session clashes with my lifeguard refresher.
J: Oh, sorry, Karen. There, I've just moved it to the Thursday, have a look. And Dev gave me Aisha and Marcus for Riverside, which is brilliant.
D: They're keen. Marcus has already asked if he gets a badge.
J: He gets a lanyard. Next step is a proper day with the super-users. I'll do the train-the-trainer day at Riverside on Wednesday the fourth.
D: The fourth's fine. They're both on days that week anyway.
P: Owen, the app.
O: The member app's built, it's branded, it's got the Calderbank teal, it's lovely. I'll get it submitted to both app stores by Monday.
D: Will people be able to join online through it?
O: Technically yes. It's switched off for now.
P: Let's park that one for next week. Owen, while I've got you, the gift vouchers.
O: Yes. Clubline's got about three thousand live gift vouchers and spa-day vouchers with balances on them. I'll have the voucher balances migrated by the 6th.
S: Please do. They're a liability on my balance sheet, I'd like to know they exist somewhere.
P: Rob, staff logins?
R: Yes. Everyone at Riverside and Eastfield needs a Strideway login, tied to their council email. I'll set up the staff accounts by the end of the month.
J: Is that everyone, Rob, including the casual lifeguards?
R: Everyone with an email. For the ones without, I'll just clone myself, shall I?
P: I'm putting the staff list template in the chat now.
R: Thanks.
D: Sorry, a very small one. Do the old membership cards still work, or does everybody need a new card?
O: Same cards. Strideway reads the existing card numbers, we're migrating them.
D: Oh, thank God.
P: Anything else? No? Thanks, everyone, see you next Thursday.
S: Bye, all. || G: Cheers.
"""

# ---------------------------------------------------------------- call 3, Thu 29 Oct 2026
CALLS[3] = """
P: Morning. Let's give it a minute. Has anyone heard from Helen? She's not declined, she's just not here.
R: Her diary says hold. Which could mean anything.
P: Okay, we'll crack on. Tom, welcome, I don't think you've been on one of these yet.
T: Tom Baird, Hillhead Leisure Centre. I'm in the January lot, so I'm here to find out what I'm in for.
D: Run, Tom.
T: Bit late for that.
P: Owen, the trial load.
O: It ran Monday night. Forty-one thousand three hundred members in, eleven hundred and six rejected. Mostly missing dates of birth, a few duplicates, a couple of hundred with no postcode. I put the reject file on the shared drive this morning, but someone who knows the members needs to go through them.
D: That's reception. I'll get my lot on the rejects, they can do them in the quiet hours. Done by the sixth.
P: Sixth of November, great, thanks, Dev. Rob, the council. Did you stand at Colin's desk?
R: I did. Forty minutes. He's given me the sixth for the firewall change. Once Colin's done it I can move the gates over in an afternoon.
P: Which is three days before go-live.
R: I'm aware, Priya.
P: And did Helen ever get hold of Janet?
R: No idea. She's been in budget meetings all week and she's not here to ask.
P: Okay. Leon, thank you for the list.
L: No problem, sorry it was late. So, having been through it properly, Riverside and Eastfield are fine, modern controllers. Hillhead and five of the other January sites are on the old firmware that can't talk to anything in the cloud. They need upgrading on site.
T: Of course Hillhead does.
L: And here's the bad news. Our engineers are all tied up on the stadium contract. I can't get anyone to those sites before the seventh of December at the earliest.
R: So January's fine, then. Just.
L: If it holds. I'll get you a firm date for the Hillhead upgrade by Monday. If you want, we could lend you a couple of the new controllers for Hillhead in the meantime.
R: Don't tempt me. Let's see the date first.
P: Rob, while I've got you, the staff accounts.
R: Yeah. About that. I haven't touched them. The new tills went in at Riverside this week and two of them caught fire. Not literally. Nearly literally.
P: Owen, could you take the staff accounts off Rob?
O: Yeah, give them to me. I can bulk load them off the staff list. I'll have everyone set up by Wednesday.
R: You're a hero, Owen. I owe you a pint.
O: I'll hold you to that. || P: Owen, while you're on, the app?
O: Right. Submitted Monday to both stores. Google approved it in about a day. Apple rejected it.
D: Why?
O: Because their reviewer couldn't log in. Apple won't approve it until they've got a demo account to look behind the login screen. Which, fair enough, but they could have asked.
P: So we're waiting on Apple.
O: We are. I'll set up a demo login for their reviewer and resubmit by tomorrow. Then it's in Apple's hands. Could be two days, could be ten.
D: On that, I did want to come back to online joining. If the app's there anyway, why not let people join online from day one? We lose people who walk in, see the queue at reception and walk straight back out.
S: Because then I've got brand new direct debits being set up on a system that isn't collecting yet. Through Dunmore, who can't load anything till the bank says yes.
P: And new joiners need the gate to work on day one, and we don't know that yet either.
D: So that's a no.
S: For now it's a no. Booking for existing members, and joining online comes with the January lot.
P: I think that's where we are. The app's for booking, existing members only, and online joining waits for phase two.
D: Fine. Under protest.
P: Owen, the vouchers, still the sixth?
O: Honestly, I haven't started. There's a question about the spa-day ones I need Helen for.
P: Okay, we'll hold that till she's back. Sandra, the bank form.
S: It's not gone. The bank need two signatories, and the second one is the chief exec, and Malcolm's been at a conference in Harrogate since Monday. So, when he's back. I chase him every morning. I check the bureau inbox every morning anyway, so.
P: Okay. Gavin's not here today, did he say anything about the test run?
S: Gavin rang me yesterday. Their test run balanced to the penny against our October file. So that bit's fine. He also said Dunmore are going to put the cut-off for the December collection in writing by Friday. So we know the last day they can take the final file.
P: And what happens to November's collection?
S: November stays on Clubline, through Harcourt's bureau, same as always. It's far too late to move it. December's the first one through Dunmore, if the bank behaves.
R: Let's not say if out loud.
P: So November on Clubline, and December's the first Dunmore run. Everyone happy with that?
S: Happy is a strong word. But yes. I'll write it in blood.
P: Jess, training.
J: The Riverside day's all set for Wednesday. For Eastfield, Karen's on a course today but we've spoken. I'll do the Eastfield session on Friday the sixth, the whole team, in two halves so the pool can stay open.
T: Where do I fit in? I've got thirty-odd staff and about half of them are casuals.
J: I'd need a rota from you, who's in when, so I can plan it.
T: I'll get you the Hillhead rota by next Thursday.
P: Owen, Karen's timetable?
O: Karen emailed last night, she's said Monday for the timetable. The lessons are taking her longer than she thought.
P: Monday the second. Okay. And Rob, Helen's member email, do you know if that's gone?
R: Not yet. Helen wants the member email to go on Monday now. She wants to mention the app, and the app isn't approved yet.
P: Okay. Could somebody have a look at what we do about the locker keys? Some of the lockers at Riverside work off the old cards.
T: Is the cafe till in all this, or is that separate?
P: Separate, that's the catering contract. Right, I think that's us. Thanks, everyone.
T: Cheers. || D: Bye, all.
"""

# ---------------------------------------------------------------- call 4, Thu 12 Nov 2026
CALLS[4] = """
P: Morning, everyone. Sorry again for pulling last week's call, it was all hands for go-live. So, first call since go-live. How are we all feeling?
D: Tired. Good tired. Mostly.
K: I had a woman in tears on Monday because the app wouldn't show her aqua fit. Then it did, and she hugged me. So, a mixed week.
P: Helen, lovely to see you.
H: I know, I know, I've been a ghost. I'm here for the whole hour today, I've cleared my diary.
R: Put that in the minutes. || P: Noted. Let's do the go-live first. Dev?
D: So, Monday, we opened at half six, the tills worked, bookings worked. Everyone could log in on the Monday, which I'll admit I did not expect.
O: Thank you. Bulk load. Very boring, very effective.
D: And Aisha and Marcus have been through the day with Jess, so they're now lording it over everyone, which is exactly what we wanted.
J: They were brilliant. Marcus did a slide.
D: The gates are the other story. We opened on Monday with the turnstiles on free exit and a member of staff checking cards by eye, because Colin still hadn't done the firewall.
R: Until Tuesday. Colin finally did his bit on Tuesday afternoon, I moved the gates over Tuesday night, and since Wednesday morning the Riverside gates have been checking cards against Strideway. Touch wood.
D: Touch wood. It's lovely, honestly. People tap in and it goes green.
P: That's a relief. Helen, did you speak to Janet in the end?
H: I did ring Janet, for what good it did. I think Rob standing at Colin's desk did more than I did.
R: It's the eye contact.
P: Karen, Eastfield?
K: My lot survived Jess's session, which I did not expect. And the gates are fine, ours were never on the council network anyway.
O: And Karen's timetable's all in, every lesson, a hundred and forty-two of them. The waiting lists came across as well.
K: Brooklyn's only in once now.
P: And the members knew it was coming?
D: Oh, they knew. The email went out the Monday before, we had people at reception waving it at us all week.
P: Owen, the app.
O: The app's live in both stores. Apple approved it the Wednesday after I resubmitted. We've had about two thousand downloads across the two centres.
P: That's brilliant.
D: One thing, though. The waiting list at Riverside isn't working properly. When someone cancels a spin class, the next person on the waiting list isn't getting told. We've had empty bikes and angry people in the corridor.
O: Yeah, I've seen the ticket. It's a setting on the notification rules. I'll have a fix in by Tuesday.
D: Thank you.
P: Owen, the vouchers. They were due last Friday.
O: So this is where I need Helen. The gift vouchers I can move as credit on an account. But the spa-day ones are for a day at the spa, not an amount, and half of them belong to people who aren't members. I'd suggest we import them all as account credit anyway and
H: Can I stop you there? How many are we actually talking about?
S: About three thousand. But most of them get used by the spring, and they all expire within twelve months.
H: Then let's not. We honour them on paper till they expire, reception keeps the list, and nobody builds anything. Owen, leave the vouchers.
O: Happy to. I'll stop.
S: Reception have the list already, and I keep a copy of the voucher register on the finance drive anyway.
P: Okay. So the vouchers stay on paper. Sandra, the bank.
S: Malcolm signed it the Friday he got back, and it went off to the bank the same day. Signed, sealed, delivered.
H: And?
S: And nothing. The bank haven't authorised Dunmore yet, and until they do, Gavin can't load any live mandates. I've rung our relationship manager twice. He says it's with the Bacs sponsorship team, who don't take calls.
H: Brilliant.
S: Gavin's email says the cut-off for the December collection is the 23rd. He needs the final mandate file by then. So Gavin, wherever you are, you'll have the final file on Monday the 23rd.
P: Gavin's not on today, but it'll be in the notes. Dev, the rejects?
D: We're about seven hundred of the eleven hundred through. The rest are the horrible ones. Friday week.
P: Friday the twentieth, okay. Tom, your rota?
T: Sorry, Jess. I know it was due last week. Half my casuals haven't told me when they're free. Tomorrow, hand on heart.
J: Tomorrow's fine, Tom.
P: Leon's not with us. Rob, did he come back with a date?
R: He did. Leon's given us the eighth of December for Hillhead, and they'll do the other five old sites in the two weeks after. But Portcullis want a signed quote before they'll book the engineer. It's eleven thousand pounds.
H: Eleven thousand?
R: Eleven thousand four hundred. Plus VAT.
H: It's in the budget, it's just painful. Fine. I'll sign the Portcullis quote before I go on Friday.
P: Thank you, Helen.
R: And Leon wants the network details for each of the phase two centres, the IP ranges, which switch port, all that. I'll get the network details to Leon on Monday.
P: Are you sure? You've got the tills.
R: The tills are behaving. Monday.
J: If we did go in January, I'd need to do Hillhead and Westgate in the same week, which would be carnage. Just saying.
P: Noted. I'll circulate a draft phase-two plan by Wednesday, with the gate dates in, and we can argue about it next week.
K: I'm forever telling the lifeguards to check the app before they come and ask me. They never do.
O: Tom, while we're here, I've just added you as a user on the test system. You should have an email.
T: Got it, thanks.
P: Anything else? Helen?
H: Just, thank you. Really. Monday was the first go-live in this building in ten years that didn't end with me on the phone to the council.
P: Thanks, everyone. Speak next week.
"""

# ---------------------------------------------------------------- call 5, Thu 19 Nov 2026
CALLS[5] = """
P: Morning. Helen's sent her apologies, she's at the council's scrutiny committee, and Karen's on leave. Gavin, Leon, good to have you both back.
G: Morning, all.
L: Morning. I'm at the stadium, so if you hear a drill, that's why.
P: Let's start with the thing keeping Sandra up at night. Sandra, Gavin, the bank.
S: Nothing. Still nothing. I rang them Monday and again yesterday.
G: Same from our side. We've got everything ready to go. If the letter comes in by Friday we could still make the first of December. After Monday, it's too late for December.
S: So can I just say it? I think we should run December from Clubline now, decide today, and stop praying. Harcourt's bureau can do one more month.
G: You could. But then we're doing the whole dance again in January, and honestly, the bank might come through tomorrow.
P: Can we give it till Monday? If there's no letter by Monday, we talk again.
S: I'm not happy about it. But fine. Monday.
O: For what it's worth, the member side's ready either way.
S: Either way, you'll still get the file on Monday, Gavin, so you can do a dry run.
G: Lovely, thank you.
S: And I'll be having a very stiff drink on the first of December, whichever way it goes.
P: Dev, how's week two?
D: Better. The waiting list thing's behaving now, people are getting the text when a space comes up. We had a full spin class at six this morning, first time in months.
O: That was the notification rule. Tuesday morning.
P: And the rejects?
D: Nearly. Two hundred-odd left, and they're the awful ones, people who joined in nineteen ninety-eight with no address. End of the month.
P: End of the month. Okay.
D: We still print the class lists every morning, mind. Old habits.
P: Rob, Helen's quote for Portcullis. Did she sign it?
R: It's on her desk. She's aware. She's had a week of committees.
L: And just so everyone knows, we can't hold the eighth of December for Hillhead without it. The engineer rota goes out next Wednesday.
R: She knows. I've told her twice.
P: And Rob, the network details for Leon?
R: Don't.
L: I haven't had them, no. No pressure, Rob. Well, a bit of pressure.
R: I know. The tills at Westgate went in on Monday and it's been one of those weeks.
P: Okay. Phase two. I owe you all a plan, which I haven't sent, because honestly I didn't know what date to put on it. I'll have the phase-two plan out by Monday.
R: About that. Helen asked me to pass something on. She'd rather move the rest of the centres to February than go in January with half the gates on manual and the tills still settling. So it's February. She's telling the council on Monday.
T: February. That's the second time Hillhead's been pushed.
J: Honestly, it's a relief. January would have been carnage.
P: Okay. So phase two is February, and I'll build the plan around that. Leon, does that help you?
L: Massively. We'd be done with all six old sites by the middle of January, assuming the quote's signed.
T: So what do my lot do with the gates till then?
L: Nothing changes for you till the engineer's been. The old controllers keep talking to Clubline.
P: Jess, Tom's rota?
J: Tom's rota arrived, thank you, Tom. Very colourful.
T: Highlighter's all I had.
J: So for Hillhead I'd need a room for two days, first week of February now.
T: I'll book the Hillhead training room for you for the first week of February, and I'll confirm the dates by Monday.
J: Brilliant.
T: If nobody books it, I'll do the training myself with a flip chart.
G: One more thing from me. Once the bank's done, the load itself takes about a day, and the advance notices go to members automatically. Sandra, you don't need to do anything there.
S: Music to my ears.
P: Owen, anything?
O: Just that the April price rise is built already, so whenever the centres go live, the new prices go with them.
D: Don't tell my members.
P: Ha. Right, thanks, all. Same time next week.
L: Cheers. || G: Bye.
"""


def ts(t):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    ms = int(round((s - int(s)) * 1000))
    if ms == 1000:
        ms = 999
    return f"{int(h):02d}:{int(m):02d}:{int(s):02d}.{ms:03d}"


def split_cues(text, limit=22):
    """Cut a long turn into cues at sentence ends (each cue at most ~limit words where possible)."""
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


def groups(n):
    """One entry per script line: a list of (speaker, text) voices (several only for an overlap cue)."""
    out = []
    for line in CALLS[n].strip().splitlines():
        voices = []
        for part in line.split(" || "):
            code, text = part.split(": ", 1)
            assert "<" not in text and ">" not in text and "&" not in text, (n, text)
            voices.append((NAMES[code], text.strip()))
        out.append(voices)
    return out


def turns(n):
    """Turns as the parser should see them: one per voice; no speaker has two turns in a row."""
    out = [v for g in groups(n) for v in g]
    for (a, _), (b, _) in zip(out, out[1:]):
        assert a != b, (n, a)
    return out


def render(n):
    rnd = random.Random(9100 + n)
    guid = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
    t = 2.0 + rnd.random() * 3
    lines, utt = ["WEBVTT", ""], 0
    for voices in groups(n):
        utt += 1
        if len(voices) > 1:  # an overlap: one cue, several voice spans
            words = sum(len(x.split()) for _, x in voices)
            dur = max(1.2, words / 2.6 + rnd.uniform(0.1, 0.5))
            lines += [f"{guid}/{utt}-0", f"{ts(t)} --> {ts(t + dur)}"]
            lines += [f"<v {name}>{text}</v>" for name, text in voices] + [""]
            t += dur + rnd.uniform(0.4, 1.2)
            continue
        name, text = voices[0]
        cues = split_cues(text)
        for i, part in enumerate(cues):
            dur = max(0.8, len(part.split()) / 2.6 + rnd.uniform(-0.2, 0.5))
            lines += [f"{guid}/{utt}-{i}", f"{ts(t)} --> {ts(t + dur)}", f"<v {name}>{part}</v>", ""]
            t += dur + (0.05 if i < len(cues) - 1 else rnd.uniform(0.4, 1.4))
    return "\n".join(lines)


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.vtt").write_text(render(n))
        ts_ = turns(n)
        print(f"call-{n}.vtt: {len(ts_)} turns, {len(set(s for s, _ in ts_))} speakers")
