#!/usr/bin/env python3
"""Generate the five Ambleside & Kerr LLP Casewise status calls as Microsoft Teams .docx transcripts, and gold.json.

Layout (docs/FORMATS.md, .docx, the Teams "Download as .docx" layout): every turn is two paragraphs,
    Full Name   M:SS        (name, three spaces, elapsed time since the call started; H:MM:SS after an hour)
    what was said
The .docx files are written with the standard library only (zipfile: [Content_Types].xml, _rels/.rels and
word/document.xml), with fixed zip timestamps, so a re-run is byte-identical. Each dialogue line below is
"CODE: text", one line per turn; two turns in a row never have the same speaker (asserted). In call 3 the sponsor
dials in from his phone on a train, so Teams labels him by his device ("Malcolm Kerr's iPhone"), which FORMATS.md
says is read as that person. Timings: about 2.4 words a second plus a 0.5-2.2 s gap, with the odd longer pause;
seeded, so the output is deterministic.

After writing calls/call-1.docx .. call-5.docx and gold.json (next to this file) it reads the .docx files back
(zipfile + xml.etree) and checks gold.json: every commitment, blocker, decision and non-commitment quote occurs
verbatim in its call; attendance equals the speakers of each call; every event comes after the first call; slips
move the date later; nothing happens after done or dropped; and overdue_as_of, open_at_end, dropped and reassigned
follow from the events. Any failure raises.
Run: python3 make_calls.py
"""
import datetime as dt
import json
import random
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent

NAMES = {
    "F": "Fiona Marsh",             # Casewise Software project manager, host
    "R": "Ravi Chandran",           # Casewise data migration and integration engineer
    "B": "Beth Harker",             # Casewise implementation consultant
    "M": "Malcolm Kerr",            # Ambleside & Kerr managing partner, sponsor
    "MP": "Malcolm Kerr's iPhone",  # the sponsor, dialled in from his phone on a train (call 3)
    "J": "Joanne Pike",             # Ambleside & Kerr practice manager, customer lead; overloaded
    "D": "Derek Mullen",            # Ambleside & Kerr finance director (accounts team, cashiers, Ledgerline)
    "S": "Sadia Rahman",            # Ambleside & Kerr risk and compliance manager (conflicts, AML)
    "L": "Lorna Birkett",           # Ambleside & Kerr secretarial services manager (document templates)
    "C": "Craig Bell",              # Fellside IT (the firm's managed IT provider), account manager
    "P": "Paul Rigg",               # Northbank Software (makers of Ledgerline, the accounts ledger), support lead
}

DATES = {1: "2026-10-05", 2: "2026-10-12", 3: "2026-10-19", 4: "2026-10-26", 5: "2026-11-02"}
AS_OF = "2026-11-03"
EARLY_AS_OF = "2026-10-27"   # run.sh EARLY_AS_OF
EARLY_OVERDUE = ["C8"]       # open and due before 10-27 on the events of calls 1-4

CALLS = {}

# ---------------------------------------------------------------- call 1, Monday 5 October 2026
CALLS[1] = """
F: Morning, everyone. Can you hear me all right? I'm on the hotel Wi-Fi in Preston, so if I freeze, just carry on without me.
J: We can hear you. You're a bit orange, but we can hear you.
F: That's the lamp. It's that or sit in the dark. Right, thanks for making the time. This is the first of the weekly calls, Mondays at half nine, forty-five minutes, and I will try and give you some of it back. From Casewise I've got Ravi and Beth. From the firm I can see Joanne, Derek, Sadia and Lorna. Malcolm's accepted. Joanne, is he coming?
J: He's accepted everything. He's with a client till twenty to ten, so he'll come in when he comes in.
F: Fair enough. Quick round of names, because not everybody made the kick-off. I'm Fiona Marsh, project manager at Casewise. Ravi?
R: Ravi Chandran. I do the data migration and the integrations. So getting your matters out of Praxis and into Casewise, the link to your accounts ledger, and the single sign-on.
B: Beth Harker, implementation consultant. Time recording, billing, the conflict search, templates, the client portal, and all the training. So anything people actually click on.
J: Joanne Pike, practice manager. Which at Ambleside means facilities, IT, HR on a bad day, and now this. We're also moving the Lancaster office in November, so if I sound distracted, that's why.
D: Derek Mullen, finance director. The accounts team, the cashiers, the ledger. Anything with a pound sign on it.
S: Sadia Rahman, risk and compliance. Conflicts, anti-money laundering, complaints, and anything the SRA might one day ring us about.
L: Lorna Birkett. I run secretarial services across the four offices, so the templates are mine, God help me.
F: Thank you. So, the shape of it. Praxis is out of support with Denholm at the end of January, the server it runs on is older than some of your trainees, and the contract says we go live on Monday the twenty-third of November. That's the matters, time recording and billing, the conflict check, your templates, the client portal, the interface into the accounts ledger, and logging in with your Microsoft accounts. Ravi, do you want to start with the data?
R: Yeah. So, Praxis. I've had a look at the copy Joanne sent last month, and it's only got the live tables. Open matters, clients, this year's time. Everything archived sits in a separate set of tables that Denholm lock down, and we can't get at them without their say-so.
J: The archive. Of course it's the archive.
R: And the reason it matters is the conflict check. If Sadia's going to search a name in Casewise and trust the answer, it needs every client and every other side you've ever had, not just this year's.
S: It absolutely does. I'm not having a conflict search that only knows about people since March.
R: So until Denholm open the archive tables, or give us a full export, I can't do a proper trial load. I can play with the live stuff, but that's it.
F: Who talks to Denholm?
J: That'll be me. There's one man left there who knows Praxis, Keith, and he retires every year and then comes back. I'll ring Keith at Denholm tomorrow and ask for the full export, archive and all.
F: Thank you. Ravi, the mapping.
R: So I've got a mapping workbook. It's basically Praxis fields down one side and Casewise down the other, and I need Derek and Joanne to tell me where I've got it wrong. I'll get the workbook to you both by Wednesday.
D: How big is it?
R: Forty-odd tabs.
D: Lovely. Something for the evenings.
F: And Derek, for the ledger side Ravi needs your chart of accounts.
D: Nominal codes and all that? Yeah, that's easy enough. I'll send Ravi the Ledgerline chart of accounts and the nominal codes by Friday.
R: Perfect. The other thing on Ledgerline is the import. For Casewise to post bills and time into the ledger, Northbank have to switch the import module on, on your licence. And from what I can see, it isn't on.
D: It won't be. We bought the cheapest licence Northbank had in twenty sixteen and we've been paying for it ever since.
R: Right, so until Northbank switch that on, the ledger interface goes nowhere. I can build it, I just can't post anything into it.
F: Who holds the Northbank contract?
D: Joanne?
J: No, that's an accounts thing, surely.
D: It's a software thing. You do the software.
J: I do the printers, Derek.
F: Let's call it unowned for now and come back to it. Beth, templates.
B: Yeah. Lorna, I know there are a lot of templates. What I really want is a list, ideally with how often each one gets used, so we can see what's worth converting.
L: A lot is one word for it. There's a shared drive called Precedents Final, and in it there's a folder called Precedents Final New. I'm not joking.
B: I believe you. I've seen worse. I've seen a folder called Do Not Use that everybody used.
L: I'll send you the list of templates with how often they're used by Friday. Praxis must keep a count somewhere.
B: Great. And I'll get test logins set up for the four of you, Joanne, Derek, Sadia and Lorna, by Wednesday, so you can see it being built and shout early.
L: Can I shout now?
B: You can shout now. It's free.
F: Sadia, conflicts. How does it work today?
S: Honestly? A fee earner opens a matter, Praxis does a name search, and then, because nobody trusts Praxis, they email all the partners with the client and the other side and wait for anyone to shout. The round-robin. It was going on before I got here.
B: That's quite common, actually.
S: It's common and it's a nightmare. Half the partners don't read it. The other half reply-all.
B: What I'd need is how it really works, written down. The steps, who looks at what, who signs it off. Then I can set the search up to match.
S: I can write up how it works now. I'll get that to you by Friday.
F: Thanks. While I've got you, Sadia, the security side. Somebody at the firm has to sign off that a cloud system holding client files is acceptable. The data protection impact assessment, and the security review that goes with it. Who does that here?
S: Not me. I'm risk, not IT. I'll happily read it, but I'm not signing anything about servers.
J: And it's not me. I'd have said Fellside, they're our IT people.
D: Fellside won't sign anything they haven't been paid for.
F: Okay. So that's unowned as well. And the single sign-on, so people log into Casewise with their Microsoft account. That's a change in your Microsoft tenant, in Entra. I assume Fellside look after that?
J: They look after everything Microsoft. Whether logging into somebody else's system is in their contract, I genuinely don't know.
F: Could you find out?
J: I'll dig out the Fellside contract and see if it's in there. By the end of the week, hopefully.
R: If it's not, I can do the Casewise side any time, I just need someone in your tenant to do theirs.
F: So nobody owns the single sign-on yet, and until someone does the Microsoft side, nobody logs into Casewise with their work account.
M: Morning, sorry, sorry. I had a client who wanted to talk about his divorce and his boat. In that order. Where are we?
F: Morning, Malcolm. We're past introductions and into the data. Good timing, actually, because there are two things we need you for.
M: Go on. I've got about ten minutes.
F: The first one's scope. Ravi?
R: So my suggestion would be to bring everything across. Every matter since Praxis went in, two thousand and nine, open and closed, with all the time entries. Then you switch Praxis off and never look at it again.
D: The time entries since two thousand and nine? That's millions of lines.
R: It is. It's a big load. It'd take longer.
M: And what do we actually need?
S: For conflicts I need every name. Every client, every other side, back to the year dot.
M: Right. Names, all of them, back to the year dot, because Sadia will have my head otherwise. The matters themselves, the open ones and anything closed since twenty twenty. The rest stays in the archive, and we keep an export for the insurers.
R: That's fine. That's actually a lot easier.
F: Good. So that's the migration scope. Second thing, go-live. The contract has all four offices on the twenty-third of November. What I'd like to suggest is we go office by office. Kendal first on the twenty-third, then Penrith, Carlisle and Lancaster a week apart. If anything goes wrong, it goes wrong in one office.
M: No. We're one firm. I've spent ten years getting Carlisle to stop behaving like a separate firm and I'm not giving them an excuse. Everybody goes over on the same weekend. The twenty-third.
F: Okay. Your call. It goes on the log as a risk.
M: Log away.
J: Lancaster are moving building on the sixteenth, Malcolm. Just so it's been said out loud.
M: Then they'll be moving into a new building with a new system. Very efficient.
F: Before you go, Malcolm, time recording. Beth thinks the partners will need to change how they do their time.
B: In Casewise the expectation is that everyone records daily, in six-minute units, as they go. I'm told some of your partners do theirs on a Friday afternoon from memory.
M: Some of my partners do it on the last Friday of the month from memory. Some from imagination.
D: Hugh does his in pencil. On the back of the post.
M: Leave Hugh to me. I'll send a note to all the partners this week telling them what's coming and that the training isn't optional.
F: That would really help. Thank you.
M: Anything else? This single sign-on thing, is that a problem?
J: We don't know who does it yet.
M: We'll sort the single sign-on out, it's only a login. Right, I've got to go, I've got a completion at ten. Joanne has my proxy.
J: I have his proxy. I have everybody's proxy.
F: Thanks, Malcolm.
L: That's the longest he's been on anything since the Christmas party.
D: He left that early as well.
F: Let's keep going. Ravi, the trial load. Timing, assuming Keith plays ball.
R: Assuming I get the export this week, I'll have a first trial load of the open matters into the test system by Friday week, the sixteenth.
F: And if he doesn't?
R: Then I've got nothing to load, and the sixteenth goes.
D: If it comes to it, Maureen could key the opening balances in by hand. She did it in two thousand and eleven when we came off the last system. Took her six weeks and she's never forgiven us.
F: Let's hope it doesn't come to Maureen. The unowned ones, the Northbank contract, the security sign-off and the single sign-on, are at the top of the RAID log in red, so nobody can say they didn't see them.
J: Put them in bold as well. Red doesn't print on our printers.
F: Bold and red. Anything else? Sadia?
S: Only that I'd like to see the conflict search working before anybody decides anything about it. I've been burned before.
B: Noted. Very much noted.
F: Lovely. Thanks, everyone. Same time next week.
"""

# ---------------------------------------------------------------- call 2, Monday 12 October 2026
CALLS[2] = """
F: Morning, all. Give it a second, people are still coming in. Craig, is that you? Welcome.
C: Morning. Craig Bell, Fellside IT. Joanne asked me to come along, so here I am. I should say I've got a hard stop at ten fifteen.
F: That's fine, we'll get to you first. So Craig's from Fellside, who look after the firm's IT. I can see Derek, Sadia and Lorna. No Joanne yet. Malcolm?
D: Malcolm sends his apologies. He's at a completion in Manchester, it's been going since seven.
F: Okay. Did he say anything about the note to the partners?
D: He did, actually, he rang me from the car. He says to tell you he's doing the email to the partners on Wednesday, after the completion.
F: Wednesday the fourteenth. We'll see.
D: You and me both.
F: Let's go round last week's actions, then. Ravi, the mapping workbook.
D: It came on Wednesday. Forty-three tabs. I've done eleven and I've started dreaming in field names.
R: That's normal. It passes. And Derek, your chart of accounts came in on Thursday, thank you. One question. What's nominal nine nine nine nine?
D: That's the suspense account. Don't ask what's in it.
R: I won't, then.
F: Beth, the test logins.
L: Oh, they work. I've been in. It's very purple. I made a client called Mickey Mouse, I'm sorry, I'll delete him.
B: Leave him in, he's good for testing. Mickey's in every system I've ever built.
F: Lorna, while you're there. The template list.
L: Right. So. Praxis doesn't count anything, it turns out. It doesn't know how often a template's used, it just knows it exists. So I've got Mandy in Penrith going through the folders by hand and checking the dates on the documents. I'll have it to you Friday. This Friday.
B: Friday the sixteenth. That's fine.
L: If she's still not done I could maybe borrow another one of the Penrith girls, if Alan lets me have her.
F: Sadia, the conflict write-up.
S: I started it. And then we had a suspicious transaction on Wednesday and that was my week gone. Thursday. I'll have it with Beth by Thursday.
B: Thursday's fine. I'd rather have it right.
J: Sorry, sorry, I'm here. Fire alarm test in Kendal. They did the whole building and I've been stood in the car park with the cashiers for twenty minutes.
F: Morning, Joanne. You've not missed much. We're going round the actions. Keith?
J: Keith. Yes. I rang him on Tuesday. He'll give us the full export, archive and all, but Denholm want two thousand four hundred pounds for it and a release letter signed by a partner, because of client confidentiality.
R: Two thousand four hundred. For a database export.
J: Keith said it's a specialist job. Keith is the specialist. He's sixty-eight.
F: So the export's waiting on the letter and the money. Who signs?
J: Malcolm. I've sent him the letter. He says he'll sign it when he's back in the office on Wednesday.
R: And until it's signed, I've got nothing to load. The sixteenth is looking shaky, I'll be honest.
F: Noted. Joanne, the Fellside contract?
J: I found it. It was in the safe, of all places, under the deeds to the Penrith car park. Logging into other people's systems isn't in it.
C: That's right, I'm afraid. Your managed service covers your tenant as it is. Adding an enterprise app with single sign-on and conditional access, that's project work. It'd need a change request and a quote.
F: Can you quote it?
C: Yeah. I'll send Joanne a quote for the single sign-on work by Friday.
R: Tom at your end already has our metadata, by the way. I sent it last week. He just hasn't opened it.
C: That sounds like Tom. If you wanted it quicker, we could do it out of hours, but that's time and a half.
J: Nobody's paying time and a half for anything. Derek would have a stroke.
D: I would. A small one.
F: So once there's a quote, someone at the firm has to say yes to it. Joanne, is that you?
J: Is it? I don't know whose budget it comes out of. It's not mine, I don't have one.
F: Okay. Let's pin Malcolm down on it. Craig, anything else before you go?
C: No, send me whatever you need. Sorry, I've got a server room in Windermere that's making a noise.
F: Thanks, Craig.
S: I'd like a server room that made a noise. Mine just goes quiet and then it's Monday.
F: The security sign-off. Last week that was nobody's. It's still nobody's, I'm guessing.
S: Fine. If nobody else will, I'll do the impact assessment. I'll have a draft by the twenty-third. But I'll need Fiona's security stuff, the certificates, where the data lives, all of that.
F: That's all in the pack you've got from the tender. Page thirty onwards.
S: Is it? Right. Page thirty. Lovely.
F: Thank you, Sadia. Genuinely.
S: And while we're on insurance. Our insurers have written to us. Anything client-facing on the internet, they want their cyber questionnaire done and approved before it goes live. That's the client portal. And Lonsdale, the brokers, say the insurer takes three weeks to look at it.
B: Three weeks from when?
S: From when they get it. So until the insurer's happy, the portal can't go live, and that's not up to me or you.
F: Who fills the questionnaire in?
S: Me, apparently. Everything with the word risk on it lands on me. I'll fill the questionnaire in and send it back to Lonsdale by Friday.
B: I'll carry on with the portal anyway. I'll have it up in test with your logo and colours by Friday the twenty-third, so at least you can see it.
J: Not the old logo. The one with the heron.
B: The heron. Got it.
F: Northbank. Derek, last week that was between you and Joanne.
D: Oh, go on, then. It's my ledger. I'll ring Northbank and get a price for turning the import on. By Wednesday.
J: Thank you.
D: Don't thank me. You'll be paying for it.
F: While we're on money, Ravi, the work in progress question.
R: So at cutover, every fee earner's got unbilled time sitting on their matters. My suggestion would be we bring the unbilled time entries across line by line, so the bills in December look exactly like they would have.
D: No. I've seen that done. Last firm I was at, we brought the time across line by line, and we billed a client for two thousand and thirteen twice. He noticed.
R: Fair.
D: We're not bringing the time entries over line by line. We bill everything we can in November, and whatever's left comes across as one figure per matter.
R: One opening balance per matter. That's much easier for me, honestly.
D: And Maureen says she'll have the client ledger reconciled against Praxis by the end of the month, before anything moves. She's very keen on that. I'm not allowed to touch it.
F: Who's Maureen, for Ravi and Beth?
D: Maureen's our senior cashier. She's been here longer than the carpets.
F: Beth, you were in the offices last week.
B: I was. Carlisle and Lancaster. Carlisle was fine, they gave me biscuits. But I was at the Lancaster office on Thursday and saving one time entry took forty seconds. Forty.
J: That's the old building. That line's dreadful. The new one's meant to have fibre.
B: Is it in?
J: No. Openreach haven't been. The new building hasn't got a line at all yet, and they move on the sixteenth.
B: So right now, if Lancaster go live in the new building, they've got nothing to go live on.
J: Thank you, Beth. I'll chase the ISP about the Lancaster line tomorrow.
S: One more thing from me, and I'm saying it now so nobody's surprised. I'm not signing off a new conflict process while the partners are still doing the email round-robin on the side. Two systems is worse than one.
F: Who decides whether the round-robin stops?
S: The partners. At the partners' meeting. It's on the twenty-first.
F: Okay. That's one for the RAID log. Anything else? Lorna?
L: No. Yes. Is the purple staying?
B: The purple's staying.
L: Right. I'll get used to it.
F: Thanks, everyone. Same time next week.
"""

# ---------------------------------------------------------------- call 3, Monday 19 October 2026
CALLS[3] = """
F: Morning. I can see a new face. Paul?
P: Morning, yes. Paul Rigg, Northbank Software. I look after support for Ledgerline. Derek asked me to join.
D: I did. It was quicker than emailing him nine times.
F: Welcome, Paul. We'll get to you in a minute. So I've got Ravi, Beth, Joanne, Derek, Sadia. No Lorna?
J: Lorna's off. Her daughter's graduating in Durham. She asked me to say the template list will be the end of this week, Mandy's on the last cupboard.
F: So Friday the twenty-third for the list. Okay.
J: She said to say sorry. She said it twice.
F: And I've got an email from Craig, who can't make it. He says he's got Ravi's metadata, and he sent the quote for the single sign-on to Joanne on Thursday.
J: It came. Two and a half days' work, eighteen hundred pounds plus VAT. And nobody's said yes to it.
F: Then that's the first thing. Is Malcolm coming?
J: He said he'd try. He's on the train to London.
MP: Hello? Can you hear me? I'm on the train.
F: We can, Malcolm. Morning. You're a bit robotic but we can hear you.
MP: That's the signal. We're somewhere near Lancaster. Go on, quick.
F: First thing. The Denholm letter.
MP: I signed Keith's letter on Wednesday and Derek paid them. Did it work?
R: It did. Denholm's export landed on Friday afternoon. Archive and all. Eleven gigabytes, and most of it's in a format last used in about nineteen ninety-eight, but it's there.
MP: Good. Two thousand four hundred pounds' worth of good, I hope.
R: So I'll have the trial load in by this Friday, the twenty-third, instead of last Friday.
F: Thank you. Malcolm, the email to the partners.
MP: I know, I know. It's drafted. It's sitting in my drafts. I'll send it tomorrow.
F: Tuesday the twentieth. Thank you. The other thing is the single sign-on. Fellside have quoted eighteen hundred plus VAT to do the Microsoft side, and nobody at the firm has said yes. Joanne doesn't think it's her budget.
J: It isn't my budget. I don't have a budget.
MP: Oh, for goodness' sake. Pay Fellside. Get Craig to do it. And Joanne, Fellside's yours from now on, the whole contract, the quotes, all of it.
J: Mine.
MP: Yours. You're the one who found the contract.
J: In the safe. Under the car park.
MP: Exactly. Anything else? I'm about to lose you.
S: The round-robin. It's at the partners' meeting on Wednesday.
MP: I'll try and be at the partners' meeting on Wednesday, if the train gets back in time. Don't count on it.
F: Thanks, Malcolm. Malcolm? I think he's gone.
D: He's gone. He does that. Every tunnel between here and Euston.
J: Right. Fine. I'll raise the PO for Fellside by Wednesday. And then I'm going to have to drop off at ten, the removals people are at Lancaster measuring the stairs.
F: Understood. Anything on Lancaster before you go? The line?
J: I chased them on Tuesday. Openreach are booked for the nineteenth of November.
B: The nineteenth. That's three days after they move in, and the Thursday before go-live.
J: I know what it is, Beth. It's the date they gave me. I asked for earlier and the man laughed.
F: So the Lancaster line's still the risk. Okay. Go on, Joanne, go and measure stairs.
J: Thanks. Sorry, everyone.
F: Paul. Northbank.
P: Yes. So Derek rang us on Wednesday. I've got the quote here. The import module's an upgrade to the Professional licence, it's an extra four hundred a year, and we need a signed order form before we switch anything on.
D: Four hundred a year. For an import. It's a button.
P: It's a very good button.
D: I'll sign and send the order form back by Wednesday.
P: Once I've got Derek's signed order, I'll have the import switched on in your test company by Friday the thirtieth.
R: That works. That's the thing I've been waiting for.
P: If you want the live company switched on at the same time, I can ask, but I wouldn't hold your breath. Live changes go through a different team, and they're in Belfast, and they're very careful.
D: Careful's fine. Careful's what I pay you for.
R: Once it's on, I'll have the time and disbursement postings going into the test ledger by the sixth of November. Bills after that.
D: And VAT. Please don't forget the VAT.
R: I never forget the VAT. The VAT forgets me.
F: Thank you, Paul. You're welcome to stay, but I know it's mostly not your problem from here.
P: I'll stay for a bit. It's nice to hear people say Ledgerline out loud. Normally it's shouted.
F: Sadia, conflicts.
B: Can I jump in? Sadia, your write-up came in on Thursday night. Nine pages. It's brilliant, actually. I now understand your round-robin better than I want to.
S: You and me both.
B: So I'll have the conflict search rules set up in test by Friday. The former names, the related parties, all of it, so you can try and break it.
S: I will try. I'm very good at breaking things.
B: I'm counting on it.
F: And the partners' meeting on Wednesday.
S: Yes. I'll take the round-robin to the partners' meeting on Wednesday. I've got ten minutes on the agenda. After the car parking.
D: The car parking will take an hour.
S: Then I'll have ten minutes at half past six.
F: And the insurer's questionnaire?
S: It went back to Lonsdale on Friday. Forty-one questions. Nine of them about Wi-Fi, for some reason. So now it's the insurer's three weeks, and I can't do anything about that.
F: And the impact assessment, for the twenty-third?
S: Started. It's a long form. I'm on the bit about where the data's hosted, and your pack says Dublin, and I've got questions about Dublin.
F: Dublin's only the backup copy. The main one's in London. It's all on page thirty-four.
S: Then I'll read page thirty-four again. Slowly.
F: Beth, the portal?
B: Coming along. The heron's in. It's a very handsome heron. Whether anyone's allowed to see it is up to the insurer.
F: Derek, anything else from accounts?
D: Only that Maureen's started her reconciliation and the office has gone very quiet. That's a good sign. When Maureen's humming it's bad.
P: We've got one of those. Margaret. Thirty-one years. She found a penny once in nineteen ninety-nine that took a week.
D: They should meet.
P: They should never meet.
F: Right. Ravi, anything from the export that we need to know now?
R: Only that Praxis stored the dates in two different formats, depending on the year. It's fixable. It just means the first load will be ugly.
F: Ugly's fine. Ugly's what trial loads are for. Okay. I think that's everything. Thanks, everyone, and thanks, Paul.
P: Cheers. Bye now.
"""

# ---------------------------------------------------------------- call 4, Monday 26 October 2026
CALLS[4] = """
F: Morning, everyone. Who have we got? Ravi, Beth, Derek, Sadia, Lorna, and Craig, hello again.
C: Morning. No hard stop today. Well. Not till eleven.
F: Lorna, how was Durham?
L: Lovely, thank you. Cold. She got a two-one, and she's already asked for money.
D: That's the degree working, then.
F: Congratulations. No Joanne yet, and no Malcolm. Anyone heard from Malcolm?
D: Not a word. His car's in the car park, mind. I parked next to it.
S: He might be in the partners' room. He might be in the gym. There's no way of knowing.
F: Okay. We'll start. Lorna, the list.
B: It arrived on Thursday. Four hundred and twelve templates. Thank you, Lorna, and thank Mandy.
L: Mandy's having a lie-down.
B: So, the honest picture. I can't convert four hundred and twelve by go-live. Nobody could. About eighty of them cover most of what people actually produce. The rest were used a handful of times in the last two years, some of them once.
L: They're all used, though. Somebody uses every one of them, and if I take one away, I'll hear about it. I'd rather you did all of them.
B: I'd need till about March.
L: Right.
F: Let's come back to that when Joanne's on, she'll want a say. Ravi, the trial load.
R: It went in on Thursday night. Eleven thousand four hundred open matters. About three per cent fell over. Mostly the dates, Praxis stored anything before twenty fifteen the American way round, and a few hundred clients with no address at all.
D: No address? How do we bill them?
R: I assume you don't.
D: That would explain some things.
R: I'll fix those and do a second trial load by Friday. That's the thirtieth.
F: Thank you. Sadia. Conflicts.
S: Beth's search works. I ran twenty names through it on Friday, and it found my ex-husband, which is more than his solicitor ever managed.
B: I'll take that as a pass.
S: It's a pass. And the partners' meeting. They said yes. Well, they said yes at twenty to seven, after the car parking. From go-live, the round-robin stops. Every conflict check goes through Casewise, and my team signs them off.
F: That's brilliant. So the new conflict process is signed off?
S: The conflict process is signed off. Don't push your luck with the rest.
D: Hugh voted against.
S: Hugh voted against everything, including the car parking. He's voted against the car parking for eleven years.
D: Someone should tell Hugh it passed.
F: Sadia, while I've got you. The impact assessment, the DPIA. That was the twenty-third.
S: I know. I'm not going to pretend. It's most of the way there. I'll have the draft to you by Friday.
F: Friday the thirtieth. Thanks.
J: Hi, sorry, sorry. I'm at Lancaster. The new building. There's no signal upstairs so I'm sat on the stairs.
F: Morning, Joanne. Don't worry. We've done the trial load and conflicts. We need you for templates in a minute. But first, Craig's here.
C: Morning, Joanne. I'm only going to ask about the PO.
J: The PO. I know. It's on my desk in Kendal, and I'm in Lancaster on a staircase. I'll do it tomorrow, first thing.
C: That's fine. Once the PO's in, we'll do it in our change window on Thursday the fifth. I'll be there myself to make sure Tom does it.
R: The fifth works for us.
C: Can I suggest something, though, while everyone's here? You go live on Casewise passwords for the first month, and we do the single sign-on in December when it's quieter.
S: No. Two hundred people with another password, they'll write them on Post-its. I've seen the Post-its. I've seen one on a monitor in Carlisle that said password, with the password underneath. We're not doing that.
C: Fair enough. It was only a thought. Tom could probably squeeze it in sooner if a change window came free, but I'm not promising that.
F: Okay. Then it's the fifth. Joanne, templates. Lorna's list came in, four hundred and twelve, and Beth can do about eighty by go-live.
J: Eighty? Lorna, how many of the other three hundred does anybody actually use?
L: Some. A few. There's a letter about hedges that Carlisle use every autumn.
J: Then it's the top eighty. Anything else, they ask for after go-live and Beth does it in the new year.
L: Fine. The top eighty get done for go-live, and everything else waits till the new year. And when Carlisle ring me about the hedges, I'm giving them your number.
J: Give them Malcolm's.
L: I'll pick the top eighty and send them over by Wednesday.
B: And I'll have the eighty converted by Friday the thirteenth. Unlucky for some.
F: Derek, the Northbank order.
D: I signed Northbank's order on Tuesday. Paul emailed to say thank you, which is a first for Northbank. And Maureen's finished. The client ledger balances to the penny against Praxis. She's unbearable.
F: Tell her well done from us.
D: I will not. She'll want a plaque.
B: Derek, while you're here. Before I finish the bill layouts I need your billing guide. The narrative standards, the rounding, what goes on the front page.
D: It's a Word document from twenty fourteen with tracked changes from four different people. I'll send it you by Wednesday.
B: Tracked changes are fine. I've seen worse.
F: Sadia, the insurer.
S: Lonsdale rang on Thursday. The insurer's got a backlog. They're now saying mid-November at the earliest for the questionnaire.
B: So the portal can't go live on the twenty-third whatever we do.
J: Then take it out. The portal goes in January. Nobody's going to miss a thing they've never had.
S: I'd agree with that. I'd rather it went in January properly than in November with the insurer shouting.
F: Okay. The portal moves to January. Beth, park the portal. Don't spend any more time on it for now.
B: Parked. The heron will keep.
F: Beth, training.
B: So the plan's still training the week of the sixteenth. Two sessions a day in each office. I need a room in each office with decent screens, and ideally not the one next to the kitchen in Penrith.
L: The one next to the kitchen is the only one in Penrith.
J: I'll book the training rooms in all four offices for the week of the sixteenth by Friday.
F: Thanks, Joanne. And has anyone seen Malcolm's email to the partners? He said he'd send it on the twentieth.
L: Alan in Penrith asked me on Friday what Casewise was. So, no, I'd say.
S: I've not seen it, and I'm on the partners' list for the minutes.
D: I've not seen it either. He did say it was drafted.
F: Okay. Malcolm's missed two of these now. I'm going to write him a one-page summary, where we are, the risks, and the things only he can decide. I'll send it to him tomorrow.
D: Put it on paper. He reads paper. He doesn't read email, he just deletes it in batches.
J: Leave a copy on his chair. He has to move it to sit down.
F: Perfect. Joanne, the Lancaster line, anything new?
J: Nothing new. Openreach are still saying the nineteenth. The builders have drilled a hole in the wall for them, which I'm told is progress.
F: Okay. Anything else? Craig?
C: No. Just the PO.
J: You'll get it. Tomorrow. I'm writing it on my hand.
F: Thanks, everyone.
"""

# ---------------------------------------------------------------- call 5, Monday 2 November 2026
CALLS[5] = """
F: Morning, everyone. Busy one today. I've got Ravi, Beth, Joanne, Derek, Sadia, Lorna and Craig. Joanne, is Malcolm joining?
J: He says ten o'clock. He's read your one-pager, by the way. He printed it, he's drawn on it, and he's circled the go-live date in red biro. Twice.
F: Well, that's something. Let's use the time before he comes. Craig, you first, because I know you're busy.
C: Thanks. So the PO came through last Tuesday, thank you, Joanne. Tom's booked for Thursday, the fifth. Our change window's seven till nine in the evening.
J: Told you. I wrote it on my hand.
R: Our side's ready for Thursday. As long as Tom's there, we're fine.
C: Tom will be there. I'm driving him.
F: And after Thursday, people can log into Casewise with their Microsoft accounts?
C: After Thursday, the people in the test group can. Twenty people. The rest go on at cutover.
F: Okay. Ravi, Northbank.
R: Good news. Northbank switched the import on in the test company on Wednesday. Two days early. I've posted the first test journals into the ledger. Time's going in. Disbursements tomorrow, bills after that. I'm still on for Friday for the postings.
D: I saw them. Maureen saw them. She said they look like real journals, which from her is practically a hug.
R: I'll frame it.
F: And the second trial load? That was Friday.
R: Yeah. I'm not there. The dates are fixed, but the fix broke the matter numbers for Carlisle, because Carlisle numbered their matters differently until twenty eighteen.
L: Of course they did.
D: Carlisle did everything differently until twenty eighteen. Then they did it differently in a new way.
R: So I'll have the second load done by Friday, the sixth. Properly this time.
F: Friday the sixth. Okay. Beth, templates.
B: Lorna's eighty came through on Wednesday. Well, eighty-four. She says four of them don't count.
L: Four of them are the same letter in different fonts. Carlisle again.
B: I've done thirty. I'm fine for the thirteenth.
F: Good. Sadia, the impact assessment. That was Friday.
S: It isn't finished. It's nearly done. I'm not giving you another date, because I'll only miss it, and then we'll both feel bad.
F: I do need it before go-live, though. It's the one thing I can't go live without.
S: I know you do. I've got the whole of the firm's risk on one desk and it's my desk.
F: Okay. And the insurer?
S: Still nothing. Lonsdale now say the twentieth. It doesn't matter so much with the portal in January, but I'd like it done.
F: Joanne, Lancaster.
J: Openreach have moved us. The twenty-sixth of November now. Something about a blocked duct under the road. So they move in on the sixteenth, we go live on the twenty-third, and the line comes on the twenty-sixth.
B: So Lancaster would go live with--
J: With no line. Yes. They'd go live on 4G dongles in a building with walls a foot thick. I've rung everybody. I've rung the ISP, I've rung Openreach, I've rung our MP's office. The MP's office were the nicest.
D: They always are. They've got nothing to lose.
F: Okay. And Joanne, the training rooms. That was Friday.
J: I haven't. I'm sorry. I've been in Lancaster every day this week, and the week before.
L: Give it here. I book rooms for everything anyway. I know which ones have the good screens.
J: Would you? Honestly, Lorna, thank you.
F: So the training rooms are Lorna's now. Lorna, hold off a couple of minutes, because depending on Malcolm, the date might move.
L: I'll hold.
F: While we wait. Derek, anything from accounts?
D: Only the usual. The partners want to know if they can still do their time on paper once the purple thing's in. I've told them no. Hugh's asked twice.
S: Hugh will be recording time on paper at his own funeral.
D: In pencil.
M: Morning. Sorry. I've got fifteen minutes. I've read Fiona's paper. I've read it twice, actually, which is more than I've read anything this year.
F: Thank you, Malcolm. Then I'll be quick. Where we are. Single sign-on happens on Thursday, if it works. The impact assessment isn't signed, and I can't go live without it. The second trial load isn't done. And Lancaster haven't got a line until the twenty-sixth, three days after go-live.
M: That's not quick, that's a list.
F: It's a short list. So my suggestion is we go live on the twenty-third with Kendal, Penrith and Carlisle, and Lancaster follows on the seventh of December once their line's in.
M: No. I said one firm in October and I meant it. I'm not having Lancaster on a different system for two weeks, they'll never let me forget it.
J: Then what do we do?
M: We move it. Everybody goes on the seventh of December. The cutover's that weekend, the fifth and sixth. Lancaster will have their line, Sadia will have finished her form, and Ravi will have his matter numbers.
D: That suits me, actually. November's bills all go out of Praxis, and we start December clean.
F: Okay. Go-live moves to Monday the seventh of December, all four offices together. I'll send round the revised plan with the new dates by Wednesday.
M: Good. Anything else you need me for?
F: The email to the partners, Malcolm.
M: Yes. I heard. Alan asked Lorna what Casewise was.
L: He did. In the lift.
M: I'll send it today. After this call. With the new date in it, so at least it's not wasted.
S: I'll believe it when it's in my inbox.
M: Thank you, Sadia. Noted. And tell Beth the training isn't optional. I'll do the training myself if I have to. I won't, but I'll threaten it.
B: I'll take all the threats I can get.
M: Right, I've got to go. Partners' lunch. Joanne, you've got my proxy.
J: I always have your proxy.
F: Thanks, Malcolm.
L: So. The training rooms. If go-live's the seventh, training's the week before?
B: The week of the thirtieth. Same pattern. Two sessions a day in each office.
L: Then I'll have the rooms booked for the week of the thirtieth by Wednesday. Not the kitchen one in Penrith. I'll find something.
F: Thank you, Lorna. Beth, does that change the templates?
B: No, I'm keeping the thirteenth. I'd rather have slack than not.
F: And Ravi?
R: The sixth for the trial load, the sixth for the postings. Same as I said.
F: Okay. One last thing. This week's status report says red. The go-live's moved, the impact assessment isn't done, single sign-on isn't done, and Lancaster hasn't got a line.
J: Can we say amber? Red frightens the partners.
F: It's red, Joanne. It can be amber next week if Thursday goes well.
J: Fine. Red. I'll tell them it's a festive colour.
F: Thanks, everyone. Same time next week.
"""

# ================================================================ gold answer key (written to gold.json)


def C(id, owner, task, first_call, due, quote, keywords, events, note, **extra):
    d = {"id": id, "owner": owner, "task": task, "first_call": first_call, "due": due, "quote": quote,
         "keywords": keywords, "events": events}
    d.update(extra)
    d["note"] = note
    return d


def done(n):
    return {"call": n, "type": "done"}


def slipped(n, new_due):
    return {"call": n, "type": "slipped", "new_due": new_due}


def dropped(n):
    return {"call": n, "type": "dropped"}


def reassigned(n, who):
    return {"call": n, "type": "reassigned", "new_owner": who}


COMMITMENTS = [
    C("C1", "Joanne", "ring Keith at Denholm (the Praxis supplier) and ask for the full Praxis export, archive tables included",
      1, "2026-10-06",
      "I'll ring Keith at Denholm tomorrow and ask for the full export, archive and all.",
      ["keith", "denholm", "ring", "export", "archive"], [done(2)],
      "'tomorrow' on Mon 10-05 = Tue 10-06. Call 2 done, said by Joanne when she joins late: 'I rang him on Tuesday. "
      "He'll give us the full export, archive and all, but Denholm want two thousand four hundred pounds for it and a "
      "release letter signed by a partner'. The call was made; the export itself waits on C15 (B1)."),
    C("C2", "Ravi", "send Derek and Joanne the migration mapping workbook (Praxis fields to Casewise fields)",
      1, "2026-10-07",
      "I need Derek and Joanne to tell me where I've got it wrong. I'll get the workbook to you both by Wednesday.",
      ["mapping", "workbook", "wednesday", "derek", "joanne"], [done(2)],
      "'by Wednesday' on Mon 10-05 = 10-07. Call 2 done, reported by a recipient before Ravi speaks: Derek 'It came on "
      "Wednesday. Forty-three tabs. I've done eleven'."),
    C("C3", "Derek", "send Ravi the Ledgerline chart of accounts and nominal codes",
      1, "2026-10-09",
      "I'll send Ravi the Ledgerline chart of accounts and the nominal codes by Friday.",
      ["ledgerline", "chart", "accounts", "nominal", "codes"], [done(2)],
      "Call 2 done, reported by the recipient: Ravi 'your chart of accounts came in on Thursday, thank you'."),
    C("C4", "Lorna", "send Beth the list of document templates with how often each is used",
      1, "2026-10-09",
      "I'll send you the list of templates with how often they're used by Friday.",
      ["list", "templates", "used", "friday"], [slipped(2, "2026-10-16"), slipped(3, "2026-10-23"), done(4)],
      "Slipped twice. Call 2: Praxis keeps no usage count, Mandy in Penrith is counting by hand: 'I'll have it to you "
      "Friday. This Friday.' / Beth 'Friday the sixteenth.' Call 3 (Lorna absent, at her daughter's graduation), "
      "relayed by Joanne: 'the template list will be the end of this week' / Fiona 'So Friday the twenty-third for the "
      "list.' Call 4 done, reported by the recipient: Beth 'It arrived on Thursday. Four hundred and twelve templates.'"),
    C("C5", "Beth", "set up Casewise test logins for Joanne, Derek, Sadia and Lorna",
      1, "2026-10-07",
      "And I'll get test logins set up for the four of you, Joanne, Derek, Sadia and Lorna, by Wednesday, so you can see it being built and shout early.",
      ["test", "logins", "wednesday", "shout"], [done(2)],
      "Call 2 done, shown by use and said by Lorna: 'Oh, they work. I've been in. It's very purple. I made a client "
      "called Mickey Mouse'."),
    C("C6", "Sadia", "write up how the conflict check works today (the partners' email round-robin) for Beth",
      1, "2026-10-09",
      "I can write up how it works now. I'll get that to you by Friday.",
      ["write", "conflict", "works", "friday"], [slipped(2, "2026-10-15"), done(3)],
      "Call 2: a suspicious transaction took her week: 'Thursday. I'll have it with Beth by Thursday.' (slip to Thu "
      "10-15). Call 3 done, reported by the recipient: Beth 'your write-up came in on Thursday night. Nine pages.'"),
    C("C7", "Joanne", "dig out the Fellside IT contract and see whether single sign-on is covered",
      1, "2026-10-09",
      "I'll dig out the Fellside contract and see if it's in there. By the end of the week, hopefully.",
      ["fellside", "contract", "dig", "week"], [done(2)],
      "'By the end of the week' = Fri 10-09. Call 2 done: 'I found it. It was in the safe ... Logging into other "
      "people's systems isn't in it.' Craig confirms: a change request and a quote."),
    C("C8", "Malcolm", "send all the partners a note saying what is coming and that the Casewise training is not optional",
      1, "2026-10-09",
      "Leave Hugh to me. I'll send a note to all the partners this week telling them what's coming and that the training isn't optional.",
      ["note", "partners", "training", "optional", "week"],
      [slipped(2, "2026-10-14"), slipped(3, "2026-10-20"), slipped(5, "2026-11-02")],
      "The sponsor, on call 1 for a few minutes; 'this week' on Mon 10-05 = Fri 10-09. Call 2 (Malcolm absent), relayed "
      "by Derek: 'he's doing the email to the partners on Wednesday, after the completion' / Fiona 'Wednesday the "
      "fourteenth. We'll see.' Call 3, from his phone: 'It's drafted ... I'll send it tomorrow.' / 'Tuesday the "
      "twentieth.' Call 4 (absent, no word): nobody has seen it ('Alan in Penrith asked me on Friday what Casewise "
      "was'), no new date. Call 5: 'I'll send it today. After this call.' (slip to 11-02). OPEN and OVERDUE on 11-03; "
      "Sadia: 'I'll believe it when it's in my inbox.'"),
    C("C9", "Ravi", "do a first trial load of the open matters into the Casewise test system",
      1, "2026-10-16",
      "Assuming I get the export this week, I'll have a first trial load of the open matters into the test system by Friday week, the sixteenth.",
      ["trial", "load", "open", "matters", "sixteenth"], [slipped(3, "2026-10-23"), done(4)],
      "Conditional on Denholm's export (B1). Call 2: 'The sixteenth is looking shaky' (no new date). Call 3, the export "
      "landed on Friday: 'So I'll have the trial load in by this Friday, the twenty-third' (slip). Call 4 done: 'It went "
      "in on Thursday night. Eleven thousand four hundred open matters. About three per cent fell over.' The fixes are "
      "C26."),
    C("C10", "Craig", "send Joanne Fellside's quote for the single sign-on work (Entra enterprise app, conditional access)",
      2, "2026-10-16",
      "Yeah. I'll send Joanne a quote for the single sign-on work by Friday.",
      ["quote", "single", "sign-on", "joanne", "friday"], [done(3)],
      "Outside party (Fellside IT), absent from call 3. Call 3 done, relayed by Fiona from Craig's email ('he sent the "
      "quote for the single sign-on to Joanne on Thursday') and confirmed by the recipient: Joanne 'It came. Two and a "
      "half days' work, eighteen hundred pounds plus VAT.'"),
    C("C11", "Sadia", "write the data protection impact assessment (the security sign-off nobody owned) and send a draft",
      2, "2026-10-23",
      "Fine. If nobody else will, I'll do the impact assessment. I'll have a draft by the twenty-third.",
      ["impact", "assessment", "draft", "twenty-third"], [slipped(4, "2026-10-30")],
      "Unowned in call 1 ('I'm risk, not IT'); Sadia takes it reluctantly in call 2. Call 3: 'Started.' Call 4: 'It's "
      "most of the way there. I'll have the draft to you by Friday.' / Fiona 'Friday the thirtieth.' (slip). Call 5: "
      "'It isn't finished ... I'm not giving you another date' (no new date). OPEN and OVERDUE on 11-03; Fiona cannot go "
      "live without it."),
    C("C12", "Derek", "ring Northbank and get a price for switching on the Ledgerline import module",
      2, "2026-10-14",
      "I'll ring Northbank and get a price for turning the import on. By Wednesday.",
      ["northbank", "price", "import", "wednesday", "ring"], [done(3)],
      "The Northbank contract nobody owned in call 1 ('It's a software thing.' / 'I do the printers, Derek.'); Derek "
      "takes it. Call 3 done, reported by the outside party: Paul 'Derek rang us on Wednesday. I've got the quote "
      "here.'"),
    C("C13", "Maureen", "reconcile the client ledger in Praxis against Ledgerline before anything moves",
      2, "2026-10-30",
      "And Maureen says she'll have the client ledger reconciled against Praxis by the end of the month, before anything moves.",
      ["maureen", "client", "ledger", "reconciled", "praxis"], [done(4)],
      "A relayed promise: said by Derek for Maureen, the senior cashier, who is never on a call (Candor may name Derek "
      "as owner). 'by the end of the month' = the last working day of October, Fri 10-30 (31 October is a Saturday). "
      "Call 3: 'Maureen's started her reconciliation' (progress). Call 4 done, relayed by Derek: 'Maureen's finished. "
      "The client ledger balances to the penny against Praxis.'"),
    C("C14", "Joanne", "chase the internet provider about the line for the new Lancaster office",
      2, "2026-10-13",
      "Thank you, Beth. I'll chase the ISP about the Lancaster line tomorrow.",
      ["chase", "isp", "lancaster", "line", "tomorrow"], [done(3)],
      "'tomorrow' on Mon 10-12 = Tue 10-13. Call 3 done: 'I chased them on Tuesday. Openreach are booked for the "
      "nineteenth of November.' The line itself stays a blocker (B5)."),
    C("C15", "Malcolm", "sign Denholm's release letter for the full Praxis export",
      2, "2026-10-14",
      "Malcolm. I've sent him the letter. He says he'll sign it when he's back in the office on Wednesday.",
      ["malcolm", "letter", "sign", "wednesday", "office"], [done(3)],
      "A relayed promise: said by Joanne for Malcolm (absent from call 2). Call 3 done, said by Malcolm from his phone "
      "('Malcolm Kerr's iPhone'): 'I signed Keith's letter on Wednesday and Derek paid them.' Ravi: 'Denholm's export "
      "landed on Friday afternoon.' Clears B1."),
    C("C16", "Beth", "put the client portal up in test with the firm's logo (the heron) and colours",
      2, "2026-10-23",
      "I'll carry on with the portal anyway. I'll have it up in test with your logo and colours by Friday the twenty-third, so at least you can see it.",
      ["portal", "test", "logo", "colours", "twenty-third"], [dropped(4)],
      "Call 3: 'Coming along. The heron's in.' DROPPED in call 4 when the portal moves to January (D7): Fiona 'Beth, "
      "park the portal. Don't spend any more time on it for now.' / Beth 'Parked. The heron will keep.' Not overdue, not "
      "open.", dropped_call=4),
    C("C17", "Sadia", "fill in the insurer's cyber questionnaire and send it back to Lonsdale (the brokers)",
      2, "2026-10-16",
      "Me, apparently. Everything with the word risk on it lands on me. I'll fill the questionnaire in and send it back to Lonsdale by Friday.",
      ["questionnaire", "lonsdale", "friday", "fill"], [done(3)],
      "Call 3 done: 'It went back to Lonsdale on Friday. Forty-one questions.' The insurer's review is B3, still open."),
    C("C18", "Joanne", "raise the purchase order for Fellside's single sign-on work",
      3, "2026-10-21",
      "Right. Fine. I'll raise the PO for Fellside by Wednesday.",
      ["raise", "po", "fellside", "wednesday"], [slipped(4, "2026-10-27"), done(5)],
      "After D4 makes Fellside Joanne's. Call 4, Craig: 'I'm only going to ask about the PO.' / Joanne 'It's on my desk "
      "in Kendal, and I'm in Lancaster on a staircase. I'll do it tomorrow, first thing.' (slip to Tue 10-27). Call 5 "
      "done, reported by the recipient: Craig 'the PO came through last Tuesday, thank you, Joanne.'"),
    C("C19", "Derek", "sign and return Northbank's order form for the Ledgerline import module",
      3, "2026-10-21",
      "I'll sign and send the order form back by Wednesday.",
      ["sign", "order", "form", "wednesday", "northbank"], [done(4)],
      "Call 4 done: 'I signed Northbank's order on Tuesday. Paul emailed to say thank you'."),
    C("C20", "Paul", "switch on the Ledgerline import module in the firm's test company",
      3, "2026-10-30",
      "Once I've got Derek's signed order, I'll have the import switched on in your test company by Friday the thirtieth.",
      ["import", "switched", "test", "company", "thirtieth"], [done(5)],
      "Outside party (Northbank Software), on call 3 only; conditional on C19 (done). Call 5 done, reported by Ravi: "
      "'Northbank switched the import on in the test company on Wednesday. Two days early.' Clears B4."),
    C("C21", "Ravi", "get the time and disbursement postings going into the test ledger (Ledgerline interface)",
      3, "2026-11-06",
      "Once it's on, I'll have the time and disbursement postings going into the test ledger by the sixth of November.",
      ["time", "disbursement", "postings", "ledger", "sixth"], [],
      "Call 5: 'Time's going in. Disbursements tomorrow, bills after that. I'm still on for Friday for the postings.' "
      "(restatement). OPEN, not yet due."),
    C("C22", "Beth", "set up the conflict search rules (former names, related parties) in test from Sadia's write-up",
      3, "2026-10-23",
      "So I'll have the conflict search rules set up in test by Friday.",
      ["conflict", "search", "rules", "test", "friday"], [done(4)],
      "Call 4 done, reported by Sadia: 'Beth's search works. I ran twenty names through it on Friday, and it found my "
      "ex-husband'."),
    C("C23", "Sadia", "take the end of the email round-robin to the partners' meeting on Wednesday 21 October",
      3, "2026-10-21",
      "Yes. I'll take the round-robin to the partners' meeting on Wednesday.",
      ["round-robin", "partners", "meeting", "wednesday"], [done(4)],
      "Call 4 done: 'And the partners' meeting. They said yes. Well, they said yes at twenty to seven' (D6). Clears B6."),
    C("C24", "Lorna", "pick the top eighty templates and send the list to Beth",
      4, "2026-10-28",
      "I'll pick the top eighty and send them over by Wednesday.",
      ["pick", "top", "eighty", "wednesday"], [done(5)],
      "After D5. Call 5 done, reported by the recipient: Beth 'Lorna's eighty came through on Wednesday. Well, "
      "eighty-four.'"),
    C("C25", "Beth", "convert the top eighty templates to Casewise",
      4, "2026-11-13",
      "And I'll have the eighty converted by Friday the thirteenth.",
      ["eighty", "converted", "thirteenth", "templates"], [],
      "Call 5: 'I've done thirty. I'm fine for the thirteenth.' and after D8 'I'm keeping the thirteenth' "
      "(restatements). OPEN, not yet due."),
    C("C26", "Ravi", "fix the trial-load errors (dates, clients with no address) and do a second trial load",
      4, "2026-10-30",
      "I'll fix those and do a second trial load by Friday. That's the thirtieth.",
      ["fix", "second", "trial", "load", "thirtieth"], [slipped(5, "2026-11-06")],
      "Call 5: the date fix broke Carlisle's matter numbers: 'So I'll have the second load done by Friday, the sixth.' "
      "(slip). OPEN, not yet due."),
    C("C27", "Joanne", "book training rooms in all four offices for the training week",
      4, "2026-10-30",
      "I'll book the training rooms in all four offices for the week of the sixteenth by Friday.",
      ["book", "training", "rooms", "offices", "sixteenth"], [reassigned(5, "Lorna"), slipped(5, "2026-11-04")],
      "Call 5: Joanne 'I haven't. I'm sorry. I've been in Lancaster every day'; Lorna 'Give it here. I book rooms for "
      "everything anyway.' / Fiona 'So the training rooms are Lorna's now.' REASSIGNED to Lorna. After D8 the training "
      "week becomes the week of 30 November: Lorna 'Then I'll have the rooms booked for the week of the thirtieth by "
      "Wednesday.' (slip to Wed 11-04). OPEN, not overdue on 11-03.", reassigned_to=["Lorna"]),
    C("C28", "Craig", "have Fellside (Tom) make the single sign-on change in Fellside's change window on Thursday 5 November",
      4, "2026-11-05",
      "Once the PO's in, we'll do it in our change window on Thursday the fifth. I'll be there myself to make sure Tom does it.",
      ["change", "window", "thursday", "fifth", "tom"], [],
      "Outside party (Fellside IT); Tom the engineer does the work and is never on a call (Candor may name Tom). "
      "Call 5: 'Tom's booked for Thursday, the fifth. Our change window's seven till nine in the evening.' / 'Tom will be "
      "there. I'm driving him.' (restatements). OPEN, not yet due; B2 stays open."),
    C("C29", "Fiona", "write Malcolm a one-page summary (where we are, the risks, what only he can decide) and send it",
      4, "2026-10-27",
      "I'm going to write him a one-page summary, where we are, the risks, and the things only he can decide. I'll send it to him tomorrow.",
      ["one-page", "summary", "risks", "decide", "tomorrow"], [done(5)],
      "'tomorrow' on Mon 10-26 = Tue 10-27. Call 5 done, reported for the recipient by Joanne: 'He's read your "
      "one-pager, by the way. He printed it, he's drawn on it'; Malcolm 'I've read Fiona's paper.'"),
    C("C30", "Derek", "send Beth the firm's billing guide (narrative standards, rounding, front page)",
      4, "2026-10-28",
      "It's a Word document from twenty fourteen with tracked changes from four different people. I'll send it you by Wednesday.",
      ["billing", "guide", "wednesday", "send"], [],
      "Beth asks for 'your billing guide. The narrative standards, the rounding, what goes on the front page.' Not "
      "mentioned in call 5. OPEN and silently OVERDUE on 11-03."),
    C("C31", "Fiona", "send round the revised plan with the 7 December go-live (D8)",
      5, "2026-11-04",
      "I'll send round the revised plan with the new dates by Wednesday.",
      ["revised", "plan", "dates", "wednesday"], [],
      "Said straight after D8 ('Go-live moves to Monday the seventh of December, all four offices together.'). OPEN, not "
      "yet due."),
]

NON_COMMITMENTS = [
    {"call": 2, "speaker": "Lorna", "quote": "I made a client called Mickey Mouse, I'm sorry, I'll delete him.",
     "note": "withdrawn at once (Beth: 'Leave him in, he's good for testing')"},
    {"call": 1, "speaker": "Sadia", "quote": "I'll happily read it, but I'm not signing anything about servers.",
     "note": "a refusal wrapped round a conditional offer: the security sign-off stays unowned until call 2 (C11)"},
    {"call": 1, "speaker": "Ravi",
     "quote": "If it's not, I can do the Casewise side any time, I just need someone in your tenant to do theirs.",
     "note": "conditional offer; nobody owns the Microsoft side (B2)"},
    {"call": 1, "speaker": "Malcolm", "quote": "We'll sort the single sign-on out, it's only a login.",
     "note": "vague, no owner, no date; the single sign-on is given to Joanne and Fellside in call 3 (D4)"},
    {"call": 1, "speaker": "Derek", "quote": "If it comes to it, Maureen could key the opening balances in by hand.",
     "note": "conditional fallback and an anecdote about 2011; never taken up"},
    {"call": 2, "speaker": "Lorna",
     "quote": "If she's still not done I could maybe borrow another one of the Penrith girls, if Alan lets me have her.",
     "note": "hedged conditional offer"},
    {"call": 2, "speaker": "Craig", "quote": "If you wanted it quicker, we could do it out of hours, but that's time and a half.",
     "note": "conditional offer, refused ('Nobody's paying time and a half for anything')"},
    {"call": 2, "speaker": "Derek",
     "quote": "Last firm I was at, we brought the time across line by line, and we billed a client for two thousand and thirteen twice.",
     "note": "past anecdote (the reason for D3)"},
    {"call": 3, "speaker": "Malcolm",
     "quote": "I'll try and be at the partners' meeting on Wednesday, if the train gets back in time. Don't count on it.",
     "note": "hedged, explicitly not to be counted on"},
    {"call": 3, "speaker": "Paul",
     "quote": "If you want the live company switched on at the same time, I can ask, but I wouldn't hold your breath.",
     "note": "conditional offer, nobody takes it up"},
    {"call": 3, "speaker": "Sadia", "quote": "Then I'll read page thirty-four again. Slowly.",
     "note": "sarcasm, not a task"},
    {"call": 4, "speaker": "Craig",
     "quote": "Tom could probably squeeze it in sooner if a change window came free, but I'm not promising that.",
     "note": "hedged, explicitly not a promise"},
    {"call": 4, "speaker": "Derek", "quote": "Someone should tell Hugh it passed.",
     "note": "rhetorical 'someone should', no owner"},
    {"call": 4, "speaker": "Lorna", "quote": "And when Carlisle ring me about the hedges, I'm giving them your number.",
     "note": "a joke"},
    {"call": 5, "speaker": "Sadia",
     "quote": "I'm not giving you another date, because I'll only miss it, and then we'll both feel bad.",
     "note": "refusal to give a new date for the overdue impact assessment (C11 stays overdue at 10-30)"},
    {"call": 5, "speaker": "Malcolm", "quote": "I'll do the training myself if I have to. I won't, but I'll threaten it.",
     "note": "a joke, withdrawn in the same breath"},
    {"call": 5, "speaker": "Sadia", "quote": "I'll believe it when it's in my inbox.",
     "note": "sarcasm about the sponsor's overdue email (C8)"},
    {"call": 5, "speaker": "Ravi", "quote": "I'll frame it.",
     "note": "a joke (about Maureen's praise of the test journals)"},
    {"call": 5, "speaker": "Joanne", "quote": "I'll tell them it's a festive colour.",
     "note": "a joke about the red status"},
]

BLOCKERS = [
    {"id": "B1",
     "what": "Ravi cannot do a proper trial load (or a complete conflict-check name list) until Denholm, the Praxis supplier, opens the archive tables or gives a full export; Denholm then want 2,400 pounds and a release letter signed by a partner",
     "party": "Denholm Software (Keith), the legacy Praxis supplier",
     "party_aliases": ["denholm", "keith", "praxis"],
     "raised_call": 1, "cleared_call": 3,
     "quote": "So until Denholm open the archive tables, or give us a full export, I can't do a proper trial load.",
     "keywords": ["denholm", "archive", "tables", "export", "trial", "load"],
     "note": "Raised by Ravi. Call 2: Joanne 'Denholm want two thousand four hundred pounds for it and a release letter "
             "signed by a partner'; Malcolm to sign (C15). Cleared call 3: Malcolm 'I signed Keith's letter on "
             "Wednesday and Derek paid them.' / Ravi 'Denholm's export landed on Friday afternoon. Archive and all.'"},
    {"id": "B2",
     "what": "Nobody can log into Casewise with their Microsoft work account until someone makes the single sign-on change in the firm's Microsoft tenant (Entra); at first nobody owns it and it is not in Fellside IT's contract; then it waits on Fellside's quote, the firm's PO and Fellside's change window on 5 November",
     "party": "nobody at first (unowned); then Fellside IT (Craig, Tom)",
     "party_aliases": ["fellside", "craig", "tom", "nobody", "unowned", "joanne"],
     "raised_call": 1, "cleared_call": None,
     "quote": "So nobody owns the single sign-on yet, and until someone does the Microsoft side, nobody logs into Casewise with their work account.",
     "keywords": ["single", "sign-on", "microsoft", "fellside", "tenant", "entra"],
     "note": "Raised by Fiona. Call 2: not in Fellside's contract, Craig to quote (C10). Call 3: Malcolm 'Pay "
             "Fellside' (D4), Joanne to raise the PO (C18). Call 4: Craig proposes going live on passwords, refused; "
             "change window Thursday 11-05 (C28). Call 5: PO in, Tom booked for Thursday. OPEN at the end (the change "
             "has not happened by 11-03)."},
    {"id": "B3",
     "what": "The client portal cannot go live until the firm's insurer approves its cyber questionnaire (through Lonsdale, the brokers); the insurer takes three weeks and then has a backlog",
     "party": "the firm's insurer, through Lonsdale (the brokers)",
     "party_aliases": ["insurer", "lonsdale", "broker"],
     "raised_call": 2, "cleared_call": None,
     "quote": "So until the insurer's happy, the portal can't go live, and that's not up to me or you.",
     "keywords": ["insurer", "portal", "questionnaire", "cyber", "lonsdale"],
     "note": "Raised by Sadia. Questionnaire sent back (C17, done call 3). Call 4: 'mid-November at the earliest'; the "
             "portal moves to January (D7). Call 5: 'Still nothing. Lonsdale now say the twentieth.' OPEN at the end."},
    {"id": "B4",
     "what": "The interface into the accounts ledger cannot post anything until Northbank switch on the import module on the firm's Ledgerline licence (a licence upgrade and a signed order)",
     "party": "Northbank Software (Paul Rigg), makers of Ledgerline",
     "party_aliases": ["northbank", "paul", "rigg", "ledgerline"],
     "raised_call": 1, "cleared_call": 5,
     "quote": "Right, so until Northbank switch that on, the ledger interface goes nowhere.",
     "keywords": ["northbank", "import", "ledger", "interface", "ledgerline", "licence"],
     "note": "Raised by Ravi; the Northbank contract is unowned until Derek takes it in call 2 (C12). Call 3: 400 a "
             "year and a signed order (C19, C20). Cleared call 5: 'Northbank switched the import on in the test "
             "company on Wednesday. Two days early.'"},
    {"id": "B5",
     "what": "The Lancaster office moves into a new building on 16 November that has no internet line; Openreach's install date is 19 November, then 26 November, after the planned 23 November go-live (the old building's line is too slow for Casewise)",
     "party": "Openreach (through the firm's internet provider)",
     "party_aliases": ["openreach", "isp", "provider"],
     "raised_call": 2, "cleared_call": None,
     "quote": "So right now, if Lancaster go live in the new building, they've got nothing to go live on.",
     "keywords": ["lancaster", "line", "openreach", "building", "fibre"],
     "note": "Raised by Beth after a 40-second time entry at the old building. Call 3: Openreach booked for 11-19. Call "
             "5: moved to 11-26 ('a blocked duct under the road'); one reason for D8. OPEN at the end."},
    {"id": "B6",
     "what": "Sadia will not sign off the new conflict-check process while the partners still run the email round-robin alongside it; only the partners' meeting can stop it",
     "party": "the partners (the partners' meeting of 21 October)",
     "party_aliases": ["partners", "partner", "hugh"],
     "raised_call": 2, "cleared_call": 4,
     "quote": "I'm not signing off a new conflict process while the partners are still doing the email round-robin on the side.",
     "keywords": ["conflict", "round-robin", "partners", "process", "email"],
     "note": "Raised by Sadia. Call 3: she takes it to the meeting (C23). Cleared call 4: 'They said yes ... From "
             "go-live, the round-robin stops' (D6); 'The conflict process is signed off.'"},
]

DECISIONS = [
    {"id": "D1", "call": 1,
     "text": "Migration scope: every client and other-side name ever (for the conflict check); matter details only for open matters and matters closed since 2020; older matters stay in the archive with an export kept for the insurers (Malcolm, against Ravi's everything-since-2009 proposal)",
     "keywords": ["names", "matters", "open", "closed", "twenty", "archive", "export"],
     "quote": "Right. Names, all of them, back to the year dot, because Sadia will have my head otherwise. The matters themselves, the open ones and anything closed since twenty twenty. The rest stays in the archive, and we keep an export for the insurers."},
    {"id": "D2", "call": 1,
     "text": "One go-live for all four offices on the same weekend (23 November); no office-by-office roll-out (Malcolm, against Fiona's phased proposal)",
     "keywords": ["firm", "everybody", "same", "weekend", "twenty-third", "offices"],
     "quote": "No. We're one firm. I've spent ten years getting Carlisle to stop behaving like a separate firm and I'm not giving them an excuse. Everybody goes over on the same weekend. The twenty-third."},
    {"id": "D3", "call": 2,
     "text": "Unbilled time is not migrated line by line: bill everything possible in November, and what is left comes across as one opening figure per matter (Derek, against Ravi's line-by-line proposal)",
     "keywords": ["time", "entries", "line", "bill", "november", "figure", "matter"],
     "quote": "We're not bringing the time entries over line by line. We bill everything we can in November, and whatever's left comes across as one figure per matter."},
    {"id": "D4", "call": 3,
     "text": "Fellside IT are paid to do the single sign-on (their quote of 1,800 pounds plus VAT is accepted), and Joanne owns the whole Fellside relationship from now on (Malcolm, from the train)",
     "keywords": ["fellside", "pay", "craig", "joanne", "contract", "quotes"],
     "quote": "Oh, for goodness' sake. Pay Fellside. Get Craig to do it. And Joanne, Fellside's yours from now on, the whole contract, the quotes, all of it."},
    {"id": "D5", "call": 4,
     "text": "Only the top eighty templates are converted for go-live; the other templates (of 412) wait until the new year, on request (Joanne, Lorna agreeing, against Lorna's wish to convert all of them)",
     "keywords": ["top", "eighty", "templates", "go-live", "new", "year"],
     "quote": "Fine. The top eighty get done for go-live, and everything else waits till the new year."},
    {"id": "D6", "call": 4,
     "text": "From go-live the partners' email round-robin for conflicts stops; every conflict check goes through Casewise and Sadia's team signs them off (agreed at the partners' meeting on 21 October, reported by Sadia; Hugh against)",
     "keywords": ["round-robin", "conflict", "check", "casewise", "stops", "partners"],
     "quote": "From go-live, the round-robin stops. Every conflict check goes through Casewise, and my team signs them off."},
    {"id": "D7", "call": 4,
     "text": "The client portal is taken out of the go-live and moves to January, because the insurer will not have approved the questionnaire (Joanne, Sadia agreeing; Fiona tells Beth to park it)",
     "keywords": ["portal", "january", "take", "out", "insurer"],
     "quote": "Then take it out. The portal goes in January. Nobody's going to miss a thing they've never had."},
    {"id": "D8", "call": 5,
     "text": "Go-live moves from Monday 23 November to Monday 7 December, all four offices together, with the cutover on the weekend of 5 and 6 December (Malcolm, rejecting Fiona's proposal of three offices on the 23rd and Lancaster later)",
     "keywords": ["seventh", "december", "cutover", "weekend", "everybody", "move"],
     "quote": "We move it. Everybody goes on the seventh of December. The cutover's that weekend, the fifth and sixth."},
]

PROPOSALS_NOT_AGREED = [
    {"call": 1, "speaker": "Ravi",
     "text": "migrate every matter since 2009, open and closed, with all the time entries, and switch Praxis off -- rejected (D1)"},
    {"call": 1, "speaker": "Fiona",
     "text": "go live office by office, Kendal on 23 November and the others a week apart -- rejected by Malcolm (D2)"},
    {"call": 2, "speaker": "Ravi",
     "text": "bring the unbilled time entries across line by line -- rejected by Derek (D3)"},
    {"call": 4, "speaker": "Lorna",
     "text": "convert all 412 templates -- not possible before about March; only the top eighty (D5)"},
    {"call": 4, "speaker": "Craig",
     "text": "go live on Casewise passwords for the first month and do the single sign-on in December -- refused by Sadia"},
    {"call": 5, "speaker": "Fiona",
     "text": "go live on 23 November with Kendal, Penrith and Carlisle, and Lancaster on 7 December -- rejected by Malcolm; D8 moves everyone to 7 December"},
    {"call": 5, "speaker": "Joanne",
     "text": "report the project as amber rather than red -- refused by Fiona ('It's red, Joanne')"},
]

PEOPLE = {
    "Fiona Marsh": "vendor (Casewise Software) project manager, host; all calls; calls the project red in call 5",
    "Ravi Chandran": "vendor (Casewise) data migration and integration engineer: the Praxis extract and trial loads, the Ledgerline interface, the Casewise side of single sign-on; all calls",
    "Beth Harker": "vendor (Casewise) implementation consultant: test logins, time recording and billing, the conflict search, templates, the client portal (parked in call 4), training; all calls",
    "Malcolm Kerr": "Ambleside & Kerr managing partner, sponsor (call 1 joins late and leaves for a completion; call 2 apologies, Derek relays; call 3 dials in from a train as 'Malcolm Kerr's iPhone' and drops out; call 4 absent with no word, his car in the car park; call 5 joins for the last fifteen minutes). Rules D1, D2, D4 and D8",
    "Joanne Pike": "Ambleside & Kerr practice manager, customer lead; overloaded (facilities, IT, HR, and the Lancaster office move on 16 November); joins call 2 late (fire alarm), leaves call 3 early (removals), joins call 4 late from the new Lancaster building; owns Fellside from call 3 (D4); hands the training-room booking (C27) to Lorna in call 5; rules D5 and D7",
    "Derek Mullen": "Ambleside & Kerr finance director (accounts team, cashiers, Ledgerline); relays Malcolm in call 2 and Maureen in calls 2 and 4; takes the Northbank contract in call 2; rules D3",
    "Sadia Rahman": "Ambleside & Kerr risk and compliance manager (conflicts, anti-money laundering); refuses the security sign-off in call 1, takes the impact assessment in call 2 (C11, overdue at the end); the insurer's questionnaire; reports the partners' decision D6",
    "Lorna Birkett": "Ambleside & Kerr secretarial services manager across the four offices (the document templates); absent from call 3 (her daughter's graduation; Joanne relays); takes over the training-room booking in call 5",
    "Craig Bell": "Fellside IT account manager (the firm's managed IT provider); calls 2, 4 and 5; his engineer Tom does the single sign-on change",
    "Paul Rigg": "Northbank Software support lead (makers of Ledgerline, the firm's accounts ledger); call 3 only",
}

ATTENDANCE = {
    "1": ["Fiona", "Ravi", "Beth", "Joanne", "Derek", "Sadia", "Lorna", "Malcolm"],
    "2": ["Fiona", "Ravi", "Beth", "Joanne", "Derek", "Sadia", "Lorna", "Craig"],
    "3": ["Fiona", "Ravi", "Beth", "Joanne", "Derek", "Sadia", "Malcolm", "Paul"],
    "4": ["Fiona", "Ravi", "Beth", "Joanne", "Derek", "Sadia", "Lorna", "Craig"],
    "5": ["Fiona", "Ravi", "Beth", "Joanne", "Derek", "Sadia", "Lorna", "Craig", "Malcolm"],
    "note": "Malcolm (sponsor) joins call 1 late (a client's divorce and boat) and leaves within minutes for a completion; "
            "sends apologies to call 2 (a completion in Manchester; Derek relays his new date for C8); dials into call 3 from "
            "the train to London, labelled 'Malcolm Kerr's iPhone', and drops out; is absent from call 4 with no word (his car "
            "is in the car park); joins call 5 for its last fifteen minutes. Joanne joins call 2 late (fire alarm test), "
            "leaves call 3 early (removals at Lancaster) and joins call 4 late (from the stairs of the new Lancaster "
            "building). Lorna is absent from call 3 (her daughter's graduation in Durham; Joanne relays). Outside parties: "
            "Craig (Fellside IT) calls 2, 4, 5; Paul (Northbank Software) call 3 only. Mentioned, never present: Keith "
            "(Denholm, the Praxis supplier), Tom (Fellside's engineer), Maureen (senior cashier), Mandy (Penrith, counts the "
            "templates), Hugh (a partner who does his time in pencil), Alan (a Penrith partner), Lonsdale (the insurance "
            "brokers) and the insurer, Openreach and the internet provider, Margaret (Northbank).",
}

HONEST_STATUS = {
    "rag": "red",
    "acceptable": ["red", "amber"],
    "reasons": [
        "go-live moved in the last call from Monday 23 November to Monday 7 December (D8); the client portal had already been taken out of go-live and moved to January (D7)",
        "the data protection impact assessment, the security sign-off nobody owned at first, is overdue since 10-30 and Sadia will give no new date; Fiona cannot go live without it (C11)",
        "single sign-on is not done: it waits on Fellside's change window on Thursday 5 November (B2 open, C28)",
        "the new Lancaster building has no line until 26 November, after the original go-live (B5 open); the insurer has still not approved the portal questionnaire (B3 open)",
        "the second trial load slipped to 11-06 because the date fix broke Carlisle's matter numbers (C26); the ledger postings are only partly in (C21)",
        "the sponsor's email to the partners, promised in call 1, has slipped three times and is still not sent (C8 overdue); Derek's billing guide is silently overdue since 10-28 (C30)",
        "the sponsor attended parts of three of five calls and none in full (apologies for call 2, no word for call 4); the PM reports red, the customer lead asks for amber",
        "positives: Denholm's full export arrived (B1 cleared), Northbank's import is on and test journals post (B4 cleared), the partners stopped the conflict round-robin and the conflict process is signed off (B6 cleared, D6), first trial load in, the Fellside PO raised, the top eighty templates chosen",
    ],
}

DESCRIPTION = (
    "Ambleside & Kerr LLP, a regional law firm with four offices (Kendal, Penrith, Carlisle and Lancaster), moves from "
    "Praxis, its on-premises case-management and time-recording system (made by Denholm Software, support ending in "
    "January), to Casewise, the cloud practice-management product of Casewise Software: matter migration (names for "
    "the conflict check back to the start, matters open or closed since 2020), time recording and billing, the "
    "conflict-check process (the partners' email round-robin), about eighty document templates out of 412, the client "
    "portal, the interface into Ledgerline (the accounts team's ledger, made by Northbank Software, whose import module "
    "is not on the firm's licence) and single sign-on with the firm's Microsoft accounts (a change in the firm's tenant "
    "that is not in the contract of Fellside IT, the managed IT provider). At first nobody owns the single sign-on, the "
    "Northbank contract or the security sign-off (the data protection impact assessment); the sponsor (managing "
    "partner) arrives late, sends apologies, dials in from a train or does not come; the practice manager is also "
    "moving the Lancaster office; Denholm charge for the archive export, the insurer sits on the portal questionnaire, "
    "and Openreach have not put a line into the new Lancaster building. Five weekly Microsoft Teams calls on Mondays, "
    "exported as .docx transcripts."
)


def gold():
    ids = [c["id"] for c in COMMITMENTS]

    def state(c):
        due, owner, closed = c["due"], c["owner"], None
        for e in c["events"]:
            if e["type"] == "slipped":
                due = e["new_due"]
            elif e["type"] == "reassigned":
                owner = e["new_owner"]
            else:
                closed = e["type"]
        return due, owner, closed

    open_end = [c["id"] for c in COMMITMENTS if state(c)[2] is None]
    overdue = [c["id"] for c in COMMITMENTS if state(c)[2] is None and state(c)[0] and state(c)[0] < AS_OF]
    return {
        "engagement": "Ambleside & Kerr Casewise",
        "description": DESCRIPTION,
        "calls": {str(k): v for k, v in DATES.items()},
        "as_of": AS_OF,
        "people": PEOPLE,
        "attendance": ATTENDANCE,
        "commitments": COMMITMENTS,
        "non_commitments": sorted(NON_COMMITMENTS, key=lambda x: x["call"]),
        "blockers": BLOCKERS,
        "decisions": DECISIONS,
        "proposals_not_agreed": PROPOSALS_NOT_AGREED,
        "honest_status": HONEST_STATUS,
        "overdue_as_of": ["C8", "C11", "C30"],
        "open_at_end": ["C8", "C11", "C21", "C25", "C26", "C27", "C28", "C30", "C31"],
        "dropped": ["C16"],
        "reassigned": {"C27": "Joanne -> Lorna (call 5)"},
        "_derived": {"open": open_end, "overdue": overdue, "ids": ids},  # removed before writing; cross-checked below
    }


# ================================================================ transcripts and .docx (standard library only)


def turns(n):
    out = []
    for line in CALLS[n].strip().splitlines():
        code, text = line.split(": ", 1)
        if code not in NAMES:
            raise ValueError(f"call {n}: unknown speaker code in {line!r}")
        out.append((NAMES[code], text.strip()))
    for (a, _), (b, _) in zip(out, out[1:]):
        if a == b:
            raise ValueError(f"call {n}: {a} has two turns in a row")
    return out


def stamp(sec):
    sec = int(sec)
    h, rest = divmod(sec, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def timed(n):
    rnd = random.Random(20261005 + 7 * n)
    t = rnd.uniform(3, 9)
    out = []
    for who, text in turns(n):
        out.append((who, stamp(t), text))
        t += len(text.split()) / rnd.uniform(2.2, 2.6) + rnd.uniform(0.5, 2.2)
        if rnd.random() < 0.07:  # someone unmuting, a screen share, a pause Teams did not transcribe
            t += rnd.uniform(8, 35)
    return out, t


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    '</Relationships>')


def para(text):
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def render(n, path):
    ts, end = timed(n)
    body = []
    for who, at, text in ts:
        body.append(para(f"{who}   {at}"))
        body.append(para(text))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W}"><w:body>' + "".join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    with zipfile.ZipFile(path, "w") as z:
        for name, data in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/document.xml", doc)):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))
    return ts, end


HEAD = re.compile(r"^(.+?)   (\d+:\d{2}(?::\d{2})?)$")


def read_back(path):
    """[(speaker, text)] read from a written .docx, as the layout says: a 'Name   M:SS' paragraph, then the text."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = ["".join(t.text or "" for t in p.iter(f"{{{W}}}t")) for p in root.iter(f"{{{W}}}p")]
    out, i = [], 0
    while i < len(paras):
        m = HEAD.match(paras[i])
        if not (m and i + 1 < len(paras)):
            raise ValueError(f"{path}: paragraph {i} is not a 'Name   M:SS' line: {paras[i]!r}")
        out.append((m.group(1), paras[i + 1]))
        i += 2
    return out


# ================================================================ self-checks (raise on any failure)


def person(label):
    return re.sub(r"'s (iPhone|Android|iPad|MacBook.*)$", "", label)


def words(s):
    return set(re.findall(r"[a-z0-9][a-z0-9'\-]*", s.lower()))


def check(g, calls):
    errs = []
    E = errs.append
    for n, v in DATES.items():
        if dt.date.fromisoformat(v).weekday() != 0:
            E(f"call {n} date {v} is not a Monday")
    as_of = g["as_of"]

    def in_call(quote, n, what):
        if not any(quote in text for _, text in calls[n]):
            E(f"{what}: quote not in call {n}: {quote!r}")

    def said_by(quote, n, who, what):
        if not any(quote in text and person(s).split()[0] == who for s, text in calls[n]):
            E(f"{what}: quote not said by {who} in call {n}: {quote!r}")

    # attendance = the speakers of each call; everyone in attendance is in people
    firsts = {name.split()[0] for name in g["people"]}
    for n in calls:
        spoke = {person(s).split()[0] for s, _ in calls[n]}
        if spoke != set(g["attendance"][str(n)]):
            E(f"attendance call {n}: gold {sorted(g['attendance'][str(n)])} spoke {sorted(spoke)}")
        if spoke - firsts:
            E(f"call {n}: speakers not in people: {spoke - firsts}")
    # commitments
    ids = [c["id"] for c in g["commitments"]]
    if len(ids) != len(set(ids)):
        E("duplicate commitment ids")
    open_end, overdue, dropped_ids, reassigned_map = [], [], [], {}
    for c in g["commitments"]:
        what = c["id"]
        for k in ("id", "owner", "task", "first_call", "due", "quote", "keywords", "events", "note"):
            if k not in c:
                E(f"{what}: no {k}")
        in_call(c["quote"], c["first_call"], what)
        callwords = words(" ".join(t for _, t in calls[c["first_call"]]))
        if len([k for k in c["keywords"] if k in callwords]) < 2:
            E(f"{what}: fewer than 2 keywords in call {c['first_call']}: {c['keywords']}")
        if c["due"] and c["due"] < DATES[c["first_call"]]:
            E(f"{what}: due {c['due']} before its call")
        due, owner, closed = c["due"], c["owner"], None
        for e in c["events"]:
            if e["call"] <= c["first_call"]:
                E(f"{what}: event {e} not after first_call {c['first_call']}")
            if e["call"] not in DATES:
                E(f"{what}: event in unknown call {e}")
            if closed:
                E(f"{what}: event {e} after {closed}")
            if e["type"] == "slipped":
                if due and e["new_due"] <= due:
                    E(f"{what}: slip at call {e['call']} does not move {due} later ({e['new_due']})")
                if e["new_due"] < DATES[e["call"]]:
                    E(f"{what}: slip at call {e['call']} to a past date {e['new_due']}")
                due = e["new_due"]
            elif e["type"] == "reassigned":
                if e["new_owner"] == owner:
                    E(f"{what}: reassigned to the same owner")
                reassigned_map[c["id"]] = f"{owner} -> {e['new_owner']} (call {e['call']})"
                owner = e["new_owner"]
            elif e["type"] in ("done", "dropped"):
                closed = e["type"]
                if e["type"] == "dropped":
                    dropped_ids.append(c["id"])
                    if c.get("dropped_call") != e["call"]:
                        E(f"{what}: dropped_call != dropped event call")
            else:
                E(f"{what}: unknown event type {e}")
        if c.get("dropped_call") and closed != "dropped":
            E(f"{what}: dropped_call without a dropped event")
        if c["id"] in reassigned_map and c.get("reassigned_to") != [owner]:
            E(f"{what}: reassigned_to should be [{owner!r}]")
        if c.get("reassigned_to") and c["id"] not in reassigned_map:
            E(f"{what}: reassigned_to without a reassigned event")
        if not closed:
            open_end.append(c["id"])
            if due and due < as_of:
                overdue.append(c["id"])
    if sorted(open_end) != sorted(g["open_at_end"]):
        E(f"open_at_end: gold {g['open_at_end']} events {open_end}")
    if sorted(overdue) != sorted(g["overdue_as_of"]):
        E(f"overdue_as_of: gold {g['overdue_as_of']} events {overdue}")
    if sorted(dropped_ids) != sorted(g["dropped"]):
        E(f"dropped: gold {g['dropped']} events {dropped_ids}")
    if reassigned_map != g["reassigned"]:
        E(f"reassigned: gold {g['reassigned']} events {reassigned_map}")
    # blockers
    for b in g["blockers"]:
        in_call(b["quote"], b["raised_call"], b["id"])
        if b["cleared_call"] is not None and b["cleared_call"] <= b["raised_call"]:
            E(f"{b['id']}: cleared before it was raised")
        callwords = words(" ".join(t for _, t in calls[b["raised_call"]]))
        if len([k for k in b["keywords"] if k in callwords]) < 2:
            E(f"{b['id']}: fewer than 2 keywords in call {b['raised_call']}")
        if not all(a == a.lower() for a in b["party_aliases"]):
            E(f"{b['id']}: party aliases must be lower case")
    # decisions
    dids = [d["id"] for d in g["decisions"]]
    if len(dids) != len(set(dids)):
        E("duplicate decision ids")
    for d in g["decisions"]:
        if not d.get("quote"):
            E(f"{d['id']}: no quote")
            continue
        in_call(d["quote"], d["call"], d["id"])
        if len([k for k in d["keywords"] if k in words(d["quote"])]) < 2:
            E(f"{d['id']}: fewer than 2 keywords in its quote")
    for i, nc in enumerate(g["non_commitments"]):
        said_by(nc["quote"], nc["call"], nc["speaker"], f"non_commitment {i}")
    for p in g["proposals_not_agreed"]:
        if not any(person(s).split()[0] == p["speaker"] for s, _ in calls[p["call"]]):
            E(f"proposal by {p['speaker']} who is not in call {p['call']}")
    # overdue as of the early Ask date (run.sh EARLY_AS_OF, the day after call 4), from the events of calls 1-4 only
    early = []
    for c in g["commitments"]:
        if c["first_call"] > 4:
            continue
        due, closed = c["due"], False
        for e in c["events"]:
            if e["call"] <= 4:
                due = e["new_due"] if e["type"] == "slipped" else due
                closed = closed or e["type"] in ("done", "dropped")
        if not closed and due and due < EARLY_AS_OF:
            early.append(c["id"])
    if early != EARLY_OVERDUE:
        E(f"early overdue as of {EARLY_AS_OF}: expected {EARLY_OVERDUE}, events give {early}")
    for n in calls:
        if not 60 <= len(calls[n]) <= 110:
            E(f"call {n} has {len(calls[n])} turns, outside 60-110")
    # the derived lists in gold() agree with the hand-written ones
    der = g["_derived"]
    if sorted(der["open"]) != sorted(g["open_at_end"]) or sorted(der["overdue"]) != sorted(g["overdue_as_of"]):
        E(f"derived open/overdue {der} differ from gold")
    return errs


if __name__ == "__main__":
    out = HERE / "calls"
    out.mkdir(exist_ok=True)
    calls = {}
    for n in sorted(CALLS):
        path = out / f"call-{n}.docx"
        ts, end = render(n, path)
        calls[n] = read_back(path)
        if [(p, t) for p, _, t in ts] != calls[n]:
            raise SystemExit(f"call {n} does not read back")
        print(f"call-{n}.docx ({DATES[n]}): {len(ts)} turns, {len({person(p) for p, _ in calls[n]})} speakers, "
              f"{end / 60:.1f} min")
    g = gold()
    errs = check(g, calls)
    for e in errs:
        print("CHECK FAILED:", e)
    if errs:
        raise SystemExit(1)
    del g["_derived"]
    (HERE / "gold.json").write_text(json.dumps(g, indent=1, ensure_ascii=False) + "\n")
    ev = [e for c in g["commitments"] for e in c["events"]]
    print(f"gold OK: {len(g['commitments'])} commitments ({sum(e['type'] == 'done' for e in ev)} done, "
          f"{sum(e['type'] == 'slipped' for e in ev)} slips, {len(g['dropped'])} dropped, "
          f"{len(g['reassigned'])} reassigned), {len(g['non_commitments'])} non-commitments, "
          f"{len(g['blockers'])} blockers, {len(g['decisions'])} decisions, "
          f"{len(g['proposals_not_agreed'])} proposals not agreed; overdue {g['overdue_as_of']}; "
          f"every quote found verbatim")
