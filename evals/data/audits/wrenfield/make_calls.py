#!/usr/bin/env python3
"""Generate the five Wrenfield Council Planning Portal calls as Otter.ai-style plain-text exports (calls/call-N.txt).

Each turn is "CODE: text"; the export writes the speaker's full name and the elapsed time on its own line
("Harriet Okoye  0:03", "Harriet Okoye  1:02:15" past the hour), the text on the next line, then a blank line.
Timestamps are synthetic but deterministic.
Run: python3 make_calls.py   (writes calls/call-1.txt .. call-5.txt next to this file)
"""
import random
from pathlib import Path

NAMES = {
    "H": "Harriet Okoye",       # vendor PM (host)
    "D": "Dominic Vale",        # vendor solution architect (GIS integration, payments, migration, config)
    "M": "Margaret Lowther",    # council head of planning, sponsor (calls 1-2)
    "K": "Kieran Doyle",        # council development management manager, Margaret's deputy (from call 2)
    "A": "Amrit Sandhu",        # council project lead
    "T": "Tamsin Pike",         # council GIS officer
    "N": "Neville Grant",       # council records manager
    "J": "Joel Abiodun",        # Cedarpay, external payments provider, implementation lead
    "B": "Bryony Cartwright",   # council senior planning officer (sceptical)
    "F": "Ffion Rees",          # council web team (public site)
}

CALLS = {}

CALLS[1] = """
H: Okay, I think, um, I think that's most people. Can everyone hear me alright?
A: Loud and clear, Harriet.
H: Great. Margaret, are you on? I saw your name pop up.
M: I'm here, I'm here. I'm on my phone, so forgive me if I drop out, I'm between two meetings.
H: No worries at all. So, welcome, this is the first of the weekly checkpoints for the planning portal. I'm Harriet Okoye, I'm the project manager on our side. These'll be Thursdays at two, about an hour. Shall we do a quick round?
D: Dominic Vale, solution architect. So I'm, uh, I'm on the integrations, the GIS link, payments, and I'm looking after the data migration as well, for my sins.
A: Amrit Sandhu, I'm the council's project lead. So anything that needs chasing internally, that's me.
T: Tamsin Pike, GIS. I look after the mapping, the constraint layers, all of that.
N: Neville Grant, records manager. I'm here because of the, the fifteen years of case files, I suspect.
H: You suspect right.
J: Hi all, Joel Abiodun from Cedarpay. We're doing the card payments for the application fees.
B: Bryony Cartwright, senior planning officer. I'm one of the people who'll actually have to use it.
M: And I'm Margaret, head of planning. I'm, well, I'm the one who signed the contract, so I'm very keen this goes well.
H: Thank you Margaret. So, just to set the scene, the date we're all working to is Monday the 7th of December for go-live. That's the public portal for planning applications and the officers doing their case work in the new system.
B: The 7th of December. In planning. With the Christmas rush of householder extensions.
A: Bryony.
B: I'm just saying. It's ambitious.
H: It is ambitious, that's fair. And that's actually the first thing I wanted to raise, because the contract has building control in scope as well, and I'd like to talk about whether that all goes in on the 7th.
D: My honest view is it shouldn't. Building control's got the inspection scheduling, the site visit app, it's a different beast. If we try and land both in December we'll do both badly.
M: What are you suggesting, phase it?
D: Planning on the 7th, building control in February. Separate cut-over.
M: Hmm. I did rather promise members the whole thing this calendar year.
A: Margaret, the building control team are in the middle of the restructure anyway. I don't think they'd thank us for a new system in December.
M: No, that's true. That's very true. Okay.
B: Can I ask, does that mean we keep the old system running for building control until February?
D: For building control only, yes. Read-only for planning after cut-over, live for building control.
N: That's fine from a records point of view, as long as I'm not managing two sets of retention rules forever.
M: Fine. Let's do that. Planning on the 7th of December, building control follows in February.
H: Great, so that's agreed, phase one is planning on the 7th, building control is phase two in February. I'll put that in the plan. Okay, GIS. Tamsin, Dominic, do you want to take this one?
T: Sure. So, um, we publish our constraint layers, conservation areas, listed buildings, TPOs, flood zones, internally. The question is which ones your portal actually needs.
D: Right, and I need to know what format they're in, because the constraint check runs when an officer opens a case.
T: Can you send me the list of layers you need and what fields you're expecting? Because I'm not going to expose all forty of them.
D: Yeah, of course. I'll get that to you Monday.
T: Monday's fine.
D: And then on your side, it's a test endpoint, a WFS service I can point the portal at.
T: Yeah. That's, um, I can stand that up. It's really just a config job plus a firewall request. I'll have the test endpoint up by the end of next week.
H: End of next week, so Friday the 30th?
T: Friday the 30th. Assuming network don't sit on the firewall request.
B: They will.
T: They might.
H: Okay. Migration. Neville, Dominic.
D: So, the headline is fifteen years of case files in the old system, about a hundred and ten thousand cases, and behind those something like two million documents. Plans, letters, decision notices.
N: And some of those should not exist anymore. Frankly. There's a retention schedule, and about half the department has never read it.
B: Guilty.
D: So before I do any trial loads I need to know what we're keeping. What case types, how far back, which documents.
A: Neville's going to pull together the retention schedule for us, aren't you, Neville?
N: I am, yes. It needs to go past legal, but I can give you my version. Give me till the 30th.
D: The 30th is great. Even a draft helps.
N: You'll get a proper one, not a draft. I don't do drafts.
H: Noted. Okay, payments. Joel.
J: Yep, so from the Cedarpay side it's pretty standard. You've got a sandbox, there's an integration pack, API docs, the webhook spec, and test card numbers. I'll ping that across to Dominic this afternoon.
D: Perfect, thanks Joel.
J: And then later on the council signs our merchant agreement and we switch on live. But that's a few weeks off.
A: That'll go to finance, I assume.
J: Yeah, usually the section 151 officer or whoever they delegate it to.
H: Okay. And the validation side, Bryony, I think you had a question about the checklist?
B: Yes. So the portal checks what people upload against a validation checklist, right? Which documents you need for which type of application.
D: Right, that's configured per application type.
B: Well, our local validation checklist is from 2019. It's wrong. It still asks for things we stopped asking for.
M: That's my fault, we were meant to refresh it last year. Look, I'll get the updated checklist signed off. I'll have it signed off by the 6th.
H: The 6th of November?
M: Yes. The 6th.
D: That works, I'd want to configure the validation rules the week after.
B: Oh good, another checklist. The applicants will be thrilled.
M: Bryony.
B: Sorry. It does need doing.
H: Okay. And on comms, is anyone thinking about telling the public?
M: If the budget allows, I might get the comms team to do a little press piece around the launch. Maybe.
A: The web team will need to be involved anyway, for the apply-online pages. It'd be worth having Ffion from web on next week's call.
H: That'd be great. Dominic, anything else?
D: If it's useful, I could come on site one afternoon and do a show-and-tell for the planning officers. Only if people want it.
B: Maybe once it actually works.
D: Fair.
H: Okay, from me, I'll send the plan and the RAID log round by end of day tomorrow, with the phase two dates pencilled in.
M: Lovely. I'm going to have to jump, I'm so sorry, I've got members at half two.
H: No problem, thanks for joining, Margaret.
M: Bye everyone.
H: Okay, so recap. Dominic, layer list to Tamsin Monday. Tamsin, test endpoint by the 30th. Neville, retention schedule by the 30th. Joel, integration pack today. Margaret, checklist by the 6th. Me, plan and RAID tomorrow. Anything I've missed?
A: I think that's it.
N: Fine by me.
H: Thanks everyone, see you next Thursday.
J: Cheers all.
"""

CALLS[2] = """
H: Afternoon all. Give it a minute, I can see a couple more people in the lobby.
F: Hi, is this the planning portal one? I'm Ffion, from the web team.
H: It is, welcome Ffion. Amrit said you might join.
F: I was volun-told, yes.
A: Thanks for coming, Ffion.
M: Hello, hello, Margaret here. I've only got twenty minutes today, I'm afraid.
H: Thanks Margaret, we'll do your bits first then. Um, quick look back at last week. Tamsin, did the layer list come through?
T: It did, I got Dominic's list Monday, thanks, it was really clear. Only eleven layers, which I can live with.
D: I was being restrained.
H: And Joel, the integration pack?
D: That came the same afternoon, I've been playing in the sandbox, it's fine. Test payments going through, webhooks coming back.
J: Good stuff.
A: And I got the plan and the RAID log, Harriet, thanks. I've circulated it internally.
H: Great. Tamsin, the test endpoint?
T: Yeah. So. Um. The endpoint itself is built. But the firewall change board only sits on Tuesdays and they bounced my request back because I'd used the old form.
B: Told you.
T: You did. So that's going to be the week after now. Friday the 6th, I'd say.
H: Okay, the 6th.
D: And just so everyone's aware, until I can reach it I can't really start building the constraint checks. That whole piece is stuck behind the endpoint.
H: Understood. Neville, how's the retention schedule?
N: It's written. It's with legal. They've got, um, they've got questions about the enforcement files, whether we keep the ones that went to prosecution. So realistically, the 6th.
D: Which means the proper trial migration is sitting there waiting. I can't load what I don't know we're keeping.
N: I'm aware.
D: But, look, I can do something in the meantime. The 2024 cases are in scope whatever the schedule says. I'll do a trial load of the 2024 cases by next Thursday regardless.
H: That's helpful. And while we're on migration, I wanted to settle the document question, because it's the biggest driver of the timeline. Dominic?
D: So the proposal is, we bring across every case record for all fifteen years, the metadata, the decision, the conditions. But the documents, the scanned plans and letters, only from 2018 onwards. Anything older stays in the archive viewer and the case just links to it.
B: Hang on. We use the old decision notices all the time. Appeals, lawful development certificates, people arguing about what was approved in 2012.
D: Okay, so decision notices for all years, and everything else from 2018.
B: That I could live with.
N: From a records side, the older stuff being left in the archive is actually better for me. Less to apply retention to in two places.
M: So the old documents aren't deleted?
N: No, they stay exactly where they are.
M: Then yes, I'm happy with that. All case records, decision notices for all years, other documents from 2018.
N: So am I.
H: Okay, so that's our migration scope: all fifteen years of case records and all decision notices come across, the other documents only from 2018, older ones stay in the archive and are linked. That's in the minutes.
N: Oh marvellous. So I'll just read fifteen years of enforcement files over the weekend then, shall I.
H: No one is asking you to do that, Neville.
N: Good.
H: Ffion, web. What do you need from us?
F: So the main thing is the landing page on the council site, the apply-online page, the guidance, and then redirects from the old forms. I'll have a draft landing page for you to look at by the 12th.
H: Lovely.
F: I could maybe do a short video explainer for applicants as well, if there's time. No promises.
A: Let's see how we go.
H: And UAT. Bryony, we'll need real cases to test with.
A: Bryony's going to pick out twenty awkward cases for testing. The horrible ones.
B: Am I?
A: You know where the bodies are buried.
B: Fine. Twenty. Friday week.
H: Friday the 6th, perfect. Joel, anything from Cedarpay?
J: Only one thing. Someone in your finance team will want the settlement file, the daily reconciliation. What format do they want it in?
A: I honestly don't know. I'd have to ask Yusuf.
J: I'll send your finance team the settlement file spec by Tuesday, and they can tell us if it works.
A: Perfect, send it to Yusuf Rahman, he's the one in finance.
J: And, if you wanted, we could probably turn on Apple Pay as well, but that's one for later.
M: Can I jump in, because I'm going to have to go in a minute. Two things. One, the chair of planning committee doesn't know any of this is happening. I'll drop him a note this week so he's not surprised.
H: Thank you.
M: And two, from next week I'm going to send Kieran Doyle in my place. He's the development management manager, he's got my delegation for the day-to-day. I'll still be around for anything big.
A: Okay, noted.
M: And the checklist, I haven't forgotten. Right, I really must go, sorry everyone.
H: Thanks Margaret.
B: Bye Margaret.
H: Okay. Anything else before recap?
D: Just the, um, the constraint checks. I want it minuted that that's the critical path at the moment.
H: It's in the RAID log already, but yes.
T: It's minuted, I feel suitably guilty.
H: Recap. Tamsin, endpoint the 6th. Neville, retention schedule the 6th, via legal. Dominic, trial load of 2024 cases by next Thursday. Ffion, landing page draft by the 12th. Bryony, twenty test cases by the 6th. Joel, settlement spec to Yusuf by Tuesday. Margaret's note to the committee chair. Okay?
J: Yep.
F: Yep.
H: Great. Thanks all, see you next week.
"""

CALLS[3] = """
H: Hi everyone. Oh, we've got a new face. Hello.
K: Hi, Kieran Doyle, development management manager. Margaret sends her apologies, she's at the local plan examination all week. I'm, um, I'm her stand-in from now on, basically.
H: Welcome Kieran. Has Amrit brought you up to speed?
K: He's sent me about forty emails, so, yes, broadly.
A: Thirty-one.
K: Thirty-one. I stand corrected.
H: Okay, so let's go round. GIS first, because that was the big one. Tamsin?
T: The change board said yes on Tuesday. So.
D: Tamsin's endpoint is live. I've been hitting it all morning, flood zones and conservation areas are coming back fine. So the constraint checks build is moving, finally.
H: Brilliant. That's a relief.
T: I'll take the compliment. Um, while I'm confessing though, the conservation area layer's out of date. There were two new areas designated in the summer and they're not in it.
B: Ah. Yes. Harbour Street and the Mill.
T: Those two. I'll get the updated boundaries published by the 13th.
D: That works, it's just a refresh on my side once it's there.
H: Okay. Bryony, test cases?
B: They're on the shared drive. All twenty. Including the one with the pigeon loft, which I will explain to nobody.
D: I look forward to it.
H: Dominic, the 2024 trial load?
D: Went through Tuesday night. Three thousand four hundred and twelve cases, and fourteen failed, all on the address format, they've got the postcode in the wrong field. I'll have those fourteen sorted by Tuesday.
H: Great. Neville, I'm scared to ask.
N: Then don't. No, go on. The 6th is tomorrow and, no, it won't be. Legal came back with more questions on the enforcement files. They want to see the policy on the prosecuted ones. I'm now saying the 13th. Friday the 13th, fittingly.
D: So the full load's still parked. Just to say it out loud. I've got nothing to run beyond 2024 until Neville's schedule lands.
N: I heard you the first time, Dominic.
D: I know. Sorry. It's just the, you know, it's the long pole.
H: Okay. Kieran, the validation checklist. Margaret said she'd have it signed off by the 6th.
K: So, she's got it. It's on her desk. She's at the examination all week though, so I wouldn't hold your breath for tomorrow.
D: The thing is, I can't configure the validation rules until the checklist's signed. Every week that goes is a week less testing.
K: Understood. I'll mention it to her if I see her.
B: Brilliant. So we'll be validating against a 2019 checklist on launch day. Can't wait.
K: Bryony, we won't.
B: We'll see.
H: Okay, payments. Joel, where are we?
J: So the sandbox side's basically done, Dominic's happy. The issue is live. We can't issue live merchant credentials until the council signs the merchant agreement, and that went to your finance team two weeks ago. Nothing back.
A: That'll be Yusuf again. I'll chase Yusuf in finance today.
J: Thanks. It's not urgent-urgent yet, but it will be.
H: Okay. And Dominic, you wanted to raise when the fee's actually taken?
D: Yeah. So there's a choice. Either the applicant pays by card when they submit, or they submit, you validate, and then we send them a payment link.
B: I'd rather the second. Half the householder applications we get are invalid. Why take money off people and then refund it?
J: Refunds are easy our end, it's one click. Invoicing people after the fact is the painful one. You end up chasing.
K: And the national portal takes it up front. People are used to that. I'd rather we take it on submission.
A: Agreed. Chasing fees is the thing the admin team hates most.
B: Fine. But then we refund the invalid ones promptly. Not in six weeks.
K: Within five working days. That goes in the procedure.
H: So, agreed: the fee is taken by card on submission, and invalid applications are refunded within five working days. The pay-after-validation option is off the table. Yes?
K: Yes.
B: Yes. Reluctantly.
H: Noted as reluctant. Next, UAT. We're aiming for the week of the 23rd. Kieran, who's writing the test scripts on your side?
K: Bryony, can you own the UAT scripts?
B: I can do the validation and householder ones. Not consultations, I've never touched that side.
K: Consultations are fine, Dominic's got standard ones we can use.
D: We do, yeah.
B: Then I'll have them done by the seventeenth.
H: Thank you. And I'll send the UAT invites out tomorrow, for the week of the 23rd.
A: Please send them from your diary, not ours, ours will get lost.
H: Will do. I'll also need the list of officers actually doing UAT.
A: Leave it with me, you'll have the names by Monday.
B: What about pre-application advice, by the way? We charge for that as well. Is that in?
D: That's a separate form. Not hard. I'll build the pre-app payment form too, by the 20th.
B: Okay. Good.
D: And, um, if we do end up migrating the older years with addresses like the 2024 ones, I could probably script the fixes for those as well. But let's see.
H: Let's see. Anything else?
T: Just that network were actually quite nice in the end.
B: Mark the date.
H: Okay, recap. Tamsin, conservation areas by the 13th. Dominic, the fourteen failures by Tuesday, pre-app form by the 20th. Neville, retention schedule the 13th. Amrit, chase Yusuf today and the UAT names Monday. Bryony, UAT scripts the 17th. Me, invites tomorrow. Kieran, the checklist with Margaret.
K: Yep.
H: Thanks everyone.
J: Cheers.
"""

CALLS[4] = """
H: Okay, let's make a start. Kieran, is Margaret joining today, do you know?
K: Not that I know of. I haven't heard from her.
H: Okay. Then let's crack on. Neville, good news, I hear?
A: Neville signed off the retention schedule on Monday. Legal are happy.
N: Legal are content. Content is the most legal ever gets.
H: I'll take content. Thank you, Neville.
D: And that's the migration unblocked, so I've kicked off the prep for the full load. I'll run the full trial migration, all fifteen years of case records, by the 19th.
H: Next Thursday?
D: Next Thursday. And I'll bring the numbers here.
H: Great. And the fourteen failures from the 2024 load?
D: Fixed. Reloaded clean on Tuesday.
H: Lovely. Tamsin?
T: Yeah, um, so the conservation areas. The officer who digitises them has been off sick, so, that's going to be the end of the month now.
H: The 30th?
T: The 30th. Sorry.
D: It's not on the critical path, I can refresh the layer whenever it lands.
A: Tamsin's also going to send Dominic the site boundary shapefile for the migration, the red line boundaries for the old cases.
T: Yep. I'll have it over by Tuesday.
D: Brilliant, that means the old cases show up on the map.
H: Ffion, how's the web side?
A: Ffion's draft page is up on staging, actually, I had a look this morning. It's good.
F: It's rough, but it's there. The thing is, I can't put the apply-online links live or set up the redirects from the old forms until I know the final address of the portal. Is it a council subdomain or yours?
D: Ah. That's on me. It'll be a council subdomain, I just need to confirm the name with our hosting team. I'll get you the production URL by Monday.
F: Monday would be perfect, because the redirects go through our change process as well.
T: Everything goes through a change process.
H: Okay. Joel, payments.
J: So, um, I'll let Amrit go first.
A: I chased Yusuf, like I said. He's read it. The problem is he won't sign because of the chargeback clause. He thinks the council's carrying too much of the risk.
J: Which, to be fair, is the clause everyone argues about.
H: So live credentials are still waiting on finance.
J: Still waiting on finance, yes. I can't do anything live until that's signed. What I can do is, I'll get our legal to send Yusuf a redline of the chargeback clause by Friday. Something he can actually say yes to.
A: That would really help.
D: Can I float something? If the agreement doesn't get signed in time, we could go live without online payments. Take fees by phone for a few weeks.
B: Absolutely not. The admin team would walk out. They'd be taking card numbers over the phone all day.
K: Let's not decide that today. Let's see what Yusuf does with the redline.
J: I suppose we could do a manual payment link as a stopgap, if it comes to that.
B: Wonderful. Or I'll tell the applicants to pop a cheque in the post, shall I.
H: Let's park it. Bryony, you had the UAT invites?
B: I've got your invites, Harriet. All six of them. Which brings me to the scripts.
H: Go on.
B: I'm on the Ferry Lane appeal inquiry all next week. I'm not going to get them done. I'm sorry, I just won't.
K: I'll take them. Same date, the 17th.
B: The householder ones are half done, they're on the shared drive.
K: Thanks.
H: Okay, thank you Kieran. Amrit, the UAT names?
A: I know. I owe you that. Tomorrow, genuinely.
H: Okay, tomorrow. Kieran, the validation checklist.
K: So I did raise it with her. She's had the local plan examination, it's been all-consuming. She hasn't signed it.
D: And just to repeat myself, the validation rules are still sitting there unconfigured. I've built everything around them. If they're not in by the end of next week, UAT is testing an empty box.
K: I'll sit down with her on Wednesday and get it signed.
H: Thank you. While we're on Kieran, the pre-app form?
K: Yes. Dominic, the pre-application payment form. Let's leave it. We're not charging for pre-app through the portal until April anyway, the fees are being reviewed.
D: Okay. I'll park it, then.
H: So pre-app's out of scope for December. Fine. Neville, you wanted to raise the freeze?
N: Yes. For the final extract I need the old system to stop changing. I'm proposing it goes read-only for planning on Wednesday the 2nd of December. So there's a clean final extract.
K: What about applications that come in that week, though?
N: They get keyed into the new system after go-live. It's three working days.
B: Three days of backlog. Lovely.
K: It's fine. We'll cope, we've coped with worse. Yes, the 2nd of December.
A: Agreed from my side.
D: Works for me, I'd schedule the final extract for the night of the 2nd.
H: Okay, so agreed, the old system goes read-only for planning on Wednesday the 2nd of December, final extract that night, and that week's applications are keyed in after go-live.
N: Thank you.
H: Anything else? Has anyone actually heard from Margaret?
K: Not today.
A: I'll see her at SMT, probably.
H: Okay. Recap. Dominic, full trial migration by the 19th, production URL to Ffion Monday. Tamsin, shapefile Tuesday, conservation areas the 30th. Joel, redline to Yusuf Friday. Kieran, UAT scripts the 17th and the checklist with Margaret Wednesday. Amrit, names tomorrow. Okay?
F: Yep.
J: Yep, cheers.
H: Thanks all.
"""

CALLS[5] = """
H: Hi all. Let's get going, we've got a lot today. Kieran, Margaret?
K: No, not today. She's, um, yeah. Not today.
H: Okay. Ffion, you first, because I think you've got good news.
F: I have! I got the URL from Dominic on Tuesday, so the redirects are booked into our change window. I'm not waiting on anything now.
D: Sorry it was a day late.
F: A day is nothing in web team years.
H: Great. Dominic, the full trial migration?
D: So. It's running. It's, um, it's bigger than the 2024 test suggested, the document links take longer than I'd estimated. It'll finish over the weekend. I'll have the numbers for you Monday.
H: Okay, Monday the 23rd.
D: Monday. And Tamsin's shapefile came in, forty-odd thousand polygons, they're loading alongside the cases.
T: Forty-one thousand two hundred. Not that I counted.
H: Thank you Tamsin. Conservation areas?
T: Still on for the 30th.
H: Great. Kieran, UAT scripts?
K: They went out yesterday. Bryony's householder ones plus the validation ones.
B: They're good, actually. He didn't ruin them.
K: High praise.
H: Right. Payments. Joel?
J: Our legal sent Yusuf the redline on Friday, like we said.
A: And Yusuf still hasn't signed. He's now saying he wants his director to look at it. So the live payments are, well, nowhere.
J: No signed agreement, no live keys. Sorry to be boring about it.
H: And the checklist, Kieran?
K: I didn't get her on Wednesday. She got pulled back into the inquiry. I've got half an hour in her diary on Monday, so, Monday now.
D: So I still don't have a checklist to configure against. That's, what, two weeks past the date now.
K: I know.
H: Okay. So, I want to be straight with everyone. We've got the payments agreement not signed, the checklist not signed, the full migration not through yet, and UAT was meant to start Monday. I don't think the 7th of December is real anymore.
B: I've been saying that since October.
H: You have. So, what I'd propose is go-live on Monday the 11th of January. UAT moves to the week of the 30th of November, which gives the checklist and payments a fighting chance.
K: Margaret gave me the authority on dates, when she handed over. So I can agree that.
A: I'd support it. Finance won't move faster in December than they do now.
B: January's better anyway. Nobody sensible submits in the week before Christmas.
N: Then the freeze moves too. I'd rather not have the old system read-only for five weeks.
H: Agreed. Say the freeze moves to Wednesday the 6th of January?
N: The 6th works.
K: Okay. Agreed. Go-live the 11th of January, UAT the week of the 30th, freeze on the 6th.
H: Thank you. So that's decided: go-live moves from the 7th of December to Monday the 11th of January, UAT to the week of the 30th of November, and the old system goes read-only on the 6th of January instead of the 2nd of December.
B: Oh great. So I'll just ask the applicants to hold their extensions until January.
K: Bryony.
B: I'm agreeing. That was my agreeing voice.
H: I'll get the revised plan to everyone Monday.
A: Did Margaret ever send the committee chair that note? The one from a few weeks back?
K: I don't think so, no.
A: Then he's going to hear about a new date before he's heard about the old one.
K: Yes. Fine. I'll brief Margaret and the committee chair by Friday. Both of them.
H: Thank you, Kieran.
A: And the merchant agreement, I'm going to take it over Yusuf's head, politely. I'll take it to the director of finance. SMT is Tuesday.
J: Happy to jump on a call with Yusuf and his director, if it helps.
A: It might. Let me see what happens Tuesday.
H: And Dominic's doing the UAT environment refresh after the full load, so, the 27th?
D: Yeah, the 27th is fine. As long as the load's done Monday.
N: If legal come back early, I might be able to take another look at the pre-2018 documents. But don't plan on it.
H: Not planning on it. Anything else?
F: Only, um, should I change the date on the landing page?
H: Not until the plan's out Monday.
F: Okay.
H: Recap. Dominic, migration numbers Monday, UAT refresh the 27th. Kieran, the checklist with Margaret Monday, and the briefing to Margaret and the chair by Friday. Amrit, director of finance on Tuesday. Tamsin, conservation areas the 30th. Me, revised plan Monday. Okay?
K: Yep.
D: Yep.
H: Thanks everyone. Have a good week.
B: Bye.
"""


def stamp(t):
    h, rem = divmod(int(t), 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def turns(n):
    out = []
    for line in CALLS[n].strip().splitlines():
        code, text = line.split(": ", 1)
        out.append((NAMES[code], text.strip()))
    return out


def render(n):
    rnd = random.Random(7100 + n)
    t = 1.0 + rnd.random() * 4
    blocks = []
    for name, text in turns(n):
        blocks.append(f"{name}  {stamp(t)}\n{text}\n")
        t += max(1.5, len(text.split()) / 2.4 + rnd.uniform(0.3, 3.0))
    return "\n".join(blocks)


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.txt").write_text(render(n))
        print(f"call-{n}.txt: {len(turns(n))} turns")
