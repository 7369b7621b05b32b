#!/usr/bin/env python3
"""Generate the five Oakhurst University Student CRM calls as timestamped plain-text exports (calls/call-N.txt).

Each turn is "CODE: text"; the file has one line per turn, "[HH:MM:SS] Full Name: text" (elapsed time since the
recording started). Timestamps are synthetic but deterministic.
Run: python3 make_calls.py   (writes calls/call-1.txt .. call-5.txt next to this file)
"""
import random
from pathlib import Path

NAMES = {
    "I": "Imogen Barclay",     # vendor PM (host)
    "R": "Rohan Mehta",        # vendor integration engineer (student records sync, web forms)
    "C": "Callum Reid",        # vendor CRM consultant (config, consent model, templates)
    "H": "Helen Achterberg",   # customer director of admissions, sponsor
    "M": "Marcus Oyelaran",    # customer deputy director of admissions (Helen's delegate from call 3)
    "B": "Bethan Lloyd",       # customer admissions operations manager
    "S": "Shona Gallacher",    # customer registry IT, student records system integration
    "N": "Ngozi Adebayo",      # customer data-protection officer
    "T": "Stefan Novak",       # TextBridge, external SMS gateway supplier
}

CALLS = {}

CALLS[1] = """
I: Hi everyone, hi. I'll give it another, um, thirty seconds, I can see people still coming in from the lobby.
B: Morning. Is it morning? It's morning.
I: Just about! Okay, I think we've got most people. Helen, you're with us?
H: I'm here, yes, sorry, I'm in the car park, I'll go on mute in a sec.
I: No problem. So, welcome, this is the first weekly for the student CRM. I'm Imogen, I'm the project manager on the vendor side. We'll do these every Tuesday at ten. Quick round of names?
R: Rohan, integration engineer, so I'm doing the link to the student records system and the web forms.
C: Callum, I'm the CRM consultant, so the configuration, the, um, the comms templates, and I've been asked to write up the consent model.
B: Bethan Lloyd, admissions operations. I run the enquiries team, so it's my lot who'll be living in this thing.
S: Shona Gallacher, registry IT. The student records system is ours. Or, well, it's Declan's, but I'm the one who actually touches it.
T: Stefan Novak, TextBridge, we're the SMS gateway. Hello all.
H: And I'm Helen, director of admissions. I'm, you know, nominally in charge. I'm really glad we've got this going, the shared inbox is a disgrace.
B: It is a disgrace.
I: Great. Is Declan joining at all, Shona?
S: No, Declan's, um, he said he'd rather I covered it. He'll need to approve anything that touches the records system though, so he's not out of the picture.
I: Okay, noted. And Ngozi, the data-protection officer, I had her on the invite.
H: She's not going to come to the weeklies, I don't think. But she does have to sign off the consent model, so, yes.
I: Right. Okay. So, the headline. The plan we sold is go-live on Monday the 11th of January, so the enquiries team is on the CRM before the January rush. And I wanted to settle the data migration scope today if we can, because it drives everything.
C: So, my suggestion, we only bring across the current cycle and last year's. Not the full five years. The older stuff is, honestly, it's mostly junk, duplicate enquiries, people who applied elsewhere in 2021.
H: Hmm. I'd quite like the history, though. For reporting.
B: Can I just, the reporting people use the records system for that anyway, not the inbox. Nobody's ever asked me for a 2021 enquiry.
H: That's true, I suppose.
S: And from my side five years is a much bigger extract. I'd really rather not.
H: Fine. Fine, two cycles. Current and last. As long as the old stuff isn't deleted.
C: No, no, it stays where it is, we just don't load it.
I: Okay, so that's agreed, we migrate the current and the previous admissions cycle only, the older history stays in the old system. Good. Rohan, do you want to talk about the integration?
R: Yeah, so, um, the main thing is the applicant sync from the records system. I've done a draft of the spec, which fields we need, which direction, how often.
S: Can I see the field list before anyone promises anything? Because some of those fields are, let's say, not what they say they are.
R: Yeah, of course. I'll get that over to you Friday.
S: Friday's fine.
R: And I'll need access to a sandbox of the records system to build against. Is that, uh, is that a big deal?
S: It's not a big deal, it's a form. Oh, sure, I'll just rebuild the student records system over the weekend for you while I'm at it.
R: Ha. Just the sandbox would do.
S: No, seriously, I'll need Declan to approve it, but you'll have sandbox credentials by the end of next week.
I: End of next week, so Friday the 13th.
S: Unlucky for some. Yes.
I: Callum, what do you need from the admissions side?
C: So, um, the current enquiry categories, whatever you use to sort the inbox, and the standard email replies you send. The templates.
B: We've got about forty templates, most of them terrible. I'll dig those out and send them over Thursday.
C: Terrible is fine. Terrible is normal.
I: And the consent model. Callum, where are we?
C: So I've started it. It's basically what applicants agree to when they enquire, email, SMS, whether we can send them marketing versus just, you know, the transactional stuff. I'll have a first version for Ngozi by the 12th.
H: And I'll make sure Ngozi actually reads it. I'll get Ngozi along to next week's call, she's much better in person.
I: That would be really helpful, thank you Helen.
R: If it's useful, I could probably do a session for Shona's team on how the sync works under the hood, at some point. If anyone wants it.
S: Maybe later. Let me see the spec first.
I: Stefan, what do you need to get going?
T: So from our side it's the usual onboarding. There's an API key, there's the sender ID form, you need to tell us what name shows on people's phones. I'll email over the onboarding pack today.
H: Can it say Oakhurst? Just Oakhurst?
T: It can say Oakhurst, as long as nobody else has registered it.
H: Well, they'd better not have.
I: Okay. From me, I'll send round the plan and the RAID log tonight, so everyone's got the dates.
H: Lovely. I'm going to have to, um, I've got to go into a meeting, I'm so sorry.
I: No problem, thanks for coming Helen.
H: Bye all.
B: Bye Helen.
I: So, anything else? Bethan, anything worrying you?
B: Honestly, just the January timing. If it slips into February we're doing it in the middle of the busiest month of the year.
I: Understood. It's on the RAID log. Stefan?
T: One thing, we'll need to know the volumes at some point, roughly how many texts a month, for pricing.
B: I can give you a ballpark, it's thousands, not millions.
T: That's fine for now.
I: Okay. Quick recap. Rohan, spec to Shona Friday. Shona, sandbox credentials by the 13th. Bethan, categories and templates Thursday. Callum, consent model first version by the 12th. Helen bringing Ngozi next week. Stefan, onboarding pack today. And me, plan and RAID log tonight.
S: That's a lot of people doing a lot of things.
I: That's the job! Thanks everyone, same time next week.
R: Cheers.
T: Bye.
"""

CALLS[2] = """
I: Morning all. Let's get going, I know people have hard stops.
H: Morning! As promised, I've dragged Ngozi along.
N: Hello. I've been dragged.
I: Thank you both. Ngozi, really good to have you. And I think we've got someone new?
M: Hi, yes, Marcus Oyelaran, I'm deputy director of admissions. I work for Helen.
H: Yes, so, on that. From next week Marcus will be standing in for me on these. He can make decisions on my behalf, I've got the, um, the recruitment review landing on me and I can't do both.
M: Lucky me.
I: Welcome Marcus. Okay, let's go through last week's list. Rohan, the spec.
S: Got it, yeah. Rohan's field list arrived Friday. I've been through it. There's three fields in there that we'll need to talk about, but it's basically fine.
R: Cool. We can pick those up offline.
I: Bethan, the categories and templates?
C: They came through Thursday. Forty-two templates. Some of them are, um, lively.
B: I did warn you.
I: Stefan, the onboarding pack?
R: That came in Tuesday, I've got the gateway API key, I've sent a test message to my own phone. So that's working.
T: Told you. Easiest bit of the project.
I: And the plan and the RAID log went round last Tuesday night.
M: I got those from Helen, yeah, thanks.
I: Great. Callum, the consent model, you said the 12th?
C: So, um, having heard Ngozi's coming today, I'd rather fold in whatever she says before I send it. So that's going to be Monday now, the 16th, if that's okay.
I: Fine by me. Ngozi, is that okay?
N: Yes. Can I say what I'm worried about, so Callum can write it in?
C: Please.
N: The chasers. The texts you send applicants to say, you know, your documents are missing, your interview's tomorrow. I need to understand whether those are going out on consent or legitimate interest, because those are different things and people mix them up all the time.
C: Right. I'd assumed consent.
N: Well, that's what I need to see written down.
H: And marketing? I'd quite like to text people about open days.
N: I'd be much happier if the texts were only the transactional ones to start with. Reminders, chasers. Not marketing.
B: To be honest that suits us. The open day stuff goes by email anyway.
H: Hm. Okay. I don't love it but okay.
M: We can always come back to marketing texts next year.
I: So let's write that down. SMS is for transactional messages only, reminders and chasers, no marketing by text for now.
N: Yes.
H: Agreed.
I: Ngozi, once Callum's sent you the document, how long do you need?
N: I'll come back to you with either the sign-off or my comments by the 20th. Friday.
C: That's tight but fine, that's on me to get it to you Monday.
I: Okay. Bethan, the user accounts. We'll need a list of who needs a login and what role.
B: Yes. I'll get that to you by Friday. It's the enquiries team plus some of the school admissions tutors, which is where it gets messy.
I: Stefan, the sender ID?
T: So the Oakhurst sender ID has to be registered with the networks. It's five to ten working days, so, call it the 20th.
H: Oakhurst. Just Oakhurst.
T: Just Oakhurst. Noted. Twice.
T: Oh, and Shona, we can't send anything from your test system until your outbound IP addresses are on our allow list. So at the moment the test system can't talk to us at all.
S: Okay. Which addresses, the test ones?
T: Test for now, production later.
S: I'll send you those tomorrow.
T: Great. And, uh, if it's helpful down the line we could do a free bulk-send test for you, see how it copes with a few thousand. No charge.
B: Maybe closer to the time.
I: Rohan, the web form?
R: Yeah, so the enquiry web form on the admissions pages. I'll have the capture working in our test environment by next Wednesday, so anything submitted lands in the CRM as an enquiry.
B: Oh, that would be nice to see.
H: While I'm here, Shona, your team could just do the whole sync overnight every night, couldn't they? That's easy, surely.
S: Could we. We'll see what Declan says.
H: Ha. Okay. One more thing from me. I'll send a note to the heads of school this week, just so they know this is coming and that Marcus is my delegate.
M: Thank you, that'll save me a lot of explaining.
I: That's great, thanks Helen.
N: I have to drop, I've got a breach call. Callum, Monday?
C: Monday.
N: Bye.
I: Bye Ngozi, thank you.
H: I'll go too, I'm so sorry. Marcus, you're in charge.
M: Apparently I'm in charge.
I: Ha. Right. Anything else? Shona?
S: Just that Declan's asking who's going to support the sync once it's live. Not today, but somebody needs to answer that.
I: I'll put it on the RAID log as an open question.
S: Thanks.
I: Okay. Recap. Callum, consent model to Ngozi Monday. Ngozi back by the 20th. Bethan, user list Friday. Stefan, sender ID by the 20th. Shona, IP addresses to Stefan tomorrow. Rohan, web form in test by Wednesday. Helen's note to the heads of school this week.
M: Got it.
I: Thanks all. Oh, and a heads-up, next week's call might move, it's graduation week. I'll confirm.
B: Please move it. I'll be in a gown.
I: Noted. Bye all.
"""

CALLS[3] = """
I: Hi everyone, thanks for shifting to Thursday. I know graduation week is chaos.
B: I've shaken about four hundred hands. I'm fine. I'm totally fine.
I: Ha. Marcus, is Helen joining?
M: No, Helen sends her apologies, she's doing the ceremonies all week. I'm covering.
I: Okay, thanks. And I don't think Ngozi was expected. Let's run through. Callum, the consent model?
C: Yep, that went to Ngozi on Monday, the 16th. I haven't heard back yet but it's only Thursday.
I: Fine, she said the 20th. Rohan, the web form?
B: Oh, can I answer that? I submitted a test enquiry yesterday from the form and it popped up in the CRM about a minute later. With my name spelt right, which is a first.
R: Yeah, that's all working in test. Routing isn't there yet, it just lands in one big queue.
I: Great. Stefan, the IP addresses, did they come through?
T: Yeah, Shona sent them the day after the call. They're on the allow list, test messages are going through fine now.
S: You're welcome.
I: Bethan, the user list?
B: Um. So, I'm still waiting on two of the heads of school to tell me who their admissions tutors are. I've chased. It'll be Monday.
I: Monday the 23rd, okay.
M: I can lean on them if it helps.
B: It might help.
I: Shona, the sandbox.
S: So. Yeah. Declan's not happy to sign the API access off on his own, it has to go to the change board. And the change board sits on the 25th. So, realistically, it'll be the day after that at the earliest.
R: Right. That's, um, that's a problem for me, honestly. I can't start building the applicant sync until I'm actually in the records sandbox. Everything else I can mock, but not that.
I: How much does that cost us?
R: Every week I'm not in there is a week off the end. I've got maybe a week of contingency.
M: Is there any way round the change board?
S: Not one I'd like to explain to Declan.
M: Great, so I'll just tell the leadership team it'll all be fine then.
I: Ha. Let's not do that. Shona, can you get it on the agenda near the top?
S: I'll ask. I can't promise the order.
R: If the keys come before the board, which they won't, I could maybe get a head start over the weekend. But I'm not promising.
I: Noted. Callum, where are you on configuration?
C: So, the routing rules are next. Undergraduate, postgraduate taught, research, international. I'll have the routing rules built by Wednesday.
I: And the SMS chasers?
C: I can't configure the chasers at all until Ngozi signs off the consent model. I could build them and then unbuild them, but that's just, that's wasted effort.
I: Okay. So that's blocked on Ngozi.
M: I'll mention it to her if I see her.
I: Thanks. Bethan, the international question you raised by email.
B: Yeah. So, the agents. The international recruitment agents send us enquiries on behalf of students, and right now those get lost in the main inbox. I'd like them in their own queue.
C: Easy to do. Who owns the queue?
B: The international office. Not us.
M: Would they want that, though? They're quite, um, territorial.
B: They've been asking for it for two years, Marcus.
M: Oh. Then yes, fine, let's do it.
C: So a separate queue for agent enquiries, owned by the international office, they triage their own.
I: I'm hearing that as agreed. Marcus, you're happy on Helen's behalf?
M: Yes, agreed.
I: Okay. Stefan, anything from you?
T: Just the pricing. Marcus, Helen asked about an annual bundle. I'll get the revised quote across to you Friday.
M: Great, thank you.
T: And we could in theory set up a second sender ID for the international office, if they ever wanted one.
M: Let's not give them ideas.
I: Marcus, the go-live date, are leadership definitely signed up to the 11th? I'd like that on record before the holidays.
M: Good question. I'll take it to the leadership team on Monday and confirm.
I: Thank you. Rohan, anything else?
R: The mapping workbook. I've turned the spec into a proper field-by-field workbook. Shona, I'll send it over Monday, it's easier to review than the document.
S: Monday's fine. Can you put the weird fields in red?
R: I'll put them in red.
I: Bethan, training.
B: Yes. So I'll draft the training plan, who needs what session, there's about forty people. I'll have a draft training plan by the 27th.
I: Lovely. Okay, I think that's us. Recap. Bethan, user list Monday and the training plan the 27th. Callum, routing rules Wednesday. Marcus, leadership confirm the 11th, Monday. Stefan, quote Friday. Rohan, workbook to Shona Monday. Shona, the change board on the 25th.
S: And praying.
I: And praying. Thanks everyone. Back to Tuesday next week.
B: Back to Tuesday. Bye.
"""

CALLS[4] = """
I: Morning everyone. Back on a Tuesday, how civilised. Marcus, Helen?
M: I don't think so. I'm covering.
I: Okay. And Ngozi said she could do the first ten minutes, so let's start with her. Ngozi, thanks for coming.
N: Hi. I have exactly ten minutes, so.
I: So the consent model, Callum sent it on the 16th.
N: Yes. I've been through most of it. It's good, actually. The bit I can't close myself is the legitimate interest argument for the chasers, that needs a view from our legal team, and legal are, you know, legal. So realistically the sign-off is going to be the first week of December. Let's say the 4th.
C: So the chasers stay parked till then.
N: I'm afraid so. I know.
M: Is there anything we can do to speed legal up?
N: You can be nice to them. It's worked before.
T: Ngozi, while you're here. We can't switch on the live account until the data-processing agreement's countersigned by the university, and I haven't had anything back on that.
N: Oh. Yes, that's sitting with me. I'll send Stefan my comments on the processing agreement by Friday.
T: Thank you, that'd be great.
N: And if it would help, I could probably do a short briefing on consent for the admissions team at some point. Not now. Sometime.
B: That would actually be good. Later.
N: Okay. I'm going. Sorry.
I: Thanks Ngozi.
I: Right. Bethan, the user list?
C: I've got it, it came yesterday. Loaded, everyone's got a test login.
B: Two heads of school, two emails each. But yes, it's done.
I: Stefan, the sender ID?
T: Live since Friday. Oakhurst. Just Oakhurst.
M: Helen will be delighted.
I: Marcus, leadership?
M: Yes, I took it to them yesterday. They're happy with the 11th of January. Nobody argued, which was slightly alarming.
I: Brilliant, thank you. Rohan, the workbook?
S: I've got Rohan's workbook, it came Monday. The weird fields are in red, there are a lot of red fields.
R: There are a lot of weird fields.
I: Shona, the change board.
S: Tomorrow. Declan's put it near the top. Fingers crossed.
R: Yeah, so, same as last week really. Nothing's moved on the sync because I've still got no way into the records test system. I'm building everything around it.
I: Understood. Stefan, the bundle quote?
M: Actually, Stefan, park that. Procurement say we have to go through the framework for anything over a certain amount, so the bundle's, um, it's moot. Don't worry about the quote.
T: Oh, good, another framework. I was nearly done with it.
M: Sorry.
I: Okay, so the quote's parked. Bethan, the training plan, still the 27th?
B: So, um, I meant to say, I'm on leave from Thursday for a week. Family thing. So I won't get to the training plan.
I: Oh, okay. Marcus, could you take the training plan?
M: Yes, I'll take it. I'll aim for the 27th still.
B: I'll send you what I've got, it's about half done.
M: Thanks.
I: Marcus, while we're on Helen. Her note to the heads of school, did that go out?
M: I don't think that note from Helen ever went out, did it?
B: Not that I've seen.
M: I'll mention it to Helen when I see her Thursday.
I: Thank you. Shona, once the keys are sorted, Callum needs a test extract for the trial load.
S: Yep. I'll get Callum the 500-record test extract by Friday. That's just a query, it doesn't need the sandbox.
C: Perfect.
I: Stefan, Rohan mentioned he needs something from you on delivery receipts.
R: Yeah, the webhook. When a text's delivered or fails, your side calls us back. I need the docs for that.
T: I'll send Rohan the webhook docs tomorrow.
R: Great.
C: While we're here, can I suggest something? On day one, we switch off the old shared inbox. Completely. Otherwise people will just keep using it.
B: Oh god. Um.
M: Let me think about that. I can see people panicking.
I: Let's not decide that today then. Rohan, you wanted to raise duplicates.
R: Yeah, so, when the same person enquires twice, we need to decide how we spot it. Name's useless, we've got a lot of students with the same name. I'd match on email address plus date of birth.
S: That's what the records system does, more or less.
B: Some of them use their parents' email, though.
R: Then they won't have the same date of birth as their parents, so it still works.
B: Oh. Fair enough.
M: Okay, let's do that.
I: So, duplicates are matched on email plus date of birth, not on name. Agreed?
S: Agreed.
B: Yes.
C: I might be able to look at the merge rules for duplicates as well if I get a spare afternoon. No promises.
I: Noted. And from me, I'll write up the go-live readiness checklist and circulate it. I'll get it out by Monday.
M: That would help me a lot with leadership.
I: Okay. Recap. Ngozi, DPA comments to Stefan Friday, sign-off around the 4th. Shona, change board tomorrow and the test extract Friday. Stefan, webhook docs tomorrow. Marcus, training plan the 27th and a word with Helen Thursday. Me, the checklist by Monday.
S: Friday's going to be busy.
I: Friday's always busy. Thanks all. Bethan, enjoy the break.
B: Thanks. Bye.
"""

CALLS[5] = """
I: Morning. Can everyone hear me? My headset's doing something odd.
R: You sound like you're in a tunnel.
I: Is that better?
R: Better. Now you sound like you're in a smaller tunnel.
I: I'll take it. Small group again. Bethan's on leave, I know. Marcus, Helen?
M: Not today. I'm covering.
I: Okay. Shona, let's start with you, because I think there's good news?
S: There is. The change board approved it on the 25th, and Declan issued the sandbox credentials on Friday. So Rohan's in.
R: I'm in. I started on the sync Friday afternoon. It's, um, it's about two weeks later than I wanted, but I'm in.
I: Good. Thank you, Shona, and thank Declan.
S: I'll pass it on. He likes being thanked. It happens rarely.
I: Callum, the routing rules?
M: They're in. I had a play with them on the Wednesday, I sent a fake international enquiry and it went straight to the agents' queue. So they work.
C: Yeah, I finished them Wednesday. Marcus found one typo. In my defence, it was a very small typo.
I: Stefan, the webhook docs?
R: Came through the day after, thanks Stefan. Delivery receipts are coming back in test.
T: Lovely.
I: Shona, the test extract, the five hundred records?
S: Ah. Yeah. That's going to be Thursday now. We had a snag with the nationality codes, half of them came out as numbers.
C: Numbers are fine, as long as I know what they mean.
S: You won't.
I: Thursday the 3rd, okay. Marcus, the training plan?
M: Um. So. That's, uh, that's going to be next week now, sorry. Wednesday. Bethan's half was great, my half is, let's say, aspirational.
I: Wednesday the 9th. That's okay, training isn't till January.
I: And, um, I owe you the readiness checklist. I haven't got it out, that's my fault. I'll have it to everyone by Thursday.
M: No stress.
I: Stefan, the processing agreement, did Ngozi's comments come?
T: No. Still nothing back. So we still can't turn the live account on, same as last week. I'm not panicking yet. I'm a bit panicking.
I: Okay. And Callum, the chasers are still waiting on Ngozi's sign-off?
C: Still parked. I've done everything around them, but the chasers themselves are waiting for the DPO. She said the 4th.
I: So, I want to be honest with everyone about the chasers. Even if Ngozi signs off on Friday, the 4th, Callum needs two weeks to build and test them, and then it's Christmas.
C: Realistically, yeah. I wouldn't want to put untested chasers live on the 11th.
M: So what are you suggesting?
I: The enquiries and the email side go live on the 11th as planned. The SMS chasers come out of that release and go in a second release, say Monday the 1st of February.
M: Hmm. Helen won't love that.
R: It does take a lot of pressure off the sync as well, honestly. The chasers are the bit that depend on it most.
M: And the enquiries side definitely still makes the 11th?
R: If I have the sync running in test by Friday, yes.
M: Okay. Then, fine. Do it. Enquiries and email on the 11th, chasers on the 1st of February. I'll tell Helen.
C: Agreed.
T: Fine by me, it gives us time for the agreement anyway.
I: Okay, so that's decided. Rohan, so that's a commitment, the first nightly sync in test by Friday?
R: Yeah. I'll have the first nightly sync running in test by Friday.
I: Marcus, can you do something about Ngozi? Not, you know, nothing sinister.
M: Ha. Yes. I'll write to Ngozi and copy Helen, so it's clear the chasers are on the critical path. I'll do it by Thursday.
I: Thank you. Callum, anything else?
C: Just the templates. Helen's office sent new branding, new logo, new colours. I'll update the comms templates with the new branding by next Tuesday.
M: Did they. Of course they did.
C: Marcus, did you think any more about switching off the old shared inbox on day one?
M: I did. I still don't know. Half the team would cheer and half would cry. Can we come back to it in the new year?
C: Sure.
I: It's not blocking anything, so yes, let's leave it open.
I: Okay. Shona, anything?
S: Only the support question Declan raised. Who supports the sync when it's live. It's still open.
I: It's still on the RAID log. I'll bring it to the checklist.
R: I could maybe do a handover session for Declan's team in January, if that helps. We'll see.
S: We'll see.
I: Okay. Recap. Shona, extract Thursday. Marcus, training plan Wednesday the 9th, and the note to Ngozi by Thursday. Me, checklist Thursday. Rohan, sync by Friday. Callum, templates by next Tuesday. And chasers move to the 1st of February.
M: Got it. I'll tell Helen.
T: Before everyone goes. If Ngozi just wants to sign our standard agreement as it is, honestly, I would be thrilled.
M: I think we'd all be thrilled, Stefan.
I: Thanks everyone. Bye.
T: Bye all.
"""


def hms(t):
    h, rem = divmod(int(t), 3600)
    m, s = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"


def turns(n):
    out = []
    for line in CALLS[n].strip().splitlines():
        code, text = line.split(": ", 1)
        out.append((NAMES[code], text.strip()))
    return out


def render(n):
    rnd = random.Random(4200 + n)
    t = 2.0 + rnd.random() * 5
    lines = []
    for name, text in turns(n):
        lines.append(f"[{hms(t)}] {name}: {text}")
        t += max(1.5, len(text.split()) / 2.5 + rnd.uniform(0.2, 2.5))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.txt").write_text(render(n))
        print(f"call-{n}.txt: {len(turns(n))} turns")
