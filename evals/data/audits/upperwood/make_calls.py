#!/usr/bin/env python3
"""Write the five Upperwood Museums Trust status calls as Microsoft Teams WebVTT files (calls/call-1.vtt .. call-5.vtt).

Script format: one line per turn, "CODE: text". A line "CODE: text || CODE: text" is a single cue holding two voice
spans (two people talking over each other at the end of a call). Per docs/FORMATS.md (Teams layout), each cue is an
identifier line ("<meeting guid>/<utterance>-<segment>"), a timing line, and "<v Full Name>text</v>" voice spans.
A long turn is split at sentence ends into several cues of the same speaker 0.04 s apart (so the parser rejoins it
into one turn); separate turns of one speaker never follow each other (asserted below), so no two turns can merge.
Timing: about 2.5 words a second plus a little jitter, gaps of 0.3-1.3 s between turns; seeded, so deterministic.

Run: python3 make_calls.py      (stdlib only; rewrites calls/call-N.vtt next to this file)
"""
import random
import re
import uuid
from pathlib import Path

PEOPLE = {
    "H": "Hannah Pryce",        # Kittiwake Software (vendor) project manager, host
    "M": "Marcus Lindqvist",    # Kittiwake data migration consultant
    "G": "Gemma Stroud",        # Kittiwake configuration and training consultant
    "RU": "Ruth Calloway",      # Upperwood Museums Trust director, sponsor
    "B": "Bethan Morgan",       # Upperwood registrar (collections documentation), overloaded by the Shipwrights show
    "GE": "Gethin Rowlands",    # Upperwood IT officer (the whole IT team)
    "L": "Leonie Brandt",       # Upperwood digital manager (images, rights, website)
    "R": "Rhys Pengelly",       # Upperwood curator, Saltings Maritime Gallery
    "D": "Dominic Hale",        # Fenmoor Digital (web agency building Explore the Collections), project lead
    "S": "Sharon Tilley",       # County ICT service delivery manager (call 4 only)
}

CALLS = {}

# ------------------------------------------------------------------ call 1, Thursday 3 September 2026
CALLS[1] = """
H: Hello, hello. Can people hear me all right? I've got a horrible echo at my end.
GE: You're fine, Hannah. It's probably my headset, it does that when the fan's on.
H: Okay. So this is the first of the weekly ones. Thursdays, half ten, for as long as you can stand me. I can see Marcus, Gemma, Bethan, Gethin, Leonie, Rhys and Dominic. Ruth's accepted but she's in with the auditors until eleven, so she'll drop in when she can. Quick names for Dominic's benefit, because he wasn't at the kick-off. I'm Hannah Pryce, project manager at Kittiwake.
M: Marcus Lindqvist, also Kittiwake. I do the data migration, so everything coming out of Relic and going into Kittiwake Collections is my headache.
G: Gemma Stroud, Kittiwake as well. Configuration and training. Screens, permissions, and showing forty volunteers where the save button lives.
B: Bethan Morgan, registrar. Which means I'm supposed to know where every one of our hundred and eighty thousand objects is. Spoiler, I don't.
GE: Gethin Rowlands, IT officer. I am the IT department. Complaints to me.
L: Leonie Brandt, digital manager. Images, the website, social media, anything with a screen that isn't Gethin's.
R: Rhys Pengelly, curator at the Saltings, the maritime gallery. I'm mostly here to say please don't break anything before the twenty-sixth.
D: And I'm Dominic Hale from Fenmoor Digital. We're building the Trust's new Explore the Collections website, so I need whatever Kittiwake publishes to the outside world, in a shape my developers can actually use. The site launches in January, which sounds like ages, but we need about ten weeks of build.
H: Thanks, everyone. Rhys, the twenty-sixth is the exhibition?
R: Shipwrights. Opens Saturday the twenty-sixth. Forty-odd loans coming in from three lenders, and Bethan and I are doing every condition report ourselves.
H: Noted, and we'll plan round it as best we can. Right, where we are. Marcus has had the first export out of Relic. Marcus?
M: Yeah, so Gethin got me a full dump last Friday, thank you. It opens, which is the main thing. We profile every export before we map a single field, that's just how we work, and the profile's mostly good news. The bad news is there are nine tables in there I can't make head or tail of. They're called things like LIFEBT2 and GN_MISC, they hang off the object records, and there's no documentation anywhere.
B: Those are Gordon's.
M: Who's Gordon?
B: Gordon Askew. He volunteered here for about twenty years, he built Relic on top of the old card catalogue, and he retired in twenty-three. Every time a curator wanted something, he added a table. The lifeboat one is the RNLI collection, I think.
M: So until somebody tells me what's in those nine tables, I can't map them. And some of it matters. There's a provenance field in one of them that looks like the only place a lot of the donor names are kept.
H: Can we ask Gordon?
B: I already have. He's lovely, he's eighty-one, and he rang me back inside an hour. Gordon says he'll come in on Tuesday and go through them, and he'll write it all up for Marcus by the end of next week.
H: Great. Marcus, the mapping itself.
M: So the field mapping, Relic to Kittiwake, is about three-quarters done apart from Gordon's tables. I'll get the spreadsheet over to Bethan on Tuesday, with Gordon's bits greyed out.
B: Okay. Once it's in front of me, give me a week with it. I'll sign it off by the fifteenth.
H: The fifteenth, thank you. Leonie, images.
L: So there are about sixty thousand image files on the old NAS at Upperwood House. The naming is, let's say, creative. Some are accession numbers, some are accession numbers with the dots turned into dashes, and loads are IMG underscore something from whoever's camera it was that day.
M: What would really help me is a sample. Something representative, the good and the bad.
L: Yeah. I'll pull you five hundred, the full range of horrors, and send them over by Wednesday.
M: Perfect.
H: Gethin, log-ins.
GE: So. Single sign-on. Kittiwake wants to sit behind Microsoft for log-ins, which is what we want too, but our Microsoft tenant isn't ours, it belongs to the County. County ICT run it for us, the libraries and half the council. Adding an app registration has to go through their change board, and that board sits every other Tuesday. Until County approve it, nobody here can get into the test system with their own account.
H: Who gets the ball rolling with County?
GE: Me. I'll get the change request in to County ICT by Monday. Gemma's already sent me the settings they'll want, so it's really just the form. I put the Relic server on a new UPS last month, by the way, so at least the old thing won't die in a power cut before you've got everything off it.
M: Music to my ears.
RU: Hello, sorry, sorry. I've escaped the auditors for twenty minutes. Give me the headlines.
H: Hi Ruth. Headlines: the first export's out of Relic in decent shape, Gordon's coming in to explain his mystery tables, and we're waiting on County ICT for log-ins, which Gethin's raising on Monday. Two things we need from you.
RU: Go on.
H: First, the go-live date. We've been pencilling in Monday the second of November, after half-term, all four sites together. Rhys wondered whether the Saltings could go later.
R: Only because of the show. I'd honestly rather leave the Saltings on Relic until after Christmas and bring us across in January. We'll have forty loans to look after and I don't fancy learning a new system in the middle of that.
RU: I do understand, Rhys, but no. I'm not running two collections systems over Christmas with half the records in one and half in the other. All four sites move on the second of November, and Relic goes read-only that same morning. That's that.
R: Fair enough. I had to ask.
H: Thank you, that's clear. The second thing is the website. Dominic can't get a key to the public API until the purchase order for the API add-on is approved, and it's over everyone's limit except yours.
RU: Is that the one Kittiwake sent in August? The one with the green logo?
H: That's the one.
RU: God, it's been sitting in my inbox. I'm on leave from tomorrow for a week, but I'll approve it first thing tomorrow before I go.
D: That would be fantastic, thank you.
RU: And if the trustees kick off about the cost of the add-on, point them at me, not at Leonie. Right, I'm going to have to run, the auditors are waving at me through the glass. Sorry, everyone.
H: Thanks, Ruth. Enjoy the leave.
D: So, from my end. I owe Marcus and Leonie the list of fields the website actually needs. Title, maker, date, description, images, the rights statement, that sort of thing. I'll send that over by the fourteenth.
H: Gemma, training.
G: I'm drafting the training plan now. Super-users first, then staff, then the volunteers in October. I'll get a draft to Bethan by the end of next week, with proposed dates.
B: Send it. Whether I read it before the twenty-sixth is another matter.
G: Ha. Noted.
L: Sorry, can I go back to something? Rhys, the index cards at the Saltings. Are they all in Relic or not? Because if they're not, the website's going to have a big hole in it.
R: Honestly, a chunk of them aren't. The boat models especially, nobody ever typed them up. I don't know how many. A lot.
M: That matters to me too. If an object only exists on a card, it doesn't exist as far as the migration's concerned.
R: Okay. Let me count them. I'll let you know how many by next Thursday, so in time for this call.
H: Anything else? Leonie, you've got a face on.
L: I've always got a face on. No, I'm fine.
H: Okay. Thanks, everyone. Same time next week.
B: Bye. || D: Cheers, all.
"""

# ------------------------------------------------------------------ call 2, Thursday 10 September 2026
CALLS[2] = """
H: Morning, all. Ruth's on leave this week, as you know, so it's just us. Has everyone got sound?
M: Yep, loud and clear.
B: I'm here, but I'm at the Saltings, so if I go quiet it's because someone's walked in carrying a ship in a bottle.
H: Fair enough. Let's go through last week's actions quickly. Gethin, is the County request in?
GE: Went in Monday morning. Reference ending four-four-one.
H: Lovely. Have they said anything yet?
GE: They have, actually. County ICT say it'll go to their change board on the twenty-second, and they'll have it set up straight after, by the end of that day. Their words, not mine.
H: Okay, so log-ins on the twenty-second, in theory.
GE: In theory. I'm not holding my breath.
H: Great. Leonie, images?
M: Can I jump in there, because I've got them. The five hundred pictures arrived Wednesday. They're a beautiful mess, thank you, Leonie. About seventy per cent line up with an accession number once I strip out the punctuation. The IMG ones don't match anything at all, so that's a conversation for another day.
H: Okay. Bethan, did Marcus's spreadsheet reach you?
B: It did. Marcus's monster spreadsheet is open on my second screen as we speak. I've looked at the first tab. There are eleven tabs.
H: Which brings me to the sign-off. You said the fifteenth. Is that still real?
B: No. I'm going to be straight with you. Between now and the twenty-sixth I've got condition reports on forty loans, the insurance schedule and three sets of couriers. I won't get near the mapping until the show's open. I'll sign it off the Tuesday after, so the twenty-ninth.
H: Okay. The twenty-ninth. That squeezes Marcus a bit.
M: It's all right for now. I can load against the draft mapping. What I can't do is lock anything down until she's signed it.
H: Understood. And Gordon?
B: Gordon rang me last night. He came in on Tuesday, spent three hours in the basement with Relic, and then had to go home because his hip went. He's about halfway. He says the rest will be with Marcus not this Friday but the one after.
M: That's fine, I've got plenty to be getting on with.
H: Gemma, the training plan?
G: With Bethan since Tuesday.
B: Also on the second screen. Also unread. Sorry, Gemma.
H: Rhys, the index cards.
R: I counted them last night, me and a bottle of red. Eleven hundred and six objects on cards and not in Relic. Mostly the boat models, a few navigation instruments.
M: Eleven hundred is a lot of typing.
R: I've got volunteers who love typing. Not till after the show, mind.
H: Let's pick that up next week. Marcus, the trial load.
M: So with the draft mapping I can do a first trial load into the test environment. Everything except Gordon's tables and the images. I'll have trial one in by Wednesday.
H: And once it's in, somebody from the Trust needs to eyeball it.
M: Ideally a random sample. Two hundred records, checked against Relic. Is the title right, is the location right, is the number right.
H: Bethan, could you or someone in your team check a sample of two hundred once it's loaded?
B: Send it to me. I'll have it back to Marcus by the twenty-second.
H: Are you sure? After everything you've just said?
B: Two hundred records is an afternoon. I'll find an afternoon.
H: Okay. Marcus, anything else out of the profiling?
M: One big thing. There are thirteen hundred and eighty accession numbers that sit on more than one object. Kittiwake won't let two objects share a number. So either they're sorted before go-live, or they come across with a suffix and someone untangles them afterwards.
B: Those are mine. Most of them are from the eighties, when a number got written on a box and then on everything inside the box. I'll get them sorted by the end of the month.
H: Okay. Dominic, the website.
D: So, I'll be honest, I'm a bit stuck. I can't get an API key until the purchase order's approved, and Ruth didn't get to it before she went off. So until that order's approved, my developers can't build anything against real data. We're designing, we're not building.
H: Yes. I've heard from Ruth's office, actually. It's in her inbox, flagged, and they say she'll approve it the day she's back, which is the fourteenth.
D: Okay. Monday, then.
H: I'll also see if there's a way round it. I'll ask our commercial team whether we can switch the API on in test before the order's through, and I'll let you know by Monday.
D: Thanks. Meanwhile, one idea. We could put a preview site up in November off a flat CSV export, and swap it over to the API later.
L: Mm. I'd rather not launch something half-finished and then relaunch it two months later. Let's see what Hannah hears first.
D: Sure. In the meantime I'll get Leonie some proper designs to look at. I'll send over the mock-ups for the object pages by the eighteenth.
H: Great. Bethan, you mentioned the volunteers and the forms before the call.
B: Yes. Our volunteers, bless them, do most of the data entry, and the full Kittiwake object record has about ninety fields on it. They'll take one look at it and go home.
G: I can build you a cut-down form for them. Twelve fields, big boxes, nothing frightening. I'll have it in the test system by the twenty-fifth.
R: Can I raise something? The Shipwrights loans. Could we put them straight into Kittiwake now, in the test system, so the loan paperwork comes off the new system from the start?
M: We could, but it's the test system. Everything in there gets wiped every time I do a trial load.
B: And I am not keying forty loans twice. Paper. We've done loans on paper files for thirty years, one more show won't kill us. We key them in once we're live.
R: Okay. Paper it is.
H: So the Shipwrights loans stay on paper and go into Kittiwake after go-live. Good. Gemma, anything else from you?
G: Just the sandbox. Anyone who wants a play in the sandbox, shout and I'll set you up with a login. A local one, until County sort themselves out.
B: Oh, I'll have a play in my lunch hour. Which is at, let me think, never.
H: Okay, I'm hearing the message about workloads. That's everything. Thanks, all. Same time next week.
M: Cheers. || L: Bye.
"""

# ------------------------------------------------------------------ call 3, Thursday 17 September 2026
CALLS[3] = """
H: Morning. Let's give it a minute. I've got Marcus, Gemma, Gethin, Leonie and Rhys. Dominic's sent apologies, he's running a workshop for another client all morning. Bethan's said she'll be a few minutes late. I've heard nothing from Ruth.
L: She's back from leave, I passed her in the corridor on Monday. She looked, um, busy.
H: Okay. Let's make a start. Marcus, trial one.
M: Trial one's in. It went in on Tuesday night, a hundred and seventy-nine thousand four hundred objects, and about four thousand rejects, which are mostly those duplicate numbers.
H: Brilliant. And Gordon?
M: Gordon's notes landed on Monday. Eleven pages, scanned, handwriting like a GP's, but it's all in there. The lifeboat table is the RNLI loan collection, and GN_MISC is basically his scrapbook. I've mapped seven of the nine, and the other two we'll just archive.
GE: He sent me a copy as well. There's a drawing of a filing cabinet on page eight.
M: That's actually the most useful page.
H: Ha. Good. So that's Gordon's tables unblocked. And if the lifeboat mapping turns out to be wrong?
M: If his notes don't cover something, I could always ring him myself. He gave me his landline.
H: Okay. Gethin, County.
GE: Nothing new. The board's still Tuesday. And I'm not chasing them again this week, I've been politely told to stop chasing.
H: Fair enough. Leonie, Dominic's field list, did that come?
L: Dominic's list came through on Monday, and it's shorter than I feared. Twenty-two fields, eight of them marked essential.
M: I've got it too. Nothing on there we don't already hold.
H: Good. On my side, I did ask commercial about switching the API on in test without the purchase order. The answer's no, not without the paperwork. I told Dominic on Monday. And the order itself, Ruth was meant to approve it on Monday, and I've seen nothing.
L: I'll mention it if I bump into her.
H: Thank you. Okay, images. Marcus, you had something for Leonie.
M: So now I can see what the folders look like, there are sixty thousand files but only about thirty-eight thousand different pictures. The rest are copies. Thumbnails, web versions, somebody's crops. My instinct would be to migrate the lot, all sixty thousand, so nothing gets lost, and you tidy up inside Kittiwake afterwards.
L: No. Honestly, no. If we bring the copies across, I'll be tidying up for the next ten years. Masters only. The rest can stay on the NAS and rot.
M: You're sure? Once they're not in Kittiwake, nobody ever looks at them again.
L: That's rather the idea.
H: Masters only, then. Marcus, can you work with that?
M: Yep. I'll pick out the masters by size and date and load just those. I'll do trial two with the images on Tuesday the twenty-ninth.
H: And the rights?
L: So some of those images we're not allowed to put online. Donor restrictions, a couple of living artists, some of the wartime material. I always keep the rights in a separate spreadsheet anyway, but it's not in a state anyone else could use. I'll go through the restricted ones and get a list to Dominic by the end of the month.
H: Thank you. Gemma.
G: Two things. Super-users first. I'll run the first super-user session at Upperwood House next Tuesday, ten till one, in the learning room. Gethin, Leonie, and whoever Bethan can spare.
GE: Am I a super-user? I'm honoured.
G: You're the most super of them all. Second thing's Fellgate. I was meant to do a site visit at the Mill on Monday, and the Mill's got no internet.
R: The storm, two weeks ago. The line at Fellgate's been dead ever since. BT keep saying it's an Openreach fault, and Openreach won't give anyone a date.
G: So I can't test anything at Fellgate, and I can't train the Fellgate staff there either.
GE: I'll chase BT. I'll get an engineer date out of them by Friday week.
H: Friday week being the twenty-fifth?
GE: Yes.
B: Hi, sorry, sorry. I've come straight from a packing crate. What have I missed?
H: Hi Bethan. Gordon's notes are in, trial one's in, and Leonie's decided masters only for the images. A question for you: the sample of two hundred. You said the twenty-second.
B: I'm going to be honest, I haven't opened it. I'm in that gallery every hour God sends until the twenty-sixth. I can't see it happening.
H: Could somebody else take the sample?
R: Not me, I'm hanging the same show.
L: Give it to me. I know the records well enough from the image work. I'll have it back to Marcus by Wednesday.
B: Leonie, I could kiss you.
L: Please don't, you're covered in straw.
M: Thanks, Leonie. The list's already in the shared folder, two hundred random records with the Relic screenshots next to them.
H: Bethan, the duplicates. End of the month still?
B: Still the end of the month. I'm doing them on the train.
H: Okay. Rhys, the index cards. You mentioned your volunteers.
R: Yeah. I'll get the volunteers typing them into Marcus's template. They'll have all eleven hundred done by the end of the month.
M: The template's in the shared folder too. It's only a spreadsheet.
H: Perfect. And I'm going to do something about Ruth. I'll send her a short note tomorrow with the things that are waiting on her, so it's all in one place.
GE: Make it very short.
H: Bullet points. Three of them.
B: Put the purchase order first.
H: It'll be first. Anything else? No? Thanks, everyone.
G: Bye. || GE: Cheers.
"""

# ------------------------------------------------------------------ call 4, Thursday 24 September 2026
CALLS[4] = """
H: Morning, everyone. A slightly different cast today. We've got Sharon Tilley from County ICT with us, thanks for coming, Sharon. Ruth's joining in a couple of minutes. Rhys is at the Saltings hanging the show, so he's sent apologies.
S: Morning. Happy to be here. Gethin has been, er, very persistent.
GE: I've been very polite.
S: You have. Persistently polite.
H: Sharon, do you want to go first, since you're our guest?
S: Sure. So the app registration went through the change board on Tuesday. Approved, no conditions. What hasn't happened is the actual configuration, because the one engineer who does that was off sick. I'll have it done by Wednesday. Next Wednesday, the thirtieth.
GE: So not the twenty-second. But approved.
S: Approved. I'd rather say Wednesday and hit it.
H: That's really helpful, Sharon, thank you. And once it's on, everyone logs in with their normal Upperwood account?
S: That's the idea. And if anything goes wrong after go-live, log it through the portal like anything else and it'll come to my team.
H: Great. Marcus.
M: So, the sample. Leonie's marked-up sample came back on Monday. Forty-one problems out of two hundred. Most of them are dates. Relic stores "circa 1890" as text, and I'd been turning it into a proper date and losing the "circa". That's fixed in the mapping now.
RU: Hello, hello. Sorry. I'm here. I was on the phone to the insurers about Rhys's lenders.
H: Hi Ruth. Good timing. You'll have had my note.
RU: I had Hannah's note. Three bullet points, and every one of them had my name in it. Very effective. I felt thoroughly told off.
H: That wasn't the intention. Well, a little bit.
RU: The purchase order. It's in my approvals queue, under forty invoices from the Shipwrights install. I'll approve it on Monday. I promise. Dominic, I'm sorry.
D: It's fine. Marcus says that the minute it's approved, I get a key the same afternoon.
M: Same afternoon. It's all set up, it's just switched off.
H: Ruth, while we've got you, two things that need a director. The first is the volunteer form.
G: So I've been building a cut-down entry form for the volunteers. Twelve fields. It's about half done. But it's a custom form, which means every time you upgrade, we'd have to retest it.
RU: And how does it compare with the standard quick-add screen?
G: Honestly? The standard quick-add is about fifteen fields. It's not that different.
RU: Then I'd rather we didn't build anything bespoke before go-live. The volunteers use the standard quick-add screen, and if they hate it, we look again in the spring. Gemma, sorry, stop work on the custom one.
G: That's fine. I'll park it.
H: Okay. Second thing, licences.
B: That's mine. We've got forty volunteers, give or take. At the moment we've bought four concurrent contributor licences for them, so only four can be logged in at once. On a Wednesday at the store we've got nine in. I'd like every volunteer to have a full named licence.
RU: What does that cost?
H: Roughly eleven thousand a year on top.
RU: No. Not this year. We stay on the four concurrent contributor licences, and the Wednesday team works out a rota. If it's a disaster, we talk about it in April with next year's budget.
B: I'll tell them it was you.
RU: Please do.
H: Okay. Dominic, the website.
D: So, the designs went to Leonie last Friday.
L: Dominic's designs came Friday, and the object page is gorgeous. Ruth, you're going to love the big zoomable images.
D: While I'm waiting for the key, I can start on a prototype. If Marcus can give me a sample of real records in the API's format, a JSON file, fifty objects or so, I can build something clickable against that.
M: Easy. I'll send you fifty objects by Friday.
D: Then I'll get a clickable prototype of the object page up on our staging site by the ninth.
L: Of October?
D: Of October. Sorry, yes.
H: Lovely. Gethin, Fellgate broadband.
GE: So, I've been on to BT every day. They say the fault's with Openreach, and Openreach say they're waiting on a permit to dig up the lane. I haven't got a date. They've promised to ring me back on Monday with one.
H: So a date by Monday.
GE: By Monday, or I'm driving to the exchange myself.
B: Sorry, I'm going to have to drop off in a minute. The last lender's courier arrives at the Saltings at eleven.
H: Quickly then, Bethan. Duplicates?
B: Going slowly. I'm about four hundred in. Still aiming for the end of the month.
H: And the mapping sign-off on Tuesday?
B: Tuesday. Once the show's open I'm all yours.
H: Thanks, Bethan. Go.
B: Bye, all.
H: Gemma, how did the super-user session go?
GE: Can I answer that one? Gemma's session on Tuesday was really good. First time I've understood the permissions model. There were seven of us, and Leonie asked all the hardest questions.
L: I ask everything.
G: Thanks, Gethin. Next thing for me is the user list. I need every person who'll have a login, with their site and their role. I've already sent Bethan a template for it.
RU: And before I go. I'll write to all staff and volunteers about go-live and the Relic freeze. Everyone needs to hear it from me, not from a login screen. I'll get that out by Wednesday.
H: That would really help, Ruth. Thank you.
RU: Right, I need to go. Sharon, thank you for coming. Gethin, thank you for being persistently polite.
GE: Any time.
H: I think that's us. Sharon, thanks again. Bye, all.
D: Cheers. || M: Bye.
"""

# ------------------------------------------------------------------ call 5, Thursday 1 October 2026
CALLS[5] = """
H: Morning, everyone. Ruth sends her apologies, she's with the trustees all morning. I think everyone else is here. Rhys, welcome back to the land of the living. How was the opening?
R: Busy. Four hundred people through the door on Saturday. Nothing fell off a wall.
B: Two of the lenders cried. In a good way.
D: Was that the one with the figurehead?
R: The figurehead, yes. She's bigger than my car.
H: Congratulations, both of you. Okay, let's go round. I think we start with good news. Bethan?
B: So, the good news is I logged into the test system this morning with my normal work password. No second password, no sticky note on the monitor.
GE: County came good on Tuesday night. Sharon emailed me at ten past six to say it was switched on.
H: Fantastic. That's been hanging over us since August. Marcus.
M: So, Bethan's signature is on the mapping, which means it's locked. No more changes unless it's a bug.
B: First thing I did when I got my desk back on Tuesday.
M: And trial two went in on Tuesday night, with the images.
L: I had a poke around yesterday. The pictures are sitting against the right objects now, about ninety per cent of them. It's actually quite emotional seeing them there.
M: The other ten per cent are the IMG files. They'll stay unmatched unless someone can tell me what they are.
L: Some of those are my holiday photos, I suspect.
M: Then they can definitely stay unmatched.
H: Okay. Dominic?
D: Marcus's fifty objects are on our staging server and the prototype's coming on nicely. Still no key, though.
H: No. Ruth said Monday, and I'm afraid it's still not approved. Her PA says it's still sitting in her queue. I've asked Ruth directly again this morning.
D: Okay. The sample data keeps us busy for now. I'm not going to pretend it isn't starting to hurt, though. My developers will run out of things to build against fifty objects.
H: Understood. I'll take it to the steering group if I have to. Rhys, the cards.
R: So, the volunteers have done about seven hundred. The other four hundred or so by the fifteenth, they reckon. The show swallowed everyone for a fortnight.
M: Seven hundred's plenty for me to load something. Send me what you've got whenever.
H: Okay. Ruth's email, by the way. Did that go out?
R: Yeah, we all got Ruth's email about Relic going read-only. I think it landed on Tuesday. A couple of the older volunteers have already asked whether they'll need their glasses.
L: Will they?
R: Probably.
H: Good. Leonie, the restricted images for Dominic.
L: Halfway. I'm going through them one by one, because the spreadsheet's lying to me in places. Give me till Friday week.
D: Friday week's fine by me. I can't publish anything without the key anyway.
H: Bethan, the duplicates.
B: About two thirds. Which I know isn't the end of the month. I'm not giving you another date I'll miss. They're all the hard ones now.
H: Okay. That goes down as late, then. Marcus, does anything stop if they're not done?
M: They'll come across with a suffix. It's ugly, but it won't stop go-live.
H: Gethin, Fellgate.
GE: Nothing. They didn't ring me on Monday. I've rung them three times since. I've got a ticket number, a very apologetic man called Lewis, and no date.
R: So the Mill's still offline. The staff are taking card payments on a machine with a SIM in it.
G: Which brings me to training. I'd planned Fellgate's session at the Mill on the thirteenth. I could do it remotely instead, over Teams, on their phones?
R: On their phones? Gemma, half of them have phones that still flip open.
B: No. Not on phones. Bring them to Upperwood House. It's twenty minutes in the minibus, and they can have lunch here.
H: So Fellgate come to us at Upperwood House on the thirteenth. Gemma, you're happy with that?
G: Happy. I've already got the learning room booked that week anyway.
H: Great. Bethan, the user list.
B: Gemma's template came last week, and I've filled in about half of it. I'll have all the names back to you by the fifteenth.
G: Lovely, thank you.
H: Marcus, what's next on your side?
M: So the next big one is the dress rehearsal. Full load, every record, every master image, the works, timed as if it's go-live. I did a dry run of the cutover scripts on Monday just to time them, and it's about fourteen hours end to end. I'll do the full rehearsal load on Friday the sixteenth, overnight.
GE: If you need Relic frozen for it, give me a day's notice and I'll lock it.
M: Noted, thanks.
H: Anything else? Gethin, you look like you're about to say something.
GE: Only that I'm going to walk to Fellgate with a very long cable.
H: Please don't. Right, thanks, everyone. Same time next week.
L: Bye. || D: Cheers.
"""


def stamp(t):
    h, rest = divmod(t, 3600)
    m, s = divmod(rest, 60)
    whole = int(s)
    ms = min(999, int(round((s - whole) * 1000)))
    return f"{int(h):02d}:{int(m):02d}:{whole:02d}.{ms:03d}"


def pieces(text, max_words=24):
    """Split a turn at sentence ends into cue-sized pieces."""
    out, cur = [], []
    for sent in re.split(r"(?<=[.?!])\s+", text):
        if cur and len(" ".join(cur + [sent]).split()) > max_words:
            out.append(" ".join(cur))
            cur = []
        cur.append(sent)
    if cur:
        out.append(" ".join(cur))
    return out


def script(n):
    """Each script line as a list of (full name, text) voices."""
    lines = []
    for raw in CALLS[n].strip().splitlines():
        voices = []
        for part in raw.split(" || "):
            code, text = part.split(": ", 1)
            assert not set("<>&") & set(text), (n, text)
            voices.append((PEOPLE[code], text.strip()))
        lines.append(voices)
    return lines


def turns(n):
    flat = [v for line in script(n) for v in line]
    for (a, _), (b, _) in zip(flat, flat[1:]):
        assert a != b, f"call {n}: {a} has two turns in a row"
    return flat


def render(n):
    rnd = random.Random(26_0903 + n)
    meeting = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
    t = 1.5 + rnd.random() * 3
    out = ["WEBVTT", ""]
    for utt, voices in enumerate(script(n), start=1):
        if len(voices) > 1:
            words = sum(len(x.split()) for _, x in voices)
            dur = max(1.0, words / 2.5 + rnd.uniform(0.1, 0.4))
            out += [f"{meeting}/{utt}-0", f"{stamp(t)} --> {stamp(t + dur)}"]
            out += [f"<v {name}>{text}</v>" for name, text in voices] + [""]
            t += dur + rnd.uniform(0.3, 1.0)
            continue
        name, text = voices[0]
        parts = pieces(text)
        for i, part in enumerate(parts):
            dur = max(0.7, len(part.split()) / 2.5 + rnd.uniform(-0.2, 0.4))
            out += [f"{meeting}/{utt}-{i}", f"{stamp(t)} --> {stamp(t + dur)}", f"<v {name}>{part}</v>", ""]
            t += dur + (0.04 if i < len(parts) - 1 else rnd.uniform(0.3, 1.3))
    return "\n".join(out)


if __name__ == "__main__":
    here = Path(__file__).resolve().parent / "calls"
    here.mkdir(exist_ok=True)
    for n in sorted(CALLS):
        (here / f"call-{n}.vtt").write_text(render(n))
        tt = turns(n)
        print(f"call-{n}.vtt: {len(tt)} turns, {len(set(s for s, _ in tt))} speakers")
