#!/usr/bin/env python3
"""Generate the six Fellbrook Homes / Taskwise repairs-scheduling status calls as Microsoft Teams WebVTT exports
(calls/call-N.vtt), write gold.json from the answer key held below, then check the key against the calls.

Each turn is "CODE: text"; " | " inside a turn marks where Teams cut one speaker's turn into consecutive cues
(each cue is its own <v Full Name>...</v> voice span, a few hundredths of a second after the previous one).
Timestamps are synthetic but deterministic. The union rep joins by the meeting link as an anonymous guest, so
Teams labels her "Dorcas Kettlewell (Guest)".
Run: python3 make_calls.py   (stdlib only; writes calls/call-1.vtt .. call-6.vtt and gold.json next to this file,
then checks that every gold quote occurs verbatim in one turn of its call and that dates, events and attendance
agree; exits 1 on any failure)
"""
import datetime
import json
import random
import re
import sys
from pathlib import Path

NAMES = {
    "IB": "Imelda Brannagh",            # Taskwise (vendor) project manager, host
    "DF": "Dami Fashola",               # Taskwise integration engineer: Quadra API, StockPoint, text reminders
    "AV": "Anneliese Vogt",             # Taskwise implementation consultant: scheduling rules, app, training
    "AP": "Alastair Penrose",           # Fellbrook Director of Property Services, sponsor
    "MO": "Marguerite Ogundipe",        # Fellbrook Head of Repairs ("Mags"), customer lead
    "EP": "Ewan Pilkington",            # Fellbrook IT infrastructure manager
    "TH": "Tracey Holbeck",             # Fellbrook repairs contact centre team leader
    "LS": "Lenny Stirrup",              # Fellbrook trades supervisor (the operatives)
    "PL": "Parveen Lodhi",              # Fellbrook governance and procurement officer
    "JC": "Jasper Coldwell",            # Haldane Trade Supplies account manager (van stock, StockPoint); outside
    "DK": "Dorcas Kettlewell (Guest)",  # BTWU branch secretary for the operatives; outside; joins as a guest
}

DATES = {1: "2026-10-06", 2: "2026-10-13", 3: "2026-10-20", 4: "2026-10-27", 5: "2026-11-03", 6: "2026-11-10"}
AS_OF = "2026-11-11"
EARLY_AS_OF = "2026-10-28"

CALLS = {}

CALLS[1] = """
IB: Morning, everyone. Can you hear me okay? I'm on a new headset, so if I sound like I'm talking from inside a biscuit tin, tell me.
TH: You sound fine. Bit echoey.
IB: Echoey I can live with. It's two minutes past, so I'll give it one more minute. Has anyone heard from Alastair?
MO: He's in the exec meeting. He said he'd try and pop in at the end. Try being the word.
IB: Okay. Well, let's crack on and I'll catch him up. So this is the first of the weekly status calls for the repairs scheduling project, Tuesdays at ten, and I'll send notes round after each one. | Quick introductions, because I don't think everyone's met everyone. I'm Imelda Brannagh, project manager at Taskwise.
DF: Dami Fashola, integration engineer at Taskwise. So anything that has to talk to anything else. Quadra, the parts people, the text messages.
AV: Anneliese Vogt, implementation consultant. I set up the scheduling rules and the app, and I do the training.
MO: Mags Ogundipe, Head of Repairs. It says Marguerite on the invite, but nobody calls me that except my mother and HR.
EP: Ewan Pilkington, IT infrastructure. Network, servers, the firewall, phones. Most things with a plug on.
TH: Tracey Holbeck, I run the repairs contact centre. Fourteen advisors and about nine hundred calls a week at the moment, so if I vanish it's because the queue's gone red.
LS: Lenny Stirrup, trades supervisor. I look after the lads. Plumbers, sparks, joiners. Sixty-four of them over two depots.
PL: Parveen Lodhi, governance and procurement. I've been told I'm here for contracts.
IB: You are, and we'll get to you. Right. So where we are. The contract schedule has everything going live together, the contact centre and the app for all three trades, on Monday the sixteenth of November. | I'd like to hold that if we can. Splitting it means two lots of training, two cutovers, two lots of hypercare.
LS: All three trades at once? In November?
IB: That's what's in the schedule.
LS: November's when every boiler in the north of England packs in. My plumbers will be doing twelve jobs a day and you want them learning an app.
MO: Can we not do this one without Alastair? It's his call, and if we decide it without him he'll only undo it.
IB: Fair. I'll park it till he's here. Dami, do you want to do the integrations?
DF: Yep. So, three things. Quadra first. Quadra's your housing management system, that's where the repairs get raised, and we need the jobs to come out of Quadra into Taskwise and the completions to go back in. | The problem is Quadra won't switch the API on without a licence for their integration module, and they haven't told us what that costs yet. They want to see exactly which calls we're going to make before they'll quote.
MO: Of course they do.
DF: So I'll send Quadra the list of API calls we need by Friday, and then at least the ball's in their court.
IB: Friday the ninth. Thanks, Dami. Who's the contact at Quadra?
MO: Ruaridh. He's alright, Ruaridh. Slow, but alright.
DF: Second one is the van stock. Your operatives get their parts from Haldane, is that right? Through the van stock service, StockPoint.
LS: Haldane, yeah. They restock the vans Thursdays at Cragside and Mondays at Tannery Lane. The lads scan what they use. When the scanner works.
DF: So for us to read the van stock out of StockPoint, Haldane have to give us access, and their account manager told me last week that needs a variation to your contract with them. | And nobody I've spoken to here knows who owns the Haldane contract.
PL: It'll be stores. Well. It was stores. Clive ran stores, and Clive left in June.
IB: And who picked up Clive's contracts?
PL: Officially? Nobody. There's a spreadsheet with a column that just says Clive, TBC.
MO: Brilliant.
IB: Parveen, is there any chance you could at least find the contract, so we know what it actually says?
PL: It'll be on the shared drive somewhere. Or in a box. Go on, I'll dig out the Haldane contract and send it to you by Thursday, Imelda.
IB: Thursday the eighth, lovely. The bigger question, who owns it and who signs a variation, I'm going to write down as unowned for now.
EP: Not IT.
IB: I didn't say it was IT, Ewan.
EP: I'm just getting it in early.
IB: Noted. The third one isn't an integration, it's a form. Because the app shows where the operatives are while they're on a job, we need a data protection impact assessment signed off before we go live. The DPIA.
EP: Again, I'd say that's not IT. That's the DPO.
MO: The DPO is Crispin, and Crispin's external. He's a consultant, he does two days a month for us. He reviews them, he doesn't write them.
IB: So who writes it?
TH: Don't look at me.
MO: Normally whoever owns the project.
IB: Which on your side is...
MO: Alastair. Technically.
EP: I'm happy to look at the technical bits if somebody sends it me. But I'm not writing it.
IB: Okay. So that's the DPIA with no owner as well, alongside Haldane. | Those are both going in the RAID log. I'll send round the RAID log with the unowned items by tomorrow, so at least they're written down somewhere other than my notepad.
MO: Thank you.
IB: Anneliese, scheduling.
AV: So the big thing for me is your job types. Every repair has a code, yes? Tracey, what do you call them?
TH: SORs. Schedule of rates. There's about eleven hundred of them and we use maybe sixty.
AV: Perfect. I need the sixty. Well, I'll take the eleven hundred. And how you book slots now, what the appointment windows are, how many jobs a plumber gets in a day.
TH: I can do that. I'll send you the SOR list and our slot patterns by Friday.
AV: Lovely. And Lenny, from you I need the people. Names, trade, which depot, which van.
LS: Van regs and all?
AV: Van regs and all. The app ties the stock to the van.
LS: Right. I'll get you the operatives list with the van regs by Friday. I'll have to get the regs off transport, mind, and transport work to their own calendar.
IB: Both Friday the ninth, then. Ewan, sign-on. Anneliese needs the Taskwise test system to let people in with their Fellbrook logins.
EP: Single sign-on. That's an app registration our end. Half an hour's work, once I find the half hour. I'll have it set up by next Wednesday.
IB: Wednesday the fourteenth. Great.
AV: And I'll set up the test system with your trades and your patches, so you've all got something to click on. Friday week, so the sixteenth.
IB: Good. Oh, hang on, someone's joining.
AP: Morning. Sorry, sorry. The exec ran over, the chief exec's got a thing about the regulator. Where are we?
IB: Morning, Alastair. We're about halfway. The main thing I need you for is go-live. The contract has all three trades and the contact centre going live together on the sixteenth of November, and Lenny's not keen.
LS: I'm not keen.
AP: No. No, we're not doing sixty-four people in November, Lenny's right. What's the smallest thing that works?
AV: One trade, one depot. Plumbers are the obvious ones, they do the most jobs.
AP: Cragside plumbers. How many's that?
LS: Twelve. Thirteen if you count Tosh, and Tosh counts himself.
AP: Right. Plumbers at Cragside go first, on Monday the twenty-third of November. Electricians and joiners after Christmas. That's the plan.
IB: Okay. So the twenty-third for the pilot, the other trades in January. That changes the plan quite a bit, but fine.
MO: Alastair, while you're here. The DPIA. Nobody owns it.
AP: Is that the data protection thing?
MO: Yes.
AP: We'll get to it. Can somebody send me something on it?
IB: It's in the RAID log, which is going round tomorrow.
AP: Good. And the staff. Nobody's actually told the lads this is coming, have they?
LS: Not officially. Unofficially they've heard it's a tracker.
AP: Well, it isn't. I'll send an email to all the repairs staff introducing the project by Friday. What it is, what it isn't.
MO: That would help.
AP: I have to drop, I'm really sorry. I've got the chief exec again at half past. Mags, you've got it.
MO: I've always got it.
IB: Thanks, Alastair. Okay, he's gone. So where was I...
TH: Did he just say by Friday?
MO: He did. I'll believe it when it lands in my inbox.
IB: Moving on. Any other risks anyone wants to raise while we're all here?
TH: Just my advisors. The last time we changed system, that was Jobmaster in twenty nineteen, we had a week where nobody could book anything, and the complaints took about four months to clear. | So I just want to know we're not doing that again.
IB: That's exactly why the pilot's one depot. Anything else?
EP: The phones. What phones have the lads actually got?
LS: Whatever they were given. Some of them are old Samsungs, some of them are, I couldn't tell you. Tosh's has a crack right across it.
DF: The app needs Android ten or later.
EP: Then that's a question for next week. I'm not going to guess.
IB: I'll put it in the RAID log as a question. Okay, let me read back what I've got. | Dami, the list of API calls to Quadra by Friday. Parveen, the Haldane contract to me by Thursday. Tracey, SORs and slots to Anneliese by Friday. Lenny, operatives and van regs by Friday. | Ewan, sign-on by Wednesday. Anneliese, the test system by the sixteenth. Alastair, his email by Friday. And me, the RAID log tomorrow.
MO: And nobody owns the DPIA or Haldane.
IB: And nobody owns the DPIA or Haldane. Yes. Thank you, Mags.
PL: Can I just say, I'll find the contract, but I'm not taking Haldane on. I'm one person and I've got the gas servicing tender.
IB: Understood. Thanks, all. Same time next week.
TH: Bye.
LS: Cheers.
"""

CALLS[2] = """
IB: Morning. Give it a minute, people are still coming in. Dami, can you hear me?
DF: Loud and clear.
IB: Good. Tracey, you're on mute. You're talking and you're on mute.
TH: Sorry. Sorry. I was saying the queue's at forty already and it's only ten o'clock. Somebody's roof came off in Holme Park last night.
LS: That'll be the Beckett Street flats. That roof's been coming off since two thousand and twelve.
IB: Oh dear. Right, let's start, Mags said she might be a few minutes late. And I've had apologies from Alastair, he's got the regulator inspection prep all day. | Also, we've got a guest. Dami asked Haldane to join us. Jasper, do you want to say hello?
JC: Hi, all. Jasper Coldwell, account manager at Haldane Trade Supplies. I look after the Fellbrook account, and I'm the one who told Dami about the variation, so I thought I'd better show my face.
IB: Thanks for coming, Jasper. We'll come to you in a bit. Let me go through last week's actions first. Dami, Quadra.
DF: I sent Ruaridh the list of API calls on Thursday. Thirty-one calls, with the fields. I haven't heard anything back yet.
IB: Okay, so that's gone, at least. Tracey, the SORs.
AV: Oh, I've got those. Tracey, thank you, I got the SOR spreadsheet on Friday. All eleven hundred and forty lines of it.
TH: I did warn you.
AV: You did. And the slot patterns. I've got questions, but I'll save them.
IB: Lenny, the operatives list.
LS: Ah. That's a no. I've done the names and the trades, but transport still haven't given me the van regs. I've asked three times. | I'll have it all to Anneliese on Monday, with or without transport.
IB: Monday the nineteenth. Ewan, sign-on?
EP: Not yet. We had a core switch go at Tannery Lane on Thursday, and I've been out there since. Friday.
IB: This Friday, the sixteenth?
EP: This Friday.
IB: Okay. The RAID log I sent round on Wednesday. I can see who's opened it, by the way. Three of you.
TH: I opened it.
LS: I didn't know you could see that.
IB: I can see that. Parveen isn't with us today. Has anyone heard from her about the Haldane contract?
MO: Hi, sorry, sorry, I'm here. I was in with the solicitors on a disrepair case and it ran over. Have I missed much?
IB: Morning, Mags. No, we're just going through the actions. I was asking about Parveen and the Haldane contract.
MO: Oh, yes, she messaged me. It's not on the shared drive. It's in the archive boxes in the basement at Fellbrook House, and she can't get down there until Thursday. So she says Friday for you, Imelda.
IB: Friday the sixteenth. Okay. Anything from Alastair about his email? Because I'm assuming the lads haven't had it.
LS: They have not.
MO: He's very sorry. He's had the inspection prep. He says it'll go on Thursday.
LS: The lads will be thrilled. They've been waiting with bated breath.
IB: Thursday the fifteenth, then. Mags, one more thing, Dami's heard from Quadra?
MO: No, I have. Ruaridh rang me on Friday. He's got Dami's list and he's quoted for the integration module. Three thousand four hundred pounds. Plus VAT, obviously.
DF: Ah. Okay. Well, that's a number, at least.
MO: It's a number that isn't in my budget.
IB: That's an Alastair one, then, and he's not here. Jasper, the van stock. Do you want to explain where you are?
JC: Sure. So, StockPoint has an API, and we can open it to Taskwise, no problem technically. But your contract with us doesn't allow us to share your data with a third party. | So we need a variation. It's a standard one, we've done it for two other housing associations. Our commercial team draft it, you sign it, our legal countersign it.
IB: And who would they send it to?
JC: That's what I was going to ask you. Clive used to be my contact. I've been emailing Clive's address since June and it's not bounced, so somebody's getting them.
MO: Oh, God. That'll be the stores shared mailbox. Nobody looks at that.
JC: That explains a lot.
IB: Could you send it to Parveen? She's the nearest thing to an owner we've got.
JC: Sure. I'll get our commercial team to send the variation over to Parveen by the thirtieth. End of the month, that's usually their turnaround.
IB: Friday the thirtieth. Thanks. And Dami needs the API documentation in the meantime.
JC: That's not a secret. I'll send Dami the StockPoint API documentation by Friday.
DF: Great. And, sorry, the test key? For the test environment?
JC: That needs the variation signed, I'm afraid. If someone signs it quickly, I could probably get you a test key the same week.
IB: Okay. So that's where the chain is. While we're on who owns what. Mags, the DPIA.
MO: I know. I know.
IB: It's still nobody's. I can't write it for you, it has to be a Fellbrook document.
MO: Fine. Fine. Give it here. I'll do the DPIA. I'll get it done by the end of next week.
IB: Friday the twenty-third. Thank you, Mags. I know you've got a lot on.
MO: I've got nineteen disrepair claims on. But carry on.
IB: Dami, something else on Quadra?
DF: Yes. So, even once Quadra switch the API on. Their server is in your data centre, behind your firewall. | But even with a licence, our side can't get to your Quadra server at all until there's a firewall rule letting us in. I need a rule opened for our IP range, just to that one server.
EP: That's a change. Changes go to CAB. CAB's every other Thursday, and the next one's this Thursday. I'll get the firewall change on Thursday's CAB.
IB: Thursday the fifteenth. And if CAB say yes, when would it go in?
EP: If CAB pass it, Sal can put it in at the weekend. Sal's our network person. She's half of my team, so go easy.
IB: Okay. Anneliese, the slots.
AV: So, I've been through Tracey's slot patterns. At the moment it's mornings and afternoons. Taskwise can do two-hour windows, and honestly tenants love them, it's one of the things people buy us for. | So my suggestion is we go to two-hour slots from day one.
TH: No.
AV: No?
TH: No. For the pilot it's mornings and afternoons, eight till twelve and twelve till four. If we promise a tenant ten till twelve and the plumber's stuck on a leak in Holme Park, that's a complaint every single time, and it's my team that takes the call.
MO: I'm with Tracey. AM and PM for now. We can look at two-hour slots when it's bedded in.
AV: That's fair. AM and PM it is.
IB: Lenny, you were going to say something about the lads?
LS: Yeah. So. Dorcas from the union was in the depot on Friday. Dorcas Kettlewell, she's the BTWU branch secretary. | Dorcas has told the lads not to log into anything until the union's seen what it records. Because of the tracking thing.
MO: Oh, for goodness' sake. Because Alastair's email didn't go.
LS: Partly. Partly it's that the last lot, the fuel cards, that was sold as nothing to do with monitoring and then three lads got pulled in over their mileage. So she's got form on this, and so have we.
IB: Okay. That's a real one. Anneliese, what does the app actually record?
AV: Location, only when a job's in progress, if we set it up that way. Start time, finish time, parts, photos. It doesn't follow anyone home. | I'll write a one-page sheet on what the app records and what it doesn't, for the lads and for Dorcas, by Friday.
LS: That'd help. She'll want to see it. She'll want to come on one of these, I reckon.
IB: She'd be welcome. Lenny, could you ask her?
LS: Yeah, I'll ask her to come next week. Can't promise she'll say yes. She doesn't like Teams.
IB: Ewan, anything on the phones?
EP: Yes. I went through the asset list. Thirty-eight of the sixty-four phones are too old to run the app, and there's no money in my budget to replace them. They're on Android eight. They're museum pieces.
MO: How much are we talking?
EP: Basic Samsungs, on our contract, a hundred and sixty each, roughly. So six thousand-odd.
MO: That's Alastair, and then it's Gwen in finance. I'll put a paper on the handsets in front of Alastair by Friday.
IB: Friday the sixteenth. Thanks, Mags. And Alastair also needs to decide on Quadra's three thousand four hundred. Both of those are going in the notes for him.
MO: Put them in red. He reads the red ones.
IB: Red it is. Anything else? Jasper, anything from you?
JC: No, just, I'll hang on for the variation to come back. And sorry about Clive's mailbox.
IB: Not your fault. Okay, thanks everyone. Same time next week.
TH: Bye all.
"""

CALLS[3] = """
IB: Morning, all. I think we've got a full house today, nearly. Dorcas, is that you? It says guest.
DK: It's me. I came in on the link Lenny sent. I'm on my phone in the depot car park, so if a van reverses past, that's what that is.
IB: Welcome, thank you for coming. I'm Imelda, I run the project for Taskwise. We'll get to you properly in a bit, I just want to go through the actions first, if that's okay.
DK: Go on. I'm not going anywhere. Well, I am at eleven.
IB: Noted. Parveen, welcome back. And I got the contract, thank you. Friday evening. Forty-two pages, some of them upside down.
PL: The scanner in the basement has opinions.
IB: It's readable, that's the main thing. Lenny, operatives list?
AV: I can answer that. Lenny, your list came through yesterday. Van regs and all. So transport came good in the end.
LS: Transport did not come good. I walked round the yard with a clipboard on Sunday.
MO: You did not.
LS: I did. Forty-one vans. Two of them haven't got number plates on the front, which is a conversation for another day.
IB: Above and beyond, Lenny. Ewan, sign-on?
TH: Oh, that's done. I logged into the test system yesterday with my normal Fellbrook password. So whatever Ewan did, it worked.
EP: I did it Friday, for the record. Friday afternoon.
IB: Lovely. And Tracey, you've had a look round the test system, then?
TH: I booked a pretend boiler repair for my own house.
AV: I saw. Four o'clock in the morning, Tracey?
TH: I was testing the edges.
AV: It did let you, which is a bug, so thank you. But yes, the test system's up, with the three trades and the patches, and everyone who's in the directory can get in.
IB: Dami, Haldane's documentation?
DF: Jasper's docs came on Thursday. They're from twenty seventeen, and about a third of it's out of date, but they came. I've started building against them.
IB: And the firewall, Ewan? CAB was Thursday.
EP: CAB passed it. Sal's putting the rule in on Saturday night in the change window.
DF: Not that I can do much with it until Quadra give us the key.
IB: Which brings us to money, and Alastair's not here yet. Mags, is he joining?
MO: His diary says he is. His diary says a lot of things.
IB: Okay. Dorcas, shall we do you now, since you've got until eleven?
DK: Please.
IB: Did you get Anneliese's sheet? The one-pager.
DK: I've had Anneliese's sheet, yes. It's very nicely laid out. It doesn't answer my question.
AV: What's the question?
DK: Who looks at the map. That's the question. Your sheet says the app records location while a job's in progress. Fine. Who sees that? Lenny? Lenny's boss? Somebody in an office in two years' time looking for a reason? | Because we've been here. The fuel cards. Three of my members were had up over mileage on cards they were told were for fuel. So my members don't want to be tracked, full stop. No location at all.
LS: To be fair to Dorcas, that's what happened.
MO: It did happen. It shouldn't have, and it was before my time, but it did.
AV: Can I suggest something? The location only exists from when the plumber presses on my way to when they press job complete. Nothing in between jobs, nothing at dinner, nothing going home. | And we can set the system to delete it after a set period. Thirty days, say. After that it's gone, it's not archived, it's gone.
DK: And who sees it in those thirty days?
AV: The supervisors, on the day's board, and the contact centre, so they can tell a tenant the plumber's ten minutes away.
TH: That's the bit we actually want. Half my calls are where's my plumber.
DK: Hm. I'm not saying yes. I'll take it to the members at the branch meeting on Thursday week, the twenty-ninth. I'm not promising you a yes, mind.
IB: That's all I'd ask. Thank you, Dorcas. The twenty-ninth.
DK: And I want it in writing if they do say yes. Not an email. A letter.
MO: That's fair.
IB: Okay. Mags, the DPIA. How's that going?
MO: I haven't started it. I'm sorry. I had two more disrepair claims land and a tenant on Look North with the mould. | Give me until the end of next week. I'll have the DPIA done by then. Properly this time.
IB: Friday the thirtieth, then.
MO: Yes.
DK: Is the DPIA the thing that says what happens with the location data?
MO: Partly, yes.
DK: Then I'd like to see it.
MO: You will.
IB: Tracey, you wanted to raise out of hours?
TH: Yes. So after five and at weekends our emergency calls go to Nightjar Response. Nightjar log the job on the phone and send one of our lads on the callout rota, or their own people. | What happens with those in the pilot? Because if the plumbers on callout have the app, Nightjar are going to ring them and the app's going to say something different.
DF: We could give Nightjar a login to Taskwise, and they'd book straight into it. We've done that at other places.
MO: No. Out of hours stays exactly as it is. Nightjar keep it, on the phone, same as now. The pilot is daytime repairs only. | We are not adding another company to this. We've got enough companies.
DF: Fair enough.
TH: Thank you. That's all I wanted.
IB: Dami, the text reminders.
DF: Yes. So at the moment the tenants get a text the day before. That comes out of Quadra, through Textvault. When the jobs are booked in Taskwise, Quadra won't know the appointment, so the texts stop. | So I'll build the text reminders from Taskwise through Textvault. I'll have it working in test by the thirtieth.
IB: Friday the thirtieth. Lenny, the pilot. Which twelve?
LS: I know which twelve. I just haven't told them yet. I'll pick the twelve for the pilot and send Anneliese the names by Friday.
IB: Friday the twenty-third. Thanks.
DK: I'll want to know who they are as well, Lenny.
LS: You'll know before they do, Dorcas.
DK: Right, I'm going to have to go. I'll be in touch through Lenny.
IB: Thanks, Dorcas, really appreciate it.
AP: Hello? Can you hear me? Sorry, I've been in with the inspectors since nine. Where are we?
IB: Hi, Alastair. We can hear you. I've got two things for you, and they're both money. The first is Quadra. They want three thousand four hundred pounds for the integration module before they'll switch the API on. It's in the notes, in red.
AP: I saw the red. Is there any way round it?
DF: Not really. No module, no API. It's their product.
AP: Pay Quadra. Take it out of the contingency. We're not holding the whole thing up for three and a half grand.
IB: Thank you. Parveen, does that need a PO?
PL: Everything needs a PO. I'll raise the PO for Quadra by Friday.
IB: Friday the twenty-third. And the second thing is the phones.
AP: Mags, I've got your paper on the phones. It's on my desk. I've read it. Well, I've read the first page.
MO: The first page is the number.
AP: Six thousand one hundred. Yes. That's Gwen's. I'll take it to Gwen and get the handsets approved by Friday.
IB: Friday the twenty-third. And Alastair, while we've got you. The email to the lads.
LS: They still haven't had it. Dorcas just asked me about it, actually. She was on the call.
AP: It's written. It's sitting in my drafts. I'll send it first thing tomorrow morning.
LS: I'll tell them to watch their inboxes.
MO: They don't read their inboxes.
LS: I'll tell them to watch the kettle, then. That's where the notices go.
IB: And Alastair, Haldane. Jasper's sending a contract variation to Parveen by the end of the month, but nobody's said who signs it.
AP: Parveen?
PL: I can make sure it's read. If the variation comes to me, I'll make sure it gets read by somebody who understands it. I'm not signing a supplier contract, that's not in my delegation.
AP: Okay. Well, send it to me when it comes, and we'll see. Right, I've got the inspectors again. Sorry, everyone.
IB: Thanks, Alastair.
TH: We'll see. He said we'll see.
IB: Let's call that progress. Okay, that's everything. Same time next week, thanks all.
"""

CALLS[4] = """
IB: Morning. Let's give it a minute. How was everyone's weekend?
TH: Wet.
LS: Wet. We had forty-two leaks logged on Saturday alone. Tosh did eleven jobs and then went to the pub and told everyone about it.
IB: Oof. Okay, I think that's most of us. Mags, you said you've got to go early?
MO: Half ten, I'm sorry. I've got the barrister on a disrepair claim, and he charges by the minute, so I can't be late for him.
IB: Then let's do your things first. Has anyone heard from Alastair? There's nothing in my inbox.
MO: Nothing in mine either.
TH: His car's in the car park. I walked past it this morning. So he's in the building.
MO: Let's leave it there, shall we.
IB: Okay. Mags, the DPIA. I know it's not due till Friday, but how's it looking?
MO: I'm going to be honest. I've opened the template, I've written Fellbrook Homes at the top, and that's it. I've got the barrister, I've got the mould, I've got the regulator. I can't do it. Not properly.
PL: Give it to me. I do the data protection returns anyway, and I know Crispin. | I'll finish the DPIA and get it to Crispin by Friday week.
MO: Are you sure? You've got the gas tender.
PL: The gas tender's out. I've got three weeks before anyone sends anything back. Honestly, it's fine.
IB: So the DPIA's Parveen's now. Friday the sixth. Thank you, Parveen. Mags, can you send her what you've got?
MO: The template with Fellbrook Homes at the top. It's a big moment. It's in your inbox now.
IB: And the phones. Alastair was going to take it to Gwen and get it approved by Friday.
MO: Nothing. I've emailed him twice. Gwen's PA says it's not been to Gwen.
IB: Okay. I'll flag it. Lenny, the email to the lads. Did it go?
LS: It went. Wednesday morning, seven o'clock. The lads got Alastair's email, well, the ones that read emails. Tosh printed it off and stuck it on the kettle.
TH: Progress.
LS: Somebody's drawn a moustache on it.
IB: On the email?
LS: On the printout. On the bit where it says we value our operatives.
IB: I'll take that as read. Right, Mags, anything else before you go?
MO: Haldane. Jasper, you're here. Has anything come?
JC: It has. Our commercial team sent the variation to Parveen yesterday afternoon.
PL: I've got it. Twelve pages. I've had a quick look, there's a liability clause in there our solicitors are going to want to look at.
MO: And then what? Who signs it?
PL: Alastair, I think. Above five thousand a year it has to be a director.
JC: And then our legal countersign. I'll see if our legal can look at it quickly, but I can't promise anything. They're not quick.
MO: Okay. So that's weeks, realistically.
IB: Realistically. Dami, where does that leave the van stock?
DF: Without the variation I can't get a test key, and without a test key I can't build the StockPoint link properly. So it won't be ready for the twenty-third. Not a chance.
MO: Then we go live without Haldane. The plumbers type in what they've used. We'll join it up to StockPoint when the contract's sorted.
LS: The lads won't love it.
MO: The lads don't love anything, Lenny.
LS: That's fair.
DF: Can I suggest one thing? Could Haldane send us a nightly file instead? A CSV of what's on each van. That doesn't need the API.
JC: We don't do file exports, I'm afraid. We stopped them two years ago, after a file with a whole council's stock ended up in the wrong inbox. It's the API or nothing.
DF: Fair enough.
AV: Then I'll add a parts-used screen to the app for the pilot, so they can pick the part and the quantity. Friday week, the sixth.
IB: Friday the sixth. Thanks, Anneliese.
MO: Right. I have to go. Sorry. Parveen, the template's in your inbox.
IB: Good luck with the barrister.
MO: Thank you. I'll need it.
IB: Okay. Lenny, the pilot names?
AV: I've got them. Lenny sent them Thursday. Twelve names. Well, thirteen. Tosh is on there twice.
LS: He wrote himself on.
AV: I'll leave him on once.
IB: Dami, Quadra.
DF: So, good news, the firewall rule's in. Sal did it Saturday night. I can see your Quadra test server from our side now. It just won't talk to me without the key. | And Quadra have got Parveen's PO. Ruaridh emailed me on Friday to say thank you for your order, and they'll issue the licence key within ten working days.
PL: It went on Thursday. I did it before I went home.
IB: Ten working days from Friday. So the sixth, ish.
DF: Ish. I'll believe it when the key arrives.
IB: And the text reminders? You said the thirtieth.
DF: Yeah. Textvault's API is, um, let's say it's vintage. It's all XML and it wants a fax number in one of the fields. I'm going to need till the sixth.
IB: Friday the sixth. Okay.
TH: Can I ask, Dami, do they need a fax number? We haven't got a fax.
DF: I put zeroes in. It seems happy with zeroes.
IB: Lenny, any word from Dorcas? Her meeting's Thursday.
LS: Yes, she asked me to pass it on. The branch meeting's moved to Monday the second, because half the committee are away for half-term. So she'll have an answer for next week's call. She says she'll come on it.
IB: Okay, so Monday the second. Thank you. Ewan, the phones. I know the money isn't approved yet.
EP: Yeah. So when they do get approved, before anybody uses one, they need to be enrolled in Intune. That's our device management. Otherwise a lost phone is a lost phone with tenant data on it. | I'll build the Intune profile for the new phones by Friday week, so it's ready whenever they land.
IB: Friday the sixth. Thanks, Ewan.
EP: Assuming nothing else floods.
TH: Don't say that.
IB: Tracey, the contact centre. How are your advisors feeling?
TH: Nervous. Some of them remember Jobmaster. Connie cried in the Jobmaster training, and she's still here. | I'll have the new script for the advisors written by the end of next week. The AM and PM wording, and what they say when the app shows the plumber's on his way.
IB: Friday the sixth. Dami, you had a question for Tracey?
DF: Yes. Out of hours. Mags said it stays with Nightjar. I need to know which job types go to Nightjar, so I don't pull them in from Quadra by mistake.
TH: Oh, there's a list. It's about twenty SORs. I'll send you the list of out-of-hours job types by Thursday.
DF: Thursday's great. Thanks.
IB: Thursday the twenty-ninth. Okay. Now, I'm going to be straight with you all. We've got twenty-seven days to the pilot. | The DPIA isn't written, the phones aren't approved, the union hasn't said yes, and Haldane isn't happening. I don't think the twenty-third is safe.
LS: I've been saying that since week one.
IB: You have. So I'll do a replan showing what the DPIA and the phones do to the twenty-third, for Alastair, by Friday. Options, not just bad news.
TH: He'll read the first page.
IB: Then I'll put the answer on the first page. Friday the thirtieth. Jasper, anything else from Haldane?
JC: No, just, once Parveen's solicitors have been through it, send it back to me and I'll walk it through our legal myself.
PL: It went to our solicitors this morning.
JC: Thanks.
EP: Sorry, can I just say, somebody's going to ask me about the Wi-Fi at Cragside. It's fine. It's rubbish in the yard, but the app works offline, doesn't it?
AV: It does. It syncs when it finds a signal.
EP: Then I'm not doing anything about the Wi-Fi. I just wanted that minuted.
IB: Minuted. Okay, thanks everyone. Next week.
JC: Cheers, all.
"""

CALLS[5] = """
IB: Morning, everyone. Is that Dorcas I can see? Hi, Dorcas.
DK: Morning. I'm in the depot canteen this time, so it's warmer, but it's louder.
IB: Thanks for coming back. Okay, apologies first. Mags, do we know about Alastair and Ewan?
MO: Alastair's at the Ombudsman meeting in Leeds. He sends his apologies. And Ewan, I'm afraid, the comms room at Fellbrook House flooded on Sunday night. A pipe in the ceiling. He's been there since six this morning with a wet vac.
LS: Was it one of ours? The pipe?
MO: It was one of ours, Lenny, yes. Don't.
LS: I'm only asking.
IB: Poor Ewan. Did he say anything about his actions?
MO: He said to say he hasn't started the phone profile, the Intune thing. He's still aiming for Friday, but he's got no servers at the moment, so.
IB: Understood. Dorcas, shall we start with you, since it's the big one?
DK: Go on then. Members met last night, at the Cragside branch meeting. Forty-odd turned up, which for us is a lot. | They'll go with it. On conditions. Three conditions.
IB: Okay.
DK: One. Location only between on my way and job complete, like Anneliese said. Nothing between jobs, nothing on breaks, nothing going home. | Two. Nothing kept longer than thirty days. Three. It is never used in a disciplinary, or a capability, or anything like that, without a rep in the room. Not ever.
MO: Then that's agreed. Location only on the job, thirty days, and never in a disciplinary without a rep. We can live with all three, Dorcas.
DK: In writing. I said last time. A letter, signed by Alastair, not an email from the project.
MO: Yes. I'll write the side letter for Dorcas and get it to Alastair to sign by Friday.
IB: Friday the sixth. Thank you, Mags.
DK: When I've got that letter, signed, I'll tell the lads to log in. Not before. But I'll tell them the vote went through, they'll hear it anyway.
LS: They've already heard. Tosh was at the meeting.
DK: Tosh is at every meeting. Tosh would go to the opening of an envelope.
IB: That's brilliant, Dorcas, thank you. Really. That's been the one I've been worried about.
DK: Don't thank me yet. If that letter's different from what Mags just said, I'll be back on here.
IB: Noted. Parveen, the DPIA?
PL: It's gone. I sent the DPIA to Crispin on Thursday. And I'd already put Anneliese's thirty days in it, so Dorcas's conditions are mostly there. | He's come back already, actually. Crispin's come back with nine questions, mostly about the thirty days and who can see the map. I'll answer Crispin's questions by Friday.
IB: Friday the sixth. And does he sign it after that? Is that it?
PL: Depends what he thinks of my answers. He's thorough. He once sent a DPIA back because we'd spelt pseudonymised two different ways.
IB: Okay. Mags, the phones. Anything from Alastair?
MO: Yes, actually. He emailed me at ten o'clock on Friday night, which, you know, fine. Gwen's signed off the phones. The order went in on Friday. Forty handsets. Ewan asked for a couple of spares.
IB: That's great news.
LS: When do they come?
MO: A week, the supplier says.
IB: Dami, Quadra?
DF: Quadra's licence key came on Friday. A week early, which I didn't know Quadra could do. | And I've had the job feed running this morning. Forty test jobs have come through from Quadra into Taskwise. Addresses, SORs, priorities, all of it.
AV: And they've landed on the board. I can see them. Tracey's pretend boiler's not there, because that was only in our system.
TH: My poor boiler.
IB: Brilliant. And the text reminders? That was the sixth.
DF: Yeah. It's, I'm about a third of the way. The fax number's the least of it.
TH: Can I ask something about that? Do we actually need the texts for the pilot? Because Textvault's contract ends in December and we're not renewing it. Gwen's already said. | So Dami's building something against a thing that stops in seven weeks.
MO: Is that right?
TH: It's right. It was in the savings list. Before you started, Mags.
MO: Then no texts for the pilot. Tracey's lot ring the tenants the day before, like they did before Textvault. We'll do texts properly when there's a new provider.
TH: Twelve plumbers, five or six jobs a day each. That's seventy calls a day. We can do seventy.
IB: So, Dami, park the text reminders.
DF: Parking it. Happily. Whoever picks it up next year gets my notes and my sympathy.
IB: Thank you. Anneliese, the parts screen?
AV: Nearly there. Still Friday. Tosh is going to have a go on it and see if he can break it.
LS: He can break anything. He broke a kettle last week. How do you break a kettle?
IB: That's a great test. Parveen, Haldane. Anything from your solicitors?
PL: Our solicitors have got the Haldane variation. They've got questions on the liability clause, like I said. I'll get their comments back to Jasper by Friday.
IB: Friday the sixth. Jasper's not on today, he'll see it in the notes.
LS: Can I ask something? The phones. If the new ones are a week away, and then Ewan's got to do his thing. Could the lads not just put the app on their own phones in the meantime? Half of them have got better phones than we'd give them.
MO: No. Ewan would have a fit.
DK: And so would I. My members aren't putting a work tracking app on their own phones. That's not happening.
LS: Only asking.
MO: I know you were. The answer's no.
IB: Tracey, the script?
TH: Half done. I'll have it for Friday. I've used the word plumber nine times in one paragraph, so it needs work.
IB: Okay. Mags, you read the replan?
MO: I did. Thank you, Imelda. It's very honest. Alastair hasn't read it, I asked him in the Friday night email, and he didn't answer that bit.
IB: So, for everyone, the short version of it. If the DPIA's signed and the phones are enrolled by the thirteenth, the twenty-third still works. | If either of those slips, the earliest safe date is the seventh of December, because you don't go live with a new system the week before the Christmas shutdown.
LS: The thirteenth's a week on Friday.
IB: It is.
AV: Can I raise the training while we're on dates? If the twenty-third stands, the plumbers need training the week before. | I'll run the operative training at Cragside on the seventeenth and eighteenth. Six plumbers a day, so Lenny's still got six out on jobs each day.
LS: Seven on one of the days. Tosh is doing both.
AV: Of course he is.
LS: I'll book the training room at Cragside for you. I'll do it tomorrow, before somebody nicks it for the Christmas do planning.
IB: Tomorrow, the fourth. Thanks, Lenny. Dorcas, anything else from you before we go?
DK: Just the letter. I'm not being awkward. Well. I am being awkward. But I've been burnt.
MO: You'll have it. I'll get it to Alastair this week.
IB: Okay. Last thing. Status. I've had this amber for three weeks. I'm keeping it amber this week, because the union and the phones and Quadra have all moved. | But it's the dark end of amber. If the DPIA or the phones aren't there by next Tuesday, it goes red.
MO: That's fair. I'd say the same.
IB: Thanks everyone. Same time next week. Dorcas, thank you again.
DK: Ta-ra.
"""

CALLS[6] = """
IB: Morning, all. Alastair, lovely to see you. I know you've got to go at half past.
AP: Half past, the board. I'm all yours until then. Well. Most of me.
IB: Then let's do the big things first. Ewan, welcome back. How's the comms room?
EP: Dry. Mostly. We lost two switches and a UPS, and I've got a dehumidifier that sounds like a jet engine. So if you hear that, that's what it is.
IB: Sorry, that sounds grim. Okay. So where we are on the things that decide the date. Parveen, the DPIA.
PL: I answered Crispin's nine questions on Thursday. All nine. He came back on Monday and he wants a legitimate interests assessment for the location data. | Which is another form. A separate form. Before he'll sign the DPIA.
AP: Another form.
PL: Another form. He says it's three or four pages. It's never three or four pages.
IB: Okay. Ewan, the phones. Lenny, have they come?
LS: They came Friday. Forty phones in boxes, in a cage in my office. The lads keep coming in and looking at them like it's Christmas.
EP: And I'll be honest, I haven't done the Intune profile. I've had a flood. I haven't opened it. | And I'm not going to give you a date, because I'll only miss it, and then we'll be having this conversation again.
AP: Ewan, it's the phones. Without the profile nobody can use them.
EP: I know what it is, Alastair. I've got one other person, and she's been drying out a comms room with me since Sunday week.
IB: Okay. Let me put it plainly, then. I said last week, if the DPIA and the phones weren't there by the thirteenth, the twenty-third isn't safe. They're not going to be there. | The DPIA needs another form and Crispin's sign-off, and the phones aren't enrolled.
AP: What's the option?
IB: There's two. We could keep the twenty-third for the contact centre only, so Tracey's team books in Taskwise, and the plumbers stay on paper job sheets until the app's ready.
TH: Please don't. That's two systems for my team and paper for the lads. That's Jobmaster all over again.
IB: Or we move the whole pilot to the seventh of December, the earliest safe date before the Christmas shutdown.
AP: Okay. I'm making a call. The pilot goes live on Monday the seventh of December. Contact centre and the Cragside plumbers together, properly, in one go. | And the electricians and joiners go in February, not January. I'm not having them start the week everyone's back from Christmas.
MO: Thank you.
IB: Okay. The seventh of December for the pilot, February for the other two trades. I'll send the revised plan with the seventh by Friday.
AV: Then training moves as well. I'll do the operative training on the first and second of December instead. Same room, if Lenny can move it.
LS: The room's booked. I booked it Wednesday. Moving it's two clicks. It's the room with the broken heater, mind.
AV: Thanks for the room, Lenny. Bring a coat, everyone.
AP: Right. The union. Where's that?
MO: The members voted yes, with three conditions, last Monday. Dorcas wants it in a letter, signed by you. The side letter's written. It's been on your desk since Thursday.
AP: It's on my desk?
MO: It's on your desk. In the green folder. Under the inspection report.
AP: Okay. Okay. I'll sign Dorcas's letter by Thursday. I'll read it first, mind.
MO: Read it, sign it. Dorcas won't let the lads log in until it's signed.
IB: Thursday the twelfth. Thank you. Parveen, when's the legitimate interests one?
PL: I'll do the legitimate interests assessment and get it to Crispin by Wednesday week. I've got the gas tender coming back on Monday.
IB: Wednesday the eighteenth. Alastair, one more while we've got you. Haldane.
AP: Is that the van stock one?
JC: Morning, Alastair. Jasper, from Haldane. Yes, that's us.
AP: Morning. Where is it?
JC: Honestly, I haven't had anything back on the variation. Parveen was going to send me your solicitors' comments on Friday.
PL: Our solicitors have still got it. I chased them on Friday and again yesterday. It's the liability clause. I can't make them go any faster, they charge us either way.
AP: Do we actually need Haldane for the seventh?
DF: No. Mags decided we go without it. The plumbers key in their parts on Anneliese's screen.
AV: Which Tosh has tried, by the way.
LS: He has. Tosh had a go on the parts screen on Friday. He says it's fine if you've got small fingers, which he hasn't. | But he used it, he didn't break it, and that's a first for Tosh.
AP: Good. Then Haldane isn't my problem this month. Sorry, Jasper.
JC: No offence taken. Once I've got the signed variation I can have a test key to Dami in a couple of days. Honestly. It's just getting it signed.
AP: Right, I have to go. The board want to know why we've moved the date.
IB: Tell them it's the DPIA and the phones.
AP: I'll tell them it's Ewan's flood.
EP: Thanks, Alastair.
AP: I'm joking. I'll tell them it's the form. Bye, all.
MO: Bye.
IB: Okay, he's gone. Quick run round the rest. Tracey, the script.
MO: I've read it. It's on the Teams channel. It's good, Tracey. There are fewer plumbers in it.
TH: I took six out. There's three left. It's a script about plumbers, there has to be some.
IB: Good. Dami, Quadra?
DF: Going well, actually. Jobs come in, and as of yesterday completions go back. I closed a test job on a phone and it showed as complete in Quadra's test system about forty seconds later. | Ruaridh was on the phone with me when it did it, and he said, and I quote, oh.
MO: That's the most excited Ruaridh's ever been.
IB: That's good news. Okay, I need to say this out loud. The report goes red this week.
MO: Amber.
IB: Mags.
MO: I know. I know. Okay, red.
IB: We've moved the pilot two weeks. The DPIA isn't signed, and there's another form in front of it. The phones are in a cage with no profile and no date. | The union letter isn't signed. The Haldane variation is sitting with your solicitors. And the sponsor's been on three calls out of six, and never for a whole one. That's red.
LS: Put that last bit in small writing.
IB: It'll be in the same size writing as the rest.
EP: For what it's worth, I'll try and look at the profile this week. I can't promise anything.
IB: I'll take try. Okay. Anything else?
TH: Connie says hello. She's stopped crying.
IB: Tell Connie I'm very glad. Thanks, everyone. Same time next week.
JC: Cheers, all.
"""

# ----------------------------------------------------------------------------------------------------------------
# The answer key. gold.json is written from these structures (same keys and shapes as harwick/gold.json).
ENGAGEMENT = "Fellbrook Homes Taskwise Repairs Scheduling"
DESCRIPTION = (
    "Fellbrook Homes, a housing association of about 9,000 homes, replaces its repairs contact-centre booking "
    "(appointments booked by hand against Quadra, its housing management system) with Taskwise, a vendor's cloud "
    "job-scheduling system, and a mobile app for its 64 in-house repair operatives (plumbers, electricians, joiners; "
    "two depots, Cragside and Tannery Lane). Integrations: Quadra (jobs out, completions back; Quadra Systems charge "
    "for an API integration module, and Quadra sits behind Fellbrook's firewall), Haldane Trade Supplies' van-stock "
    "service StockPoint (needs a contract variation; the contract's owner left in June), and Textvault text reminders. "
    "The app shows an operative's location during a job, so a DPIA must be signed off by the external DPO, and the "
    "operatives' union (BTWU) tells them not to log in until it has agreed terms in writing. Nobody owns the DPIA or "
    "the Haldane contract at first; 38 of the 64 phones are too old. The sponsor (Director of Property Services) "
    "attends parts of three of the six calls; the Head of Repairs, the customer lead, is buried in disrepair claims. "
    "Six weekly Microsoft Teams calls on Tuesdays, exported as WebVTT."
)

PEOPLE = {
    "Imelda Brannagh": "vendor (Taskwise) project manager, host; all calls",
    "Dami Fashola": "vendor (Taskwise) integration engineer: the Quadra API and job feed, StockPoint (van stock), the Textvault text reminders; all calls",
    "Anneliese Vogt": "vendor (Taskwise) implementation consultant: test system, scheduling rules, the one-page sheet for the union, the parts-used screen, operative training; all calls",
    "Alastair Penrose": "Fellbrook Director of Property Services, sponsor. Call 1 joins late and leaves early; call 2 apologies (regulator inspection prep); call 3 joins for the last part; call 4 absent with no word (his car is in the car park); call 5 apologies (Ombudsman meeting); call 6 first half only (the board). Rules D1, D3 and D8",
    "Marguerite Ogundipe": "Fellbrook Head of Repairs, customer lead, called 'Mags' by everyone (Teams shows Marguerite); overloaded with disrepair claims; joins call 2 late, leaves call 4 early; takes the DPIA in call 2 and hands it to Parveen in call 4; relays Parveen (call 2), Alastair (calls 2 and 5) and Ewan (call 5); rules D4, D5, D6, D7",
    "Ewan Pilkington": "Fellbrook IT infrastructure manager (IT is Ewan and Sal); single sign-on, the firewall change through CAB, the Intune profile for the new phones; absent from call 5 (comms room flood)",
    "Tracey Holbeck": "Fellbrook repairs contact centre team leader (14 advisors); SOR codes, slots (D2), the advisors' script, the out-of-hours job list",
    "Lenny Stirrup": "Fellbrook trades supervisor (64 operatives); operatives list, pilot plumbers, the training room; relays Dorcas in call 4",
    "Parveen Lodhi": "Fellbrook governance and procurement officer; finds the Haldane contract, raises the Quadra PO, takes over the DPIA in call 4, the Haldane variation with Fellbrook's solicitors; absent from call 2 (Mags relays)",
    "Jasper Coldwell": "Haldane Trade Supplies account manager (van stock, StockPoint); outside party; calls 2, 4 and 6",
    "Dorcas Kettlewell": "BTWU branch secretary for the operatives (the union); outside party; joins by the meeting link as a guest, so Teams shows 'Dorcas Kettlewell (Guest)'; calls 3 and 5",
}

ATTENDANCE = {
    "1": ["Imelda", "Dami", "Anneliese", "Marguerite", "Ewan", "Tracey", "Lenny", "Parveen", "Alastair"],
    "2": ["Imelda", "Dami", "Anneliese", "Marguerite", "Ewan", "Tracey", "Lenny", "Jasper"],
    "3": ["Imelda", "Dami", "Anneliese", "Marguerite", "Ewan", "Tracey", "Lenny", "Parveen", "Dorcas", "Alastair"],
    "4": ["Imelda", "Dami", "Anneliese", "Marguerite", "Ewan", "Tracey", "Lenny", "Parveen", "Jasper"],
    "5": ["Imelda", "Dami", "Anneliese", "Marguerite", "Tracey", "Lenny", "Parveen", "Dorcas"],
    "6": ["Imelda", "Dami", "Anneliese", "Marguerite", "Ewan", "Tracey", "Lenny", "Parveen", "Jasper", "Alastair"],
    "note": ("Alastair (sponsor) joins call 1 late (exec meeting) and leaves for the chief executive; sends apologies "
             "to call 2 (regulator inspection prep; Mags relays C6's new date); joins call 3 for its last part (from "
             "the inspectors); absent from call 4 with no word (Tracey saw his car in the car park); apologies for "
             "call 5 (Ombudsman meeting in Leeds; Mags relays C16 done); attends the first half of call 6 and leaves "
             "for the board. Marguerite ('Mags') joins call 2 late (solicitors) and leaves call 4 early (barrister). "
             "Parveen is absent from call 2 (Mags relays C2's slip). Ewan sends apologies to call 5 (comms room "
             "flood; Mags relays). Outside parties: Jasper (Haldane) calls 2, 4, 6; Dorcas (BTWU, shown as "
             "'Dorcas Kettlewell (Guest)') calls 3 and 5. Mentioned, never present: Sal (Ewan's network engineer), "
             "Gwen (finance director), Crispin (external DPO), Ruaridh (Quadra Systems), Clive (left stores in June), "
             "Tosh (a Cragside plumber), Connie (an advisor), the chief executive, Nightjar Response (out-of-hours "
             "contractor), Textvault (text provider), transport, Haldane's commercial and legal teams, Fellbrook's "
             "solicitors, the BTWU members."),
}

# Commitments: (id, owner, task, first_call, due, quote, keywords, events, extra, note).
# SAID_BY names the speaker of a quote that is not the owner's own (none here: every promise is said by its owner).
SAID_BY = {}


def C(id, owner, task, first_call, due, quote, keywords, events, note, **extra):
    d = dict(id=id, owner=owner, task=task, first_call=first_call, due=due, quote=quote, keywords=keywords,
             events=events, note=note)
    d.update(extra)
    return d


def done(c):
    return {"call": c, "type": "done"}


def slip(c, d):
    return {"call": c, "type": "slipped", "new_due": d}


COMMITMENTS = [
    C("C1", "Dami", "send Quadra (the housing management system supplier) the list of API calls Taskwise needs, so they will quote for the integration module",
      1, "2026-10-09",
      "So I'll send Quadra the list of API calls we need by Friday, and then at least the ball's in their court.",
      ["quadra", "list", "api", "calls", "friday"], [done(2)],
      "'by Friday' on Tue 10-06 = 10-09 (Imelda: 'Friday the ninth'). Call 2 done: 'I sent Ruaridh the list of API calls on Thursday. Thirty-one calls'; Mags later relays that Ruaridh has it and has quoted."),
    C("C2", "Parveen", "find the Haldane (van stock) contract and send it to Imelda",
      1, "2026-10-08",
      "Go on, I'll dig out the Haldane contract and send it to you by Thursday, Imelda.",
      ["dig", "haldane", "contract", "thursday", "imelda"], [slip(2, "2026-10-16"), done(3)],
      "Call 2 (Parveen absent), relayed slip by Mags: 'It's in the archive boxes in the basement at Fellbrook House ... So she says Friday for you, Imelda.' / 'Friday the sixteenth.' Call 3 done, by the recipient: 'I got the contract, thank you. Friday evening. Forty-two pages, some of them upside down.'"),
    C("C3", "Tracey", "send Anneliese the SOR (schedule of rates) job codes and the current appointment slot patterns",
      1, "2026-10-09",
      "I'll send you the SOR list and our slot patterns by Friday.",
      ["sor", "list", "slot", "patterns", "friday"], [done(2)],
      "Call 2 done, by the recipient before Tracey speaks: 'I got the SOR spreadsheet on Friday. All eleven hundred and forty lines of it.'"),
    C("C4", "Lenny", "send Anneliese the operatives list (names, trades, depots) with the van registrations",
      1, "2026-10-09",
      "I'll get you the operatives list with the van regs by Friday.",
      ["operatives", "list", "van", "regs", "friday"], [slip(2, "2026-10-19"), done(3)],
      "Call 2: 'transport still haven't given me the van regs ... I'll have it all to Anneliese on Monday' / 'Monday the nineteenth.' (slip). Call 3 done, by the recipient: 'Lenny, your list came through yesterday. Van regs and all.'"),
    C("C5", "Ewan", "set up single sign-on (the app registration) so Fellbrook staff can log into the Taskwise test system with their Fellbrook logins",
      1, "2026-10-14",
      "That's an app registration our end. Half an hour's work, once I find the half hour. I'll have it set up by next Wednesday.",
      ["app", "registration", "set", "wednesday"], [slip(2, "2026-10-16"), done(3)],
      "'next Wednesday' on Tue 10-06 = 10-14 (Imelda: 'Wednesday the fourteenth'). Call 2: 'Not yet. We had a core switch go at Tannery Lane ... Friday.' / 'This Friday, the sixteenth?' / 'This Friday.' (slip). Call 3 done, by use, before Ewan speaks: Tracey 'I logged into the test system yesterday with my normal Fellbrook password. So whatever Ewan did, it worked.'"),
    C("C6", "Alastair", "send an email to all repairs staff introducing the project (what it is and what it is not)",
      1, "2026-10-09",
      "I'll send an email to all the repairs staff introducing the project by Friday.",
      ["email", "repairs", "staff", "introducing", "project", "friday"],
      [slip(2, "2026-10-15"), slip(3, "2026-10-21"), done(4)],
      "The sponsor, in call 1 for a few minutes. Call 2 (Alastair absent), relayed by Mags: 'He says it'll go on Thursday.' / 'Thursday the fifteenth, then.' Call 3: 'It's written. It's sitting in my drafts. I'll send it first thing tomorrow morning.' (slip to 10-21, the second). Call 4 done, by Lenny: 'It went. Wednesday morning, seven o'clock. The lads got Alastair's email'."),
    C("C7", "Imelda", "send round the RAID log with the unowned items (the DPIA, the Haldane contract)",
      1, "2026-10-07",
      "I'll send round the RAID log with the unowned items by tomorrow, so at least they're written down somewhere other than my notepad.",
      ["raid", "log", "unowned", "items", "tomorrow"], [done(2)],
      "Call 2 done, by Imelda: 'The RAID log I sent round on Wednesday. I can see who's opened it, by the way. Three of you.'"),
    C("C8", "Anneliese", "set up the Taskwise test system with Fellbrook's trades and patches",
      1, "2026-10-16",
      "And I'll set up the test system with your trades and your patches, so you've all got something to click on. Friday week, so the sixteenth.",
      ["test", "system", "trades", "patches", "sixteenth"], [done(3)],
      "Call 3 done, by use: Tracey 'I booked a pretend boiler repair for my own house.' / Anneliese 'the test system's up, with the three trades and the patches'."),
    C("C9", "Jasper", "send Dami the StockPoint API documentation",
      2, "2026-10-16",
      "That's not a secret. I'll send Dami the StockPoint API documentation by Friday.",
      ["dami", "stockpoint", "api", "documentation", "friday"], [done(3)],
      "Outside party (Haldane). Call 3 (Jasper absent) done, by the recipient: 'Jasper's docs came on Thursday. They're from twenty seventeen'."),
    C("C10", "Jasper", "get Haldane's commercial team to send Parveen the contract variation that lets StockPoint share data with Taskwise",
      2, "2026-10-30",
      "I'll get our commercial team to send the variation over to Parveen by the thirtieth.",
      ["commercial", "team", "variation", "parveen", "thirtieth"], [done(4)],
      "'by the thirtieth. End of the month' / Imelda 'Friday the thirtieth.' Call 4 done: Jasper 'Our commercial team sent the variation to Parveen yesterday afternoon.' / Parveen 'I've got it. Twelve pages.' The variation still has to be reviewed, signed and countersigned (B2 open)."),
    C("C11", "Marguerite", "write the DPIA (data protection impact assessment) for the app's location data",
      2, "2026-10-23",
      "Fine. Fine. Give it here. I'll do the DPIA. I'll get it done by the end of next week.",
      ["dpia", "done", "end", "next", "week"],
      [slip(3, "2026-10-30"), {"call": 4, "type": "reassigned", "new_owner": "Parveen"}, slip(4, "2026-11-06"), done(5)],
      "Unowned in call 1; Mags ('Marguerite' in Teams) takes it in call 2. 'end of next week' on 10-13 = Fri 10-23 (Imelda: 'Friday the twenty-third'). Call 3: 'I haven't started it ... Give me until the end of next week.' / 'Friday the thirtieth, then.' (slip). Call 4: 'I've opened the template ... I can't do it.' Parveen: 'Give it to me. I do the data protection returns anyway ... I'll finish the DPIA and get it to Crispin by Friday week.' / Imelda 'So the DPIA's Parveen's now. Friday the sixth.' REASSIGNED to Parveen, slip to 11-06. Call 5 done, by Parveen: 'I sent the DPIA to Crispin on Thursday.' Crispin's sign-off is a separate matter (B4 stays open).",
      reassigned_to=["Parveen"]),
    C("C12", "Ewan", "get the firewall change (a rule letting Taskwise reach the Quadra server) through Thursday's change advisory board (CAB)",
      2, "2026-10-15",
      "I'll get the firewall change on Thursday's CAB.",
      ["firewall", "change", "thursday's", "cab"], [done(3)],
      "Call 3 done: 'CAB passed it. Sal's putting the rule in on Saturday night in the change window.' The rule itself goes in that Saturday; B6 clears in call 4."),
    C("C13", "Anneliese", "write a one-page sheet on what the app records and does not record, for the operatives and the union",
      2, "2026-10-16",
      "I'll write a one-page sheet on what the app records and what it doesn't, for the lads and for Dorcas, by Friday.",
      ["one-page", "sheet", "app", "records", "dorcas", "friday"], [done(3)],
      "Call 3 done, by the recipient: Dorcas 'I've had Anneliese's sheet, yes. It's very nicely laid out. It doesn't answer my question.'"),
    C("C14", "Lenny", "ask Dorcas (BTWU) to join next week's call",
      2, "2026-10-20",
      "Yeah, I'll ask her to come next week.",
      ["ask", "come", "next", "week"], [done(3)],
      "'next week' on 10-13 = the call of 10-20. Call 3 done, by presence: Dorcas joins as a guest, 'I came in on the link Lenny sent.'"),
    C("C15", "Marguerite", "put a paper on replacing the old handsets in front of Alastair",
      2, "2026-10-16",
      "I'll put a paper on the handsets in front of Alastair by Friday.",
      ["paper", "handsets", "alastair", "friday"], [done(3)],
      "Call 3 done, by the recipient: Alastair 'Mags, I've got your paper on the phones. It's on my desk. I've read it. Well, I've read the first page.'"),
    C("C16", "Alastair", "take the handset money (about 6,100 pounds) to Gwen, the finance director, and get it approved",
      3, "2026-10-23",
      "That's Gwen's. I'll take it to Gwen and get the handsets approved by Friday.",
      ["gwen", "handsets", "approved", "friday"], [done(5)],
      "Imelda: 'Friday the twenty-third.' Call 4 (Alastair absent, no word): Mags 'Nothing. I've emailed him twice. Gwen's PA says it's not been to Gwen.' (overdue, no new date; the only overdue item as of 10-28). Call 5 done, relayed by Mags: 'He emailed me at ten o'clock on Friday night ... Gwen's signed off the phones. The order went in on Friday.' Clears B5."),
    C("C17", "Dorcas", "take the location-data proposal (location only during a job, deleted after 30 days) to the BTWU members at the branch meeting",
      3, "2026-10-29",
      "I'll take it to the members at the branch meeting on Thursday week, the twenty-ninth.",
      ["members", "branch", "meeting", "twenty-ninth"], [slip(4, "2026-11-02"), done(5)],
      "Outside party (the union). Call 4 (Dorcas absent), relayed slip by Lenny: 'The branch meeting's moved to Monday the second, because half the committee are away for half-term.' / 'Okay, so Monday the second.' Call 5 done: 'Members met last night ... They'll go with it. On conditions.' (D7). The log-in ban (B3) still waits on the signed letter."),
    C("C18", "Dami", "build the day-before text reminders from Taskwise through Textvault",
      3, "2026-10-30",
      "So I'll build the text reminders from Taskwise through Textvault. I'll have it working in test by the thirtieth.",
      ["text", "reminders", "taskwise", "textvault", "test", "thirtieth"],
      [slip(4, "2026-11-06"), {"call": 5, "type": "dropped"}],
      "Call 4: 'Textvault's API is, um, let's say it's vintage ... I'm going to need till the sixth.' / 'Friday the sixth.' (slip). DROPPED in call 5 by D6 (Textvault's contract ends in December): Imelda 'So, Dami, park the text reminders.' / Dami 'Parking it. Happily.' Not overdue, not open.",
      dropped_call=5),
    C("C19", "Lenny", "pick the twelve Cragside plumbers for the pilot and send Anneliese their names",
      3, "2026-10-23",
      "I'll pick the twelve for the pilot and send Anneliese the names by Friday.",
      ["pick", "twelve", "pilot", "anneliese", "names", "friday"], [done(4)],
      "Call 4 done, by the recipient: 'I've got them. Lenny sent them Thursday. Twelve names. Well, thirteen. Tosh is on there twice.'"),
    C("C20", "Parveen", "raise the purchase order for Quadra's integration module (after D3)",
      3, "2026-10-23",
      "Everything needs a PO. I'll raise the PO for Quadra by Friday.",
      ["po", "quadra", "friday", "raise"], [done(4)],
      "Call 4 done, reported by Dami before Parveen speaks: 'Quadra have got Parveen's PO. Ruaridh emailed me on Friday to say thank you for your order' / Parveen 'It went on Thursday.'"),
    C("C21", "Anneliese", "add a parts-used screen to the app so the pilot plumbers can key in parts (D5)",
      4, "2026-11-06",
      "Then I'll add a parts-used screen to the app for the pilot, so they can pick the part and the quantity. Friday week, the sixth.",
      ["parts-used", "screen", "app", "pilot", "sixth"], [done(6)],
      "'Friday week, the sixth' on 10-27 = 11-06. Call 5: 'Nearly there. Still Friday.' (restatement). Call 6 done, by Lenny: 'Tosh had a go on the parts screen on Friday ... he used it, he didn't break it'."),
    C("C22", "Ewan", "build the Intune (device management) profile for the new phones so they can be enrolled before use",
      4, "2026-11-06",
      "I'll build the Intune profile for the new phones by Friday week, so it's ready whenever they land.",
      ["intune", "profile", "phones", "friday", "week"], [],
      "'by Friday week' on 10-27 = 11-06 (Imelda: 'Friday the sixth'). Call 5 (Ewan absent, flood), relayed by Mags: 'he hasn't started the phone profile ... He's still aiming for Friday' (restatement). Call 6: 'I haven't done the Intune profile. I've had a flood ... I'm not going to give you a date' and 'I'll try and look at the profile this week. I can't promise anything' (no new date). OVERDUE; the forty new phones sit in a cage unusable."),
    C("C23", "Tracey", "write the new script for the contact centre advisors (AM/PM slots, the plumber's on his way)",
      4, "2026-11-06",
      "I'll have the new script for the advisors written by the end of next week.",
      ["new", "script", "advisors", "written", "end", "week"], [done(6)],
      "'end of next week' on Tue 10-27 = Fri 11-06 (Imelda: 'Friday the sixth'). Call 5: 'Half done. I'll have it for Friday.' (restatement). Call 6 done, by Mags: 'I've read it. It's on the Teams channel. It's good, Tracey.'"),
    C("C24", "Tracey", "send Dami the list of out-of-hours job types (SORs) that stay with Nightjar, so they are not pulled in from Quadra",
      4, "2026-10-29",
      "I'll send you the list of out-of-hours job types by Thursday.",
      ["list", "out-of-hours", "job", "types", "thursday"], [],
      "Imelda: 'Thursday the twenty-ninth.' Follows D4. Never mentioned again: silently OVERDUE."),
    C("C25", "Imelda", "produce a replan for Alastair showing what the DPIA and the phones do to the 23 November date",
      4, "2026-10-30",
      "So I'll do a replan showing what the DPIA and the phones do to the twenty-third, for Alastair, by Friday.",
      ["replan", "dpia", "phones", "twenty-third", "alastair", "friday"], [done(5)],
      "Imelda: 'Friday the thirtieth.' Call 5 done, by a recipient: Mags 'I did. Thank you, Imelda. It's very honest. Alastair hasn't read it'."),
    C("C26", "Parveen", "answer the DPO Crispin's nine questions on the DPIA",
      5, "2026-11-06",
      "Crispin's come back with nine questions, mostly about the thirty days and who can see the map. I'll answer Crispin's questions by Friday.",
      ["crispin's", "questions", "friday", "nine"], [done(6)],
      "Call 6 done: 'I answered Crispin's nine questions on Thursday. All nine.' But Crispin then asks for a legitimate interests assessment before he signs (C33; B4 open)."),
    C("C27", "Parveen", "get Fellbrook's solicitors' comments on the Haldane variation back to Jasper",
      5, "2026-11-06",
      "Our solicitors have got the Haldane variation. They've got questions on the liability clause, like I said. I'll get their comments back to Jasper by Friday.",
      ["solicitors", "haldane", "variation", "comments", "jasper", "friday"], [],
      "Imelda: 'Friday the sixth.' Call 6: Jasper 'I haven't had anything back on the variation.' / Parveen 'Our solicitors have still got it ... I can't make them go any faster' (no new date). OVERDUE; B2 open."),
    C("C28", "Anneliese", "run the operative training for the pilot plumbers at Cragside",
      5, "2026-11-17",
      "I'll run the operative training at Cragside on the seventeenth and eighteenth.",
      ["operative", "training", "cragside", "seventeenth", "eighteenth"], [slip(6, "2026-12-01")],
      "Said on 11-03 for 17-18 November, before the 23 November pilot. Call 6, after D8 moves the pilot: 'Then training moves as well. I'll do the operative training on the first and second of December instead.' (slip to 12-01). OPEN, not yet due."),
    C("C29", "Marguerite", "write the side letter to the union confirming D7's conditions and get it to Alastair to sign",
      5, "2026-11-06",
      "I'll write the side letter for Dorcas and get it to Alastair to sign by Friday.",
      ["side", "letter", "dorcas", "alastair", "sign", "friday"], [done(6)],
      "Imelda: 'Friday the sixth.' Call 5: 'You'll have it. I'll get it to Alastair this week.' (restatement). Call 6 done (her part): 'The side letter's written. It's been on your desk since Thursday.' The signature is Alastair's (C32)."),
    C("C30", "Lenny", "book the training room at Cragside for the operative training",
      5, "2026-11-04",
      "I'll book the training room at Cragside for you. I'll do it tomorrow, before somebody nicks it for the Christmas do planning.",
      ["book", "training", "room", "cragside", "tomorrow"], [done(6)],
      "'tomorrow' on 11-03 = 11-04 (Imelda: 'Tomorrow, the fourth'). Call 6 done: 'The room's booked. I booked it Wednesday.' / Anneliese 'Thanks for the room, Lenny.'"),
    C("C31", "Imelda", "send the revised plan with the 7 December pilot date (D8)",
      6, "2026-11-13",
      "I'll send the revised plan with the seventh by Friday.",
      ["revised", "plan", "seventh", "friday"], [],
      "'by Friday' on 11-10 = 11-13. OPEN, not yet due."),
    C("C32", "Alastair", "sign the side letter to the union (Dorcas) confirming the location-data conditions",
      6, "2026-11-12",
      "I'll sign Dorcas's letter by Thursday.",
      ["sign", "dorcas's", "letter", "thursday"], [],
      "Imelda: 'Thursday the twelfth.' The letter has been on his desk since Thursday 11-05 ('In the green folder. Under the inspection report.'). Until it is signed the union will not let the plumbers log in (B3). OPEN, not yet due."),
    C("C33", "Parveen", "write the legitimate interests assessment that Crispin (the DPO) wants before he signs the DPIA, and send it to him",
      6, "2026-11-18",
      "I'll do the legitimate interests assessment and get it to Crispin by Wednesday week.",
      ["legitimate", "interests", "assessment", "crispin", "wednesday", "week"], [],
      "'Wednesday week' on 11-10 = 11-18 (Imelda: 'Wednesday the eighteenth'). OPEN, not yet due."),
]

# (call, speaker, quote, note)
NON_COMMITMENTS = [
    (1, "Ewan", "I'm happy to look at the technical bits if somebody sends it me. But I'm not writing it.",
     "conditional offer and a refusal: the DPIA stays unowned"),
    (1, "Alastair", "We'll get to it.", "vague, no owner, no date; the DPIA is taken by Mags in call 2 (C11)"),
    (1, "Parveen", "I'll find the contract, but I'm not taking Haldane on.",
     "a refusal (the 'find the contract' part is C2, already promised): the Haldane contract stays unowned"),
    (1, "Ewan", "Then that's a question for next week. I'm not going to guess.", "deferral, not a task"),
    (2, "Jasper", "If someone signs it quickly, I could probably get you a test key the same week.",
     "conditional offer, depends on the variation being signed"),
    (2, "Ewan", "If CAB pass it, Sal can put it in at the weekend.", "conditional, about Sal; not a promise"),
    (2, "Marguerite", "Put them in red. He reads the red ones.", "a joke about the sponsor, not a task"),
    (3, "Parveen", "If the variation comes to me, I'll make sure it gets read by somebody who understands it. I'm not signing a supplier contract, that's not in my delegation.",
     "conditional offer and a refusal: nobody owns signing the Haldane variation"),
    (3, "Alastair", "Okay. Well, send it to me when it comes, and we'll see.", "vague; Tracey: 'He said we'll see.'"),
    (3, "Lenny", "I'll tell them to watch the kettle, then. That's where the notices go.", "a joke"),
    (3, "Dorcas", "I'm not promising you a yes, mind.", "a hedge on C17, not a task"),
    (4, "Jasper", "I'll see if our legal can look at it quickly, but I can't promise anything.", "hedge, no promise"),
    (4, "Jasper", "No, just, once Parveen's solicitors have been through it, send it back to me and I'll walk it through our legal myself.",
     "conditional, depends on Fellbrook's solicitors (C27)"),
    (4, "Ewan", "Then I'm not doing anything about the Wi-Fi. I just wanted that minuted.", "a refusal"),
    (4, "Ewan", "Assuming nothing else floods.", "a joke; next week the comms room floods"),
    (5, "Dorcas", "When I've got that letter, signed, I'll tell the lads to log in. Not before.",
     "conditional: the log-in ban (B3) waits on the signed letter (C32)"),
    (5, "Dorcas", "If that letter's different from what Mags just said, I'll be back on here.", "conditional threat"),
    (5, "Dorcas", "My members aren't putting a work tracking app on their own phones. That's not happening.",
     "a refusal of Lenny's proposal"),
    (5, "Lenny", "He can break anything. He broke a kettle last week.", "anecdote about Tosh"),
    (6, "Jasper", "Once I've got the signed variation I can have a test key to Dami in a couple of days.",
     "conditional offer, depends on the variation (B2)"),
    (6, "Alastair", "I'll tell them it's Ewan's flood.", "a joke ('I'm joking. I'll tell them it's the form.')"),
    (6, "Ewan", "For what it's worth, I'll try and look at the profile this week. I can't promise anything.",
     "hedge on the overdue C22, no date: not a new commitment and not a slip"),
    (6, "Ewan", "And I'm not going to give you a date, because I'll only miss it",
     "a refusal to give a new date for C22"),
]

BLOCKERS = [
    dict(id="B1",
         what="Dami cannot get jobs out of Quadra (the housing management system) until Quadra Systems switch on the API, which needs a paid licence for their integration module (quoted 3,400 pounds in call 2)",
         party="Quadra Systems (the housing management system supplier)",
         party_aliases=["quadra", "ruaridh"],
         raised_call=1, cleared_call=5,
         quote="The problem is Quadra won't switch the API on without a licence for their integration module, and they haven't told us what that costs yet.",
         keywords=["quadra", "api", "licence", "integration", "module"],
         note="Raised by Dami. Call 2: quote relayed by Mags. Call 3: D3 pay from contingency; PO (C20). Call 4: Quadra have the PO, key in ten working days. Cleared call 5: 'Quadra's licence key came on Friday. A week early ... Forty test jobs have come through from Quadra into Taskwise.'"),
    dict(id="B2",
         what="No van-stock link to Haldane's StockPoint until Fellbrook signs a variation to its Haldane contract; nobody at Fellbrook owns the contract (its owner, Clive, left in June) and nobody will sign; then the variation sits with Fellbrook's solicitors",
         party="nobody at first (unowned contract); then Fellbrook's solicitors and Haldane Trade Supplies",
         party_aliases=["haldane", "jasper", "stockpoint", "solicitors", "parveen", "nobody", "unowned"],
         raised_call=1, cleared_call=None,
         quote="So for us to read the van stock out of StockPoint, Haldane have to give us access, and their account manager told me last week that needs a variation to your contract with them.",
         keywords=["van", "stock", "stockpoint", "haldane", "variation", "contract"],
         note="Raised by Dami; Imelda writes it down as unowned, Parveen refuses it. Call 2: Jasper explains; variation promised (C10). Call 4: variation arrives, liability clause; D5 works round it for the pilot. Call 6: 'I haven't had anything back on the variation' / 'Our solicitors have still got it.' OPEN at the end (C27 overdue)."),
    dict(id="B3",
         what="The operatives will not log into the app: the union (BTWU, Dorcas Kettlewell) has told them not to until it has seen what it records and then until the agreed conditions are in a letter signed by the sponsor",
         party="BTWU (the operatives' union, Dorcas Kettlewell); at the end, Alastair's signature on the side letter",
         party_aliases=["dorcas", "kettlewell", "btwu", "union", "alastair"],
         raised_call=2, cleared_call=None,
         quote="Dorcas has told the lads not to log into anything until the union's seen what it records.",
         keywords=["dorcas", "lads", "log", "union's", "records"],
         note="Raised by Lenny. Call 3: Dorcas 'no location at all'; Anneliese's compromise. Call 5: members vote yes with three conditions (D7) but 'When I've got that letter, signed, I'll tell the lads to log in. Not before.' Call 6: the letter is unsigned on Alastair's desk (C32, due 11-12); Mags 'Dorcas won't let the lads log in until it's signed.' OPEN at the end: the vote is not the clearance."),
    dict(id="B4",
         what="No go-live until a DPIA (data protection impact assessment) for the app's location data is signed off by Fellbrook's external DPO, Crispin; at first nobody owns writing it; at the end Crispin wants a legitimate interests assessment first",
         party="nobody at first (unowned); then Crispin, the external data protection officer",
         party_aliases=["crispin", "dpo", "data protection officer", "nobody", "unowned", "parveen"],
         raised_call=1, cleared_call=None,
         quote="Because the app shows where the operatives are while they're on a job, we need a data protection impact assessment signed off before we go live.",
         keywords=["data", "protection", "impact", "assessment", "signed", "live"],
         note="Raised by Imelda; IT and Parveen disown it, the sponsor 'We'll get to it.' Mags takes it (C11, call 2), hands it to Parveen (call 4), sent to Crispin (call 5), nine questions answered (C26, call 6), then a legitimate interests assessment (C33, due 11-18). OPEN at the end; the main reason for D8."),
    dict(id="B5",
         what="38 of the 64 operatives' phones are too old (Android 8) to run the app and IT has no budget to replace them; the money (about 6,100 pounds) needs the sponsor and Gwen, the finance director",
         party="Fellbrook finance (Gwen, finance director), via the sponsor Alastair",
         party_aliases=["gwen", "finance", "alastair"],
         raised_call=2, cleared_call=5,
         quote="Thirty-eight of the sixty-four phones are too old to run the app, and there's no money in my budget to replace them.",
         keywords=["phones", "old", "app", "money", "budget", "replace"],
         note="Raised by Ewan. Mags's paper (C15, done call 3); Alastair to take it to Gwen (C16, overdue in call 4). Cleared call 5, relayed by Mags: 'Gwen's signed off the phones. The order went in on Friday.' The phones arrive in call 6 but cannot be used until Ewan's Intune profile (C22, overdue) exists: a new problem, not this blocker."),
    dict(id="B6",
         what="Taskwise's cloud cannot reach Fellbrook's Quadra server (in Fellbrook's data centre) until a firewall rule is approved by Fellbrook's change advisory board (CAB) and put in",
         party="Fellbrook IT (Ewan; the change advisory board, CAB)",
         party_aliases=["ewan", "pilkington", "cab", "change advisory board", "sal", "firewall"],
         raised_call=2, cleared_call=4,
         quote="But even with a licence, our side can't get to your Quadra server at all until there's a firewall rule letting us in.",
         keywords=["side", "quadra", "server", "firewall", "rule"],
         note="Raised by Dami. C12: on Thursday's CAB; call 3: 'CAB passed it. Sal's putting the rule in on Saturday night'. Cleared call 4: 'the firewall rule's in. Sal did it Saturday night. I can see your Quadra test server from our side now. It just won't talk to me without the key.' (B1 still open)."),
]

DECISIONS = [
    dict(id="D1", call=1,
         text="Phased go-live: a pilot with the Cragside plumbers goes live on Monday 23 November; electricians and joiners after Christmas (January); not all three trades and the contact centre on 16 November as in the contract schedule (Alastair's ruling)",
         keywords=["plumbers", "cragside", "twenty-third", "november", "electricians", "joiners", "christmas"],
         quote="Right. Plumbers at Cragside go first, on Monday the twenty-third of November. Electricians and joiners after Christmas. That's the plan."),
    dict(id="D2", call=2,
         text="For the pilot, appointments are offered as morning and afternoon slots (8-12, 12-4), not Taskwise's two-hour windows (Tracey, agreed by Mags and Anneliese)",
         keywords=["pilot", "mornings", "afternoons", "eight", "twelve", "four", "slots"],
         quote="No. For the pilot it's mornings and afternoons, eight till twelve and twelve till four."),
    dict(id="D3", call=3,
         text="Pay Quadra the 3,400 pounds for the API integration module, out of the project contingency (Alastair)",
         keywords=["pay", "quadra", "contingency", "grand", "module"],
         quote="Pay Quadra. Take it out of the contingency. We're not holding the whole thing up for three and a half grand."),
    dict(id="D4", call=3,
         text="Out-of-hours emergency repairs stay with Nightjar Response on the phone as now; the pilot covers daytime repairs only; no Nightjar login to Taskwise (Mags)",
         keywords=["out", "hours", "nightjar", "phone", "pilot", "daytime", "repairs"],
         quote="No. Out of hours stays exactly as it is. Nightjar keep it, on the phone, same as now. The pilot is daytime repairs only."),
    dict(id="D5", call=4,
         text="The pilot goes live without the Haldane StockPoint van-stock link; plumbers key in the parts they used; the link is joined up once the contract variation is sorted (Mags)",
         keywords=["live", "without", "haldane", "plumbers", "type", "stockpoint", "contract"],
         quote="Then we go live without Haldane. The plumbers type in what they've used. We'll join it up to StockPoint when the contract's sorted."),
    dict(id="D6", call=5,
         text="No text reminders in the pilot (Textvault's contract ends in December and is not renewed); the contact centre phones tenants the day before instead; Dami's text reminders are parked (Mags, on Tracey's point)",
         keywords=["texts", "pilot", "ring", "tenants", "day", "textvault"],
         quote="Then no texts for the pilot. Tracey's lot ring the tenants the day before, like they did before Textvault."),
    dict(id="D7", call=5,
         text="Agreement with the union (BTWU) on location data: recorded only between 'on my way' and 'job complete', kept no more than 30 days, never used in a disciplinary without a rep present; to be confirmed in a letter signed by the sponsor (Dorcas's conditions, accepted by Mags)",
         keywords=["location", "job", "thirty", "days", "disciplinary", "rep"],
         quote="Then that's agreed. Location only on the job, thirty days, and never in a disciplinary without a rep. We can live with all three, Dorcas."),
    dict(id="D8", call=6,
         text="The pilot (contact centre and Cragside plumbers together) moves from 23 November to Monday 7 December; electricians and joiners move from January to February; Imelda's option of the contact centre alone on the 23rd is rejected (Alastair)",
         keywords=["pilot", "live", "seventh", "december", "electricians", "joiners", "february"],
         quote="The pilot goes live on Monday the seventh of December. Contact centre and the Cragside plumbers together, properly, in one go. And the electricians and joiners go in February, not January."),
]

# (call, speaker, text)
PROPOSALS = [
    (1, "Imelda", "everything live together (contact centre and the app for all three trades) on Monday 16 November, as in the contract schedule -- rejected (D1)"),
    (2, "Anneliese", "two-hour appointment windows from day one -- rejected by Tracey (D2)"),
    (3, "Dorcas", "no location data at all ('don't want to be tracked, full stop') -- not agreed; the compromise becomes D7"),
    (3, "Dami", "give Nightjar Response a login to Taskwise so out-of-hours jobs are booked straight into it -- rejected (D4)"),
    (4, "Dami", "a nightly CSV file of van stock from Haldane instead of the API -- refused by Jasper ('It's the API or nothing')"),
    (5, "Lenny", "let the operatives put the app on their own phones until the new ones arrive -- refused by Mags and Dorcas"),
    (6, "Imelda", "keep 23 November for the contact centre only, plumbers on paper job sheets until the app is ready -- rejected (Tracey objects; D8)"),
]

HONEST_STATUS = {
    "rag": "red",
    "acceptable": ["red", "amber"],
    "reasons": [
        "the pilot go-live moved in the last call from 23 November to 7 December, and the electricians and joiners from January to February (D8)",
        "the DPIA is still not signed: the DPO answered with a further form, a legitimate interests assessment due 11-18 (B4 open, C33)",
        "the forty new phones have arrived but cannot be used: Ewan's Intune profile, due 11-06, is not started and he refuses a date (C22 overdue)",
        "the union will not let the plumbers log in until the sponsor signs the side letter, which has sat on his desk since 11-05 (B3 open, C32)",
        "the Haldane contract variation is stuck with Fellbrook's solicitors, comments overdue since 11-06, so no van-stock link (B2 open, C27 overdue; D5 works round it with manual parts entry)",
        "Tracey's out-of-hours job list for Dami (due 10-29) is silently overdue (C24)",
        "the sponsor attended parts of three of the six calls and none in full (call 4 absent with no word); the customer lead is overloaded and handed the DPIA on; the PM calls it red and the customer lead concedes red",
        "positives: Quadra's API licence arrived and jobs and completions flow in test (B1 cleared), the firewall rule is in (B6 cleared), the handset money is approved and the phones delivered (B5 cleared), the union members voted yes (D7), the parts screen, the advisors' script and the test system are done",
    ],
}

# The key's summary lists, written by hand and checked against the events below.
OVERDUE_AS_OF = ["C22", "C24", "C27"]
OPEN_AT_END = ["C22", "C24", "C27", "C28", "C31", "C32", "C33"]
DROPPED = ["C18"]
REASSIGNED = {"C11": "Marguerite -> Parveen (call 4)"}
EARLY_OVERDUE = ["C16"]   # as of EARLY_AS_OF (the day after call 4); checked, not written to gold.json


# ----------------------------------------------------------------------------------------------------------------
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


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render(n):
    """A Teams transcript export: numbered cues, each one voice span <v Full Name>text</v>."""
    rnd = random.Random(4100 + n)
    t = 2.5 + rnd.random() * 4
    lines = ["WEBVTT", ""]
    k = 0
    for name, parts in turns(n):
        for i, part in enumerate(parts):
            k += 1
            dur = max(1.1, len(part.split()) / 2.6 + rnd.uniform(-0.2, 0.7))
            lines += [str(k), f"{ts(t)} --> {ts(t + dur)}", f"<v {name}>{esc(part)}</v>", ""]
            t += dur + (rnd.uniform(0.02, 0.09) if i < len(parts) - 1 else rnd.uniform(0.4, 2.2))
    return "\n".join(lines)


def first(name):
    """First name of a Teams label ("Dorcas Kettlewell (Guest)" is Dorcas)."""
    return name.split(" ")[0]


def merged(n):
    """(speaker first name, turn text with its cues joined by single spaces) -- what a quote is checked against."""
    return [(first(name), " ".join(parts)) for name, parts in turns(n)]


def toks(s):
    return re.findall(r"[a-z0-9][a-z0-9'\-]*", (s or "").lower())


def build_gold():
    commitments = []
    for c in COMMITMENTS:
        d = {k: c[k] for k in ("id", "owner", "task", "first_call", "due", "quote", "keywords", "events")}
        if c.get("reassigned_to"):
            d["reassigned_to"] = c["reassigned_to"]
        if c.get("dropped_call"):
            d["dropped_call"] = c["dropped_call"]
        d["note"] = c["note"]
        commitments.append(d)
    blockers = [{k: b[k] for k in ("id", "what", "party", "party_aliases", "raised_call", "cleared_call", "quote",
                                   "keywords", "note")} for b in BLOCKERS]
    decisions = [{k: d[k] for k in ("id", "call", "text", "keywords", "quote")} for d in DECISIONS]
    return {
        "engagement": ENGAGEMENT,
        "description": DESCRIPTION,
        "calls": {str(n): d for n, d in DATES.items()},
        "as_of": AS_OF,
        "people": PEOPLE,
        "attendance": ATTENDANCE,
        "commitments": commitments,
        "non_commitments": [dict(call=c, speaker=s, quote=q, note=n) for c, s, q, n in NON_COMMITMENTS],
        "blockers": blockers,
        "decisions": decisions,
        "proposals_not_agreed": [dict(call=c, speaker=s, text=t) for c, s, t in PROPOSALS],
        "honest_status": HONEST_STATUS,
        "overdue_as_of": OVERDUE_AS_OF,
        "open_at_end": OPEN_AT_END,
        "dropped": DROPPED,
        "reassigned": REASSIGNED,
    }


def state_at(c, as_of, dates):
    """(open?, current due) of a gold commitment counting only events at calls on or before as_of."""
    due, closed = c["due"], False
    for e in c["events"]:
        if dates[e["call"]] > as_of:
            break
        if e["type"] == "slipped":
            due = e["new_due"]
        elif e["type"] in ("done", "dropped"):
            closed = True
    return (not closed) and dates[c["first_call"]] <= as_of, due


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def check(gold):
    errs = []
    E = errs.append
    T = {n: merged(n) for n in CALLS}
    dates = {int(k): v for k, v in gold["calls"].items()}
    if dates != DATES:
        E("gold calls differ from DATES")
    for n, d in DATES.items():
        if datetime.date.fromisoformat(d).weekday() != 1:
            E(f"call {n} date {d} is not a Tuesday")
    if gold["as_of"] != str(datetime.date.fromisoformat(DATES[6]) + datetime.timedelta(days=1)):
        E("as_of is not the day after the last call")

    def said(call, quote, speaker=None):
        hits = [(sp, txt) for sp, txt in T[call] if quote in txt]
        if speaker is not None:
            hits = [h for h in hits if h[0] == speaker]
        return len(hits) >= 1

    # the calls themselves
    for n in CALLS:
        tt = turns(n)
        names = [nm for nm, _ in tt]
        if not 60 <= len(tt) <= 110:
            E(f"call {n}: {len(tt)} turns (want 60-110)")
        spk = {first(x) for x in names}
        if not 8 <= len(spk) <= 10:
            E(f"call {n}: {len(spk)} speakers (want 8-10)")
        for a, b in zip(names, names[1:]):
            if first(a) == first(b):
                E(f"call {n}: two turns in a row by {a}")
        for nm, parts in tt:
            for p in parts:
                if not p or any(ch in p for ch in "<>&|"):
                    E(f"call {n}: empty cue or markup character in a cue of {nm}: {p[:60]!r}")
        if sorted(spk) != sorted(gold["attendance"][str(n)]):
            E(f"call {n}: speakers {sorted(spk)} != attendance {sorted(gold['attendance'][str(n)])}")
    for full in gold["people"]:
        if not any(nm.startswith(full) for nm in NAMES.values()):
            E(f"person {full} has no Teams label")

    # commitments
    ids = [c["id"] for c in gold["commitments"]]
    if len(ids) != len(set(ids)) or ids != [f"C{i}" for i in range(1, len(ids) + 1)]:
        E("commitment ids not unique and in order")
    people_first = {p.split(" ")[0] for p in gold["people"]}
    overdue, open_end, dropped, reassigned = [], [], [], {}
    for c in gold["commitments"]:
        w = c["id"]
        speaker = SAID_BY.get(w, c["owner"])
        if c["owner"] not in people_first:
            E(f"{w}: owner {c['owner']} is not a person in the key")
        if not said(c["first_call"], c["quote"], speaker):
            E(f"{w}: quote not verbatim in a turn of {speaker} in call {c['first_call']}: {c['quote']!r}")
        qt = set(toks(c["quote"]))
        for k in c["keywords"]:
            if k != k.lower() or k not in qt:
                E(f"{w}: keyword {k!r} not a token of the quote")
        if len(c["keywords"]) < 3:
            E(f"{w}: fewer than 3 keywords")
        due = c["due"]
        if due is not None and due < dates[c["first_call"]]:
            E(f"{w}: due {due} before its first call")
        for k in c["keywords"]:
            if k in WEEKDAYS and due and WEEKDAYS[datetime.date.fromisoformat(due).weekday()] != k:
                E(f"{w}: keyword {k} but due {due} is a {WEEKDAYS[datetime.date.fromisoformat(due).weekday()]}")
        prev, closed, owner = c["first_call"], None, c["owner"]
        for e in c["events"]:
            if e["call"] <= c["first_call"] or e["call"] < prev:
                E(f"{w}: event {e} not after first_call or out of order")
            prev = e["call"]
            if closed:
                E(f"{w}: event {e} after the item was {closed}")
            if e["type"] == "slipped":
                if due and e["new_due"] <= due:
                    E(f"{w}: slip at call {e['call']} does not move the date later ({due} -> {e['new_due']})")
                if e["new_due"] <= dates[e["call"]]:
                    E(f"{w}: slip at call {e['call']} to {e['new_due']}, not past the call")
                due = e["new_due"]
            elif e["type"] == "done":
                closed = "done"
            elif e["type"] == "dropped":
                closed = "dropped"
                if c.get("dropped_call") != e["call"]:
                    E(f"{w}: dropped event and dropped_call disagree")
                dropped.append(w)
            elif e["type"] == "reassigned":
                if e["new_owner"] not in c.get("reassigned_to", []) or e["new_owner"] not in people_first:
                    E(f"{w}: reassigned event owner not in reassigned_to")
                reassigned[w] = f"{owner} -> {e['new_owner']} (call {e['call']})"
                owner = e["new_owner"]
            else:
                E(f"{w}: unknown event type {e['type']}")
        if c.get("dropped_call") and closed != "dropped":
            E(f"{w}: dropped_call without a dropped event")
        if c.get("reassigned_to") and w not in reassigned:
            E(f"{w}: reassigned_to without a reassigned event")
        if closed is None:
            open_end.append(w)
            if due and due < gold["as_of"]:
                overdue.append(w)
    if gold["overdue_as_of"] != overdue:
        E(f"overdue_as_of {gold['overdue_as_of']} != recomputed {overdue}")
    if gold["open_at_end"] != open_end:
        E(f"open_at_end {gold['open_at_end']} != recomputed {open_end}")
    if gold["dropped"] != dropped:
        E(f"dropped {gold['dropped']} != recomputed {dropped}")
    if gold["reassigned"] != reassigned:
        E(f"reassigned {gold['reassigned']} != recomputed {reassigned}")
    early = []
    for c in gold["commitments"]:
        is_open, due = state_at(c, EARLY_AS_OF, dates)
        if is_open and due and due < EARLY_AS_OF:
            early.append(c["id"])
    if early != EARLY_OVERDUE:
        E(f"early overdue as of {EARLY_AS_OF}: {early} != {EARLY_OVERDUE}")

    # non-commitments, blockers, decisions, proposals
    for x in gold["non_commitments"]:
        if not said(x["call"], x["quote"], x["speaker"]):
            E(f"non-commitment not verbatim in a turn of {x['speaker']} in call {x['call']}: {x['quote']!r}")
    bids = [b["id"] for b in gold["blockers"]]
    if len(bids) != len(set(bids)):
        E("duplicate blocker ids")
    for b in gold["blockers"]:
        if not said(b["raised_call"], b["quote"]):
            E(f"{b['id']}: quote not verbatim in a turn of call {b['raised_call']}: {b['quote']!r}")
        if b["cleared_call"] is not None and b["cleared_call"] <= b["raised_call"]:
            E(f"{b['id']}: cleared before or when raised")
        qt = set(toks(b["quote"]))
        for k in b["keywords"]:
            if k != k.lower() or k not in qt:
                E(f"{b['id']}: keyword {k!r} not a token of the quote")
        if not b["party_aliases"] or any(a != a.lower() or len(a) < 3 for a in b["party_aliases"]):
            E(f"{b['id']}: party_aliases must be lower case, 3+ characters")
    for d in gold["decisions"]:
        if not d.get("quote") or not said(d["call"], d["quote"]):
            E(f"{d['id']}: quote not verbatim in a turn of call {d['call']}: {d.get('quote')!r}")
        qt = set(toks(d["quote"]))
        tt = set(toks(d["quote"] + " " + d["text"]))
        if any(k != k.lower() or k not in tt for k in d["keywords"]):
            E(f"{d['id']}: a keyword is not a token of the quote or text")
        if len(set(d["keywords"]) & qt) < 3:
            E(f"{d['id']}: fewer than 3 keywords in the quote")
    for p in gold["proposals_not_agreed"]:
        if p["speaker"] not in gold["attendance"][str(p["call"])]:
            E(f"proposal by {p['speaker']}, absent from call {p['call']}")
    if gold["honest_status"]["rag"] == "green" or "green" in gold["honest_status"]["acceptable"]:
        E("honest status must not be green")
    if errs:
        print("\n".join("CHECK FAILED: " + e for e in errs))
        raise SystemExit(1)
    ev = {}
    for c in gold["commitments"]:
        for e in c["events"]:
            ev[e["type"]] = ev.get(e["type"], 0) + 1
    print(f"gold check OK: {len(gold['commitments'])} commitments (events {ev}), "
          f"{len(gold['non_commitments'])} non-commitments, {len(gold['blockers'])} blockers, "
          f"{len(gold['decisions'])} decisions, {len(gold['proposals_not_agreed'])} proposals; every quote verbatim in "
          f"one turn of its call; slips later and past their call; events in order; overdue {overdue}; open {open_end}; "
          f"dropped {dropped}; reassigned {reassigned}; early overdue ({EARLY_AS_OF}) {early}; attendance = speakers")


def main():
    here = Path(__file__).resolve().parent
    d = here / "calls"
    d.mkdir(exist_ok=True)
    for n in sorted(CALLS):
        (d / f"call-{n}.vtt").write_text(render(n) + "\n", encoding="utf-8")
        tt = turns(n)
        print(f"call-{n}.vtt ({DATES[n]}): {len(tt)} turns, {sum(len(p) for _, p in tt)} cues, "
              f"{len({first(nm) for nm, _ in tt})} speakers")
    gold = build_gold()
    (here / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    check(json.loads((here / "gold.json").read_text(encoding="utf-8")))


if __name__ == "__main__":
    main()
