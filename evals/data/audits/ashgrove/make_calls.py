#!/usr/bin/env python3
"""Generate the five Ashgrove Procurement Rollout calls as Zoom-style WebVTT exports (calls/call-N.vtt).

Each turn is "CODE: text"; " | " inside a turn marks where Zoom cut the turn into consecutive cues of the same
speaker (each cue keeps the "Full Name: " prefix). Timestamps are synthetic but deterministic.
Run: python3 make_calls.py   (writes calls/call-1.vtt .. call-5.vtt next to this file)
"""
import random
from pathlib import Path

NAMES = {
    "N": "Nadia Okafor",      # vendor PM
    "T": "Tom Reilly",        # vendor integration consultant
    "G": "Gareth Pryce",      # customer finance systems lead
    "F": "Fiona Marsh",       # customer head of procurement, sponsor
    "D": "Deepa Nair",        # customer IT security
    "L": "Luis Ferreira",     # ScanLogic (OCR partner)
    "K": "Kayleigh Dunn",     # customer procurement officer
}

CALLS = {}

CALLS[1] = """
N: Okay, I think that's everyone. Morning all. Can you all hear me alright?
G: Yep, loud and clear.
F: Morning! Yes, fine.
N: Great. So, um, welcome to the first weekly for the Ashgrove procurement rollout. I'm Nadia, I'm the project manager | on the vendor side, and I'll be running these every Monday. Quick intros maybe? Tom?
T: Hi all, Tom Reilly, I'm the integration consultant, so I'll be doing the, uh, the ledger side, the interface files | and the workflow config.
G: Gareth Pryce, finance systems. So the ledger is mine, basically. The ledger and about nine other things.
F: Ha. Fiona Marsh, head of procurement. I'm, honestly, I'm just so pleased we're finally doing this. | We've been on paper requisitions for far too long.
D: Deepa Nair, IT security. I look after SSO, and I'll be running the pen test on the supplier portal | before anything goes external.
L: Luis Ferreira from ScanLogic, we're doing the invoice OCR piece. Morning everyone.
N: Lovely. And I think Martin Cole was on the invite as well?
G: Martin sends his regards, he won't be joining these. He's asked me to cover finance. Which, you know. Fine.
N: Okay, noted. So, um, the big question before anything else is how we sequence it. Fiona, I know you were keen on | doing everything at once.
F: I mean, I'd love to switch the supplier portal on for all four hundred suppliers on day one. Get everyone onto it, | rip the plaster off.
D: Um, I'd be nervous about that. The portal's external-facing and it hasn't been pen tested yet.
G: And my AP team can't absorb OCR and a new approval flow in the same week. They'd mutiny.
N: So what I'd propose is we phase it. Requisitions and approvals go live first, on the 2nd of November, | and then the supplier portal and the invoice OCR come in phase two, once the pen test's done.
F: Yes. Okay. Let's do that, phased. I'm happy with that.
G: Agreed.
N: Great, I'll write that down as decided. Right, actions. Tom, the interface spec for the ledger.
T: Yeah, so I've got a draft, it just needs the field mappings tidying up. | I can have the interface spec to you | Wednesday, Gareth.
G: Wednesday's fine.
T: And, uh, if it helps, I could probably sit in with your AP team for an afternoon and walk them through | the three-way match, if you want.
G: Maybe. Let's see how the next few weeks go.
N: Okay. The other thing Tom needs is the cost-centre structure out of the ledger. Gareth, is that something you can --
G: Yeah, leave that with me. You'll have the cost-centre extract by the end of next week.
N: End of next week, so Friday the 25th.
G: Yep.
N: Thanks. Deepa, SSO. You're picking up the SSO app registration on your side, yeah?
D: Yep. Friday.
N: Friday, lovely. Do you need anything from us for that?
D: No, I think the setup guide has everything. I'll shout if not.
N: Luis, what do you need from us to get the OCR going?
L: So, mainly sample invoices, real ones, a good spread of suppliers. | I'll get our sample requirements over to Gareth tomorrow, formats, volumes, all that.
G: Great. More homework.
L: Sorry! It's a short list, I promise.
L: And we'll need the SFTP route open from our side into your network for the invoice drop.
D: That's fine. The network team will have the firewall rule in for ScanLogic by the 25th, | I've already put the request in.
L: Perfect, thank you.
N: Fiona, the one thing I really need from you is the approval thresholds. The delegation of authority, | who can approve what, up to what value. Tom needs that before he configures the approval workflow.
F: Absolutely, that's on me. I'll have the thresholds signed off before the end of next week.
N: Brilliant. So again, the 25th.
F: The 25th.
G: Fiona's delegation matrix was last updated in, what, 2019?
F: Don't. We'll do it properly this time.
N: Okay. And I'll send the project plan round after this call, with the phase two dates pencilled in.
F: Lovely. Sorry, I've got to drop at half past, I'm with the chief exec.
N: No problem, we're nearly done. Anything else from anyone? Deepa?
D: Just, um, the pen test. I need at least two weeks between the test and the portal going live, for fixes.
N: Noted, that fits with the phasing. Okay. Quick recap then. Tom, interface spec Wednesday. | Gareth, cost-centre extract by the 25th. Deepa, SSO registration Friday. Luis, sample requirements tomorrow. | Network team, firewall rule by the 25th. Fiona, thresholds by the 25th. And me, the plan today.
G: You forgot "Gareth survives quarter-end".
N: Ha, that one's implied. Thanks all, speak next Monday.
F: Bye all!
L: Cheers, bye.
"""

CALLS[2] = """
N: Morning. Let's give it a minute, I think Luis is just joining.
L: I'm here, I'm here. Sorry, the VPN decided to have opinions this morning.
N: Ha. We've all been there. And welcome Kayleigh, this is your first one.
K: Hi everyone. Kayleigh Dunn, I'm a procurement officer in Fiona's team. I mostly look after the supplier records.
F: Kayleigh is the one who actually knows where all the bodies are buried in the supplier list.
K: There are a lot of bodies.
N: Good to have you. Okay, let's go through last week's. Tom, the interface spec?
G: Got it, yeah, Tom's spec came through Wednesday. I've had a look, it's fine. There's one question | on the VAT codes but it's minor.
T: Cool, thanks.
N: Deepa, SSO?
D: All registered. The app's set up in Entra for the test tenant, and the metadata went over to Tom on Thursday.
T: Yep, got it, and I've tested a login. It works. Well. It worked for me.
N: Luis, the sample requirements?
L: That went over Tuesday. Gareth's got it.
G: I have. It's, uh, a longer list than I was promised.
L: It's a thorough list.
N: And the plan went round last Monday, hopefully everyone's got it. Shout if not.
F: Got it, thank you.
N: Gareth, the cost-centre extract, still on for Friday?
G: Still on for Friday. Probably.
N: I'll take probably. Fiona, the thresholds?
F: Yes, so, I'm off on leave from Saturday for two weeks, and then it's quarter-end, so I'm aiming to get the | thresholds signed before I go, Friday. Gareth will be my eyes and ears while I'm off.
G: Will I.
F: You will.
N: Okay. Luis, what's next for you?
L: So, next is real invoices. Gareth, can you send us the sample invoices? A couple of hundred if you can, | mix of suppliers, some handwritten ones if you've got them.
G: Will do. Friday.
L: Thanks. And honestly, happy to run a few of your nastier invoices through the demo model if you want, | just to see what we're dealing with.
G: Let me get you the two hundred first.
L: The other thing, we can't test the SFTP drop until the firewall rule is in, so we're a bit stuck there | at the moment.
D: It's raised, it's with the network team. They're still saying the 25th.
N: Okay. Deepa, while I've got you, can you confirm the pen test dates with your testers? Wednesday ideally?
D: Yep, Wednesday.
D: And Tom, the retention settings for the invoice images, how long the portal keeps the scans. Can you send me those?
T: Sure, I'll send you the retention settings Thursday.
N: Kayleigh, the supplier list. That's the big one for phase two.
F: Kayleigh's going to pick up the supplier list cleanse, aren't you, Kayleigh?
K: Yeah, that's fine. I'll have the deduped list to you by the 2nd.
N: The 2nd of October, great.
K: Can I ask something? Could we make suppliers upload invoices through the portal from day one, | instead of emailing PDFs? It'd save Luis a lot of work.
L: It would, yes.
N: Let's not decide that today, it's a phase two conversation and it changes what we tell suppliers.
K: Fair enough.
D: Related, actually. For the portal logins, I'd rather suppliers didn't come through our SSO at all. | They should use the portal's own login with MFA, and SSO is just for our staff.
T: That's how most customers do it. It's simpler.
N: Gareth, Fiona, any objection?
G: None.
F: No, makes sense. Let's go with that.
N: Okay, decided: suppliers use the portal login with MFA, staff come in through SSO.
T: Oh, one more from me. We'll get the punch-out test set up with your stationery supplier by the 2nd, | so you can see a catalogue order end to end.
F: Oh, I'd love that. And Gareth can run the budget holder training sessions, can't you, Gareth?
G: Can I? First I've heard of it.
N: Let's not put names against training yet, we'll plan that properly.
F: Fine, fine. But I'll get a note out to the budget holders | this week so they know it's coming.
N: That would be great. Tom, the ledger test connection?
T: Yeah, I'm aiming to have the test connection to the ledger up Thursday.
N: Okay. I think that's us. Fiona, enjoy the leave.
F: I will! Be good, all of you.
G: No promises.
N: Bye all.
"""

CALLS[3] = """
N: Morning all. Small group today.
G: Fiona sends her apologies, she's on leave till the 12th.
N: Thanks. And Deepa's messaged me, she's stuck in a CAB meeting, she says carry on without her.
T: Lucky her.
K: Is CAB more fun than this?
G: Nothing is more fun than this.
N: Ha. Okay. Let's run through. Luis, the firewall?
L: Yes, the firewall rule's in now, we connected on Thursday. First test file dropped fine.
N: Great. So that's unblocked you.
L: That's unblocked us. And we've got, um, a hundred and eighty-odd invoices from Gareth, they came Thursday too.
G: A hundred and eighty-four. I counted them personally. By hand. Joking. Mostly.
N: Brilliant, thanks Gareth. Tom, the ledger test connection?
T: It's up. First file went through Friday, Gareth saw it land.
G: I did. It was beautiful.
N: Okay, the cost-centre extract. Gareth?
G: Yeah. Sorry. That's... I haven't got to it. Realistically Wednesday.
N: Wednesday the 30th. Any chance of today?
G: Oh sure, I'll just knock it out in my sleep tonight.
N: Fair, fair. Wednesday.
T: It does matter though. I can't build the GL mapping until I've got the cost-centre extract from Gareth, | so that's just sat there.
G: I know. Wednesday. I promise.
N: And the thresholds. Gareth, I know Fiona's away, did anything come through before she went?
G: Nothing on the thresholds. She didn't get to it.
T: So, um, the approvals workflow config is stuck until Fiona signs off the thresholds. | I've done what I can with dummy values.
N: Right. Does anyone else have the authority to sign that?
G: Not really. It's her delegation. Martin could in theory, but he won't.
N: Okay. Let me think about that one. Kayleigh, the supplier list, how's it looking?
K: It's going. There are, um, three versions of Jewson. Well, three of most things.
N: Still the 2nd?
K: Still the 2nd.
N: Great. UAT. I'd like to get a date in. I was thinking we start UAT on the 12th of October | and run it for two weeks.
G: The 12th, that's after quarter-end close. That works.
K: Works for me.
N: Okay, UAT starts the 12th, two weeks. Decided. And who's writing the UAT scripts for requisitions and approvals?
G: That's me, I suppose. I'll get a first cut of the scripts to you by the 9th.
N: The 9th, lovely.
T: While we're on UAT, um, could we skip the parallel run for the ledger postings? It'd save us about a week.
G: No. No way. The auditors would have my head.
N: Let's keep the parallel run.
T: Fair. Worth asking.
G: Oh, and the ledger team are setting up the service account for Tom's integration, they said Thursday.
T: Thursday, great, that's all I need for the proper connection.
N: Luis, what's next for you, now you've got invoices?
L: We're training on the sample this week, and we'll have a first accuracy report to you by Friday week, | so the 9th.
N: Friday the 9th. Lovely. Tom, the pen test. Deepa's testers will need the test portal details.
T: I'll send Deepa the test portal details today, the URL and a couple of tester logins.
N: Thanks. And, um, on Fiona's note to the budget holders, I could take a first pass at it for her if that helps, | happy to.
G: She's back on the 12th, I'd wait.
N: Fair enough. Okay, that's it I think. Recap: Gareth, cost-centre extract Wednesday, UAT scripts the 9th. | Ledger team, service account Thursday. Luis, accuracy report the 9th. Tom, portal details to Deepa today. | Kayleigh, supplier list the 2nd. And UAT starts the 12th.
K: Got it.
G: Cheers.
N: Thanks all.
"""

CALLS[4] = """
N: Morning, everyone. How was the weekend?
D: Short.
L: I went to a wedding, so, um, I'm running on coffee.
G: Quarter-end. I don't remember the weekend.
N: Ha, sorry Gareth. No Fiona today, I've not heard from her, I assume she's still on leave.
G: Back on the 12th, in theory.
N: Okay. Deepa, good to have you back. The pen test dates?
D: Yes, sorry I missed last week. The pen test is booked, the 19th to the 21st of October. | And Tom sent me the portal details, thanks, that's all with the testers.
T: Great.
N: Brilliant. Tom, the ledger service account?
T: The service account's there now, the ledger team set it up Thursday like they said. So I'm connected.
N: Great. And the cost-centre extract, Gareth?
G: Still waiting on the ledger team to run it, sorry. Friday.
N: Friday the 9th.
G: Yep. They're doing it as part of the quarter-end, it's just, they've not got to it.
T: And that's still blocking the GL mapping, just so everyone knows.
N: Understood. Kayleigh, the supplier list?
K: So, um, that's going to be Friday now, sorry. I found another two hundred duplicates.
N: Friday the 9th then.
K: Friday.
L: That's hurting us a bit, actually. Line-level matching is stuck until we get the supplier list from Kayleigh, | we need the vendor IDs.
K: I know, I know. Friday.
L: And on the accuracy report, we might be a couple of days late, more like Tuesday the 13th. | Some of the handwritten ones are, um, creative.
N: Tuesday the 13th, okay.
N: Gareth, the UAT scripts. How are they looking?
G: Honestly? Can Kayleigh take the UAT scripts? I'm drowning with quarter-end. I've started them, but --
K: Yeah, I'll take them. Same date, the 9th.
N: Thanks Kayleigh. So the UAT scripts move to Kayleigh, still the 9th.
G: Thank you. I owe you a coffee.
K: Several.
N: And, um, the thresholds. This is the big one now. Tom?
T: Still nothing, so the approvals workflow is still stuck on Fiona's sign-off. I can't configure the real | approval routes.
G: Can we just start UAT without approvals configured? Test the requisition bit on its own?
N: I'd rather not, half the value of UAT is the approval routes. Let me think about it, I'm not saying yes yet.
N: What I'll do, I'll email Fiona today and copy in her deputy, just so it's on record.
G: Raj. Her deputy's Raj.
N: Raj, thanks.
T: Oh, and the punch-out test, I was going to set that up with the stationery --
K: We're not using punch-out in phase one though, are we? Fiona said catalogues come later.
N: Yeah, let's park that, not needed for phase one.
T: Parked. Fine by me.
N: Gareth, the parallel-run plan for the ledger postings. Can we have that | by the 16th?
G: The 16th. Fine.
G: I won't get to the credit note scenarios this week though, just so you know.
N: Noted. Luis, and ScanLogic are doing the template mapping for the top fifty suppliers by the 16th?
L: Yes, that's with our template team. The 16th.
D: On the pen test, if it helps I could probably ask the testers to have a look at the SSO login as well, | if you want.
N: Let's see what's in scope first, we can come back to that.
D: Sure. And the testers send the report to me, I'll share a findings summary by the 23rd.
N: The 23rd. And can we agree, before the portal opens to suppliers, all the high and critical findings | have to be fixed? No exceptions.
D: Yes. That's my position anyway.
T: Agreed from our side.
G: Fine by me.
N: Okay, decided. The portal doesn't open to suppliers until the highs and criticals are fixed. Right, that's us. | Thanks all.
L: Cheers.
"""

CALLS[5] = """
N: Morning all. Fiona was meant to be back today, has anyone heard from her?
G: Her calendar says she's back. Her inbox says otherwise.
N: Okay. Well, let's crack on. Good news first. Tom?
T: The cost-centre extract landed Thursday. Gareth's lot came through in the end.
G: Don't sound so surprised.
T: So the GL mapping's unblocked, I've started it, it should be done by Thursday.
N: Thursday the 15th. Great. Kayleigh, the supplier list?
K: Sorted. I sent it to Luis on Friday. Eleven hundred suppliers down to about four hundred and twenty.
L: Got it, and we've loaded the vendor IDs, so the line matching is moving again.
N: Excellent. And the UAT scripts, Kayleigh?
K: Done. I shared them Friday afternoon, they're in the project folder.
G: I had a look. They're better than mine would have been.
N: Luis, the accuracy report?
L: Went over this morning. Ninety-one percent at header level. Line level is lower, about seventy-eight, | but that should go up now we've got the vendor IDs.
N: Okay, that's a decent start.
D: Is that typical?
L: For a first pass with handwritten ones in there, yes, that's normal.
N: Okay. Now the less good news. The thresholds. I emailed Fiona last Monday and copied Raj.
G: And?
N: Nothing back. From either of them.
T: So the approvals config is still stuck. I've got everything else ready.
N: Which means, honestly, we can't start UAT today like we planned. I want to propose we move UAT to the 19th, | and move the requisitions and approvals go-live from the 2nd of November to the 16th.
G: I think that's just being honest. Yes.
K: Yes, agreed.
T: Agreed, that gives me a week once the thresholds land.
D: No objection. It doesn't touch the pen test.
N: Okay. Decided then: UAT from the 19th, go-live the 16th of November. Fiona's going to love that.
G: She'd have to read her email first.
N: I'll get the revised plan out Wednesday first thing, with the new dates.
N: Gareth, the parallel-run plan?
G: Yeah, about that. Realistically that's the Wednesday after, the 21st. Quarter-end's only just finished.
N: The 21st. Okay.
T: If there's time I could maybe look at the credit note handling too, but no promises.
G: We'll see. Let's get the basics working first.
N: Deepa, the pen test, still on for next week?
D: Still on, the 19th to the 21st. The testers have everything they need.
N: Great. Kayleigh, anything from you?
K: Just that I'll brief the budget holder reps on UAT, Friday, so they know what's coming.
N: Lovely, Friday.
L: And the template mapping is on track for Friday, before anyone asks.
N: I was about to. Thank you. Okay, recap. Tom, GL mapping Thursday. Me, the revised plan Wednesday. | Gareth, parallel run the 21st. Kayleigh, budget holder briefing Friday. Luis, templates Friday. | Deepa, findings summary by the 23rd.
G: And the thresholds?
N: And the thresholds. Which are Fiona's, and which are now basically the whole project. Thanks everyone.
D: Bye.
K: Bye all.
"""


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


def render(n):
    rnd = random.Random(1000 + n)
    t = 1.0 + rnd.random() * 3
    lines = ["WEBVTT", ""]
    k = 0
    for name, parts in turns(n):
        for i, part in enumerate(parts):
            k += 1
            dur = max(0.9, len(part.split()) / 2.6 + rnd.uniform(-0.3, 0.6))
            lines += [str(k), f"{ts(t)} --> {ts(t + dur)}", f"{name}: {part}", ""]
            t += dur + (0.02 if i < len(parts) - 1 else rnd.uniform(0.3, 1.6))
    return "\n".join(lines)


def merged_text(n):
    """Turn texts with the cue parts joined by single spaces (what a quote is checked against)."""
    return [(name, " ".join(parts)) for name, parts in turns(n)]


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.vtt").write_text(render(n))
        print(f"call-{n}.vtt: {len(turns(n))} turns, {sum(len(p) for _, p in turns(n))} cues")
