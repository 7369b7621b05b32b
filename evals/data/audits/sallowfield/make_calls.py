#!/usr/bin/env python3
"""Generate the five Sallowfield Pathology LIMS calls as Microsoft Teams WebVTT exports (calls/call-N.vtt).

Each turn is "CODE: text"; " | " inside a turn marks where Teams cut the turn into consecutive cues of the same
speaker (each cue is its own "<v Full Name>...</v>" voice span). Cue ids and timestamps are synthetic but
deterministic. Run: python3 make_calls.py   (writes calls/call-1.vtt .. call-5.vtt next to this file)
"""
import random
import uuid
from pathlib import Path

NAMES = {
    "H": "Harriet Ashdown",    # vendor (Meridex Labsys) PM; on leave for call 4
    "W": "Wendell Okoro",      # vendor deputy PM / build lead; chairs call 4
    "R": "Rosalind Keane",     # vendor integration analyst (HL7)
    "J": "Janet Morrow",       # customer pathology lab manager, customer project lead
    "F": "Cormac Feeney",      # customer clinical lead (consultant histopathologist)
    "S": "Suresh Pillai",      # customer IT security (pen test sign-off)
    "A": "Alexander Murray",   # Corvane Integration, owns the interface engine; called "Sandy" by the lab
    "G": "Gillian Treacher",   # customer pathology network director, sponsor (call 1 only)
    "B": "Bethan Lloyd",       # customer biomedical scientist, LIMS super-user (from call 2)
}

CALLS = {}

CALLS[1] = """
H: Hi everyone, can you hear me okay? I've got, um, seven of us I think.
J: Yes, fine, Harriet.
F: Loud and clear! Morning, morning.
H: Great. So this is the first of the weekly calls for the LIMS implementation. I'm Harriet Ashdown, | I'm the project manager at Meridex. Shall we just go round quickly? Wendell?
W: Morning, Wendell Okoro, I'm Harriet's deputy, and I'm leading the build, so all the config, | reference data, that sort of thing.
R: Rosalind Keane, integration analyst. I do the HL7 side, so orders in, results out.
J: Janet Morrow, lab manager at Sallowfield General, and I'm the project lead on the trust side. | God help me.
F: Cormac Feeney, consultant histopathologist, clinical lead. And I have to say I'm genuinely excited, | we've been running on that old system since, what, two thousand and eight?
J: Two thousand and six.
F: Even worse!
S: Suresh Pillai, IT security. I'm here mostly because of the pen test. | Nothing goes near the network until my team has signed it off, so, yeah, that's me.
A: Alexander Murray, Corvane Integration. We run the interface engine for the network, | so every message between the LIMS and the patient administration system goes through us.
G: Gillian Treacher, I'm the director for the pathology network. I'll try to come when I can, | but Janet has my full, um, my full confidence.
J: That's a polite way of saying she won't be here.
G: Ha. Fair.
H: Okay, lovely. So, first thing, how we go live. We've got three labs, Sallowfield General, | Kingsmere and Ashby Road. My suggestion is General goes first, on the first of February, | and Kingsmere and Ashby Road follow four weeks later once we've shaken it down.
F: Could we not just do all three at once? Rip the plaster off?
J: No. Sorry, Cormac, but no. Kingsmere's on a different analyser contract, it's a mess.
W: And from the build side, one site first is a lot less risky.
G: I'm comfortable with General first. Janet?
J: Yes. General first, the first of Feb, the other two four weeks after. Agreed.
F: Fine, fine, I'm outvoted. Phased it is.
H: Great, I'll note that as decided. Right, actions. Rosalind, the message spec.
R: Yep. So I've got the order and result message spec more or less done, | the ORM and ORU mapping, it needs one more pass. I'll get the message spec over to Alexander | by Thursday.
A: Thursday's fine. And, um, on our side, we need to build a test channel on the engine for you to point at. | We'll have the test channel up by the thirteenth.
H: The thirteenth of November. Great.
A: And if it's any use, I could give your team a walkthrough of the engine's monitoring console at some point, | if people want it.
J: Maybe later. Let's get the thing working first.
H: Suresh, what do you need from us for the pen test?
S: So I need a scope. Well, you need to fill in a scope, I send you the form. | I'll send the scoping form across by Monday.
H: Monday, lovely.
H: Cormac, the big one for you is the test code list. Every histology and cytology test code we need to build, | with the specimen types. Wendell can't build the catalogue without it.
F: Absolutely. Absolutely. I've basically got it in my head already. I'll send you our test code list by Friday.
J: In your head isn't a list, Cormac.
F: It will be by Friday!
H: Ha. Okay. And the other thing, for UAT on the reporting screens, we'd like two of your consultants. | Real users, not just super-users.
F: Leave that with me. I'll find you two of my consultants, I'll have names for you before the next call.
H: Brilliant. Janet, labels.
J: Yes. So I know you need the label printer models from each site for the barcode labels. | I'll get you the printer models from all three sites by next Tuesday.
W: Perfect, thanks Janet. That drives the label templates.
F: And you know, if everything goes smoothly, we could probably go live a couple of weeks early, | couldn't we?
H: Let's, um, let's hold that thought.
J: Let's hold that thought for about a year.
G: One thing from me. Corvane need the data processing agreement signed before they'll put any real test data | through the engine. That's with me. I'll sign the DPA this week.
A: That would be great, thank you, our legal team keep asking.
H: Okay. And from me, I'll circulate the updated plan tomorrow, with the phased dates in.
J: Lovely.
W: Harriet, do you want me to go through the environments?
H: Go on, quickly.
W: So, um, we'll have a build environment, a test environment and a training environment. | Build's up already. Test comes with Rosalind's interfaces. Training we'll do later.
S: And none of those touch production data until after the pen test.
W: Understood.
G: I'm going to have to drop, I've got the network board at eleven. Thanks everyone. | Janet, keep me posted.
J: Will do.
H: Thanks Gillian. Right, recap. Rosalind, spec to Alexander Thursday. Alexander, test channel the thirteenth. | Suresh, scoping form Monday. Cormac, test code list Friday, and two consultant names before next call. | Janet, printer models Tuesday. Gillian, the DPA this week. And me, the plan tomorrow.
F: Sounds like a lot of homework for me.
J: Two things, Cormac. It's two things.
H: Thanks all. Same time next Tuesday.
A: Cheers.
R: Bye.
"""

CALLS[2] = """
H: Morning all. Let's give people a sec. Ah, hi Bethan, welcome.
B: Hi, hi. Bethan Lloyd, I'm a biomedical scientist at General, Janet's asked me to be the LIMS super-user.
J: Bethan's the one who actually knows how specimen reception works. I just sign the rotas.
B: That's not true. Mostly true.
H: Good to have you. Gillian sent apologies, she's at a regional meeting. Right, let's go through last week. | Rosalind, the spec?
A: Yeah, I can answer that one, Rosalind's spec landed Thursday, we've been through it, | there are a couple of questions on the specimen source field but nothing major.
R: Cool, just send them over.
H: Suresh, the scoping form?
S: Sent it Monday.
H: You did, and I sent it back filled in on Friday. So that one's done. And the plan went out Wednesday, | I hope everyone got it.
J: Got it, thanks.
H: Alexander, how's the test channel looking for Friday?
A: Still on for Friday. We're, um, we're a bit stretched, but still Friday.
H: Okay. Janet, printer models?
J: So I've got two of the three. General and Ashby Road are done, Kingsmere's the one I'm chasing, | their IT are, let's say, leisurely. I'll have the rest by the end of the week.
W: Fine, I can start the templates with two.
H: Cormac, the test code list?
F: Oh god. Yes. Sorry. It's been an absolute nightmare week, we had two locums off. | It'll be this week, definitely, Friday.
J: I've heard that before.
F: You have, and this time it's true.
H: Okay. And the two consultants for UAT?
F: Yes, yes, on my list.
H: Okay. Janet, the DPA, did Gillian get to it?
J: Yes, she signed it Thursday, I saw it go over to Corvane.
A: Yep, legal confirmed. Thank you.
H: Great. Rosalind, anything stopping you?
R: Um, so, I've built our side of the results interface, but I can't actually test results messages | until Corvane's test channel is up. There's nothing to send them to.
A: Which is Friday.
R: Which is Friday. And the other thing, Wendell can't build the histology catalogue without Cormac's code list, | and I can't map the order codes without the catalogue.
F: Understood, understood. Friday.
H: Okay. New things. Bethan, UAT scripts. We need test scripts for specimen reception.
J: Bethan's going to draft the reception test scripts. Aren't you, Bethan?
B: Yeah, I can do that. Give me till the twentieth?
H: The twentieth is fine.
S: While I've got everyone, I need the list of IP addresses and ports for the LIMS servers, | for the firewall and for the testers. Who's the right person for that?
R: That's me. I'll get that to you tomorrow.
S: Great. And I'll confirm the pen test dates with our testers by Friday. It's an external firm, | they book up.
H: Thanks Suresh. Wendell, the training environment?
W: So I'm going to build it once the catalogue is in, roughly. I'll have the training environment built | by the 24th.
H: The 24th, okay.
J: Can I raise something? The cytology results. At the moment they come out of a separate feed. | Alexander, is that the same channel?
A: No. Cytology would be a second channel on the engine. That's extra work for us, | it's not in the current contract.
J: Oh, marvellous. And I'll hand-write the results too, shall I?
H: Okay, so that's a change request. I'll write up the change request for the cytology channel | and get it to Janet by Thursday.
J: Thank you.
F: I could ring the Corvane MD, actually, I know him from way back, if that'd speed things up?
A: Um, you could, but it'd still need a CR.
H: Let's do it the boring way first.
H: Next thing. Labels. Where do we print them? Wendell?
W: So the options are print at the ward, when the sample's taken, or print at specimen reception | when it arrives in the lab.
B: Reception. Honestly. Half the wards don't have working printers, and the ones that do are always out of labels.
J: I agree with Bethan. Reception.
F: Hmm. The ward would be more, you know, modern.
B: It would be more modern if the printers worked.
F: Ha. Okay, fine. Reception.
H: So labels printed at specimen reception, not on the wards. Wendell, you're okay with that?
W: Yep, it's actually simpler for the build.
H: Great, decided. Rosalind, if Alexander wants to, you two could pair on the mapping questions?
R: Sure, if he's got time.
A: Maybe next week.
H: Okay. I think that's us. Recap. Bethan, scripts by the twentieth. Rosalind, IPs to Suresh tomorrow. | Suresh, pen test dates Friday. Wendell, training environment the 24th. Me, the CR to Janet Thursday. | And Cormac, the code list Friday.
F: Friday. I know. Friday.
H: Thanks everyone.
B: Bye!
J: Bye all.
"""

CALLS[3] = """
H: Morning. Can everyone hear me?
J: Yep.
S: Yes.
F: Morning! Sorry, I'm on my phone, I'm between, um, between cut-ups.
J: He means he's eating a sandwich.
F: I resent that. Accurate, but I resent it.
H: Okay. Gillian's not on, I didn't get apologies, but let's crack on. | Alexander, let's start with you, the test channel.
A: Yeah. So, um. It's not up. We had a server issue on our side, the box we were going to use | got pulled for another customer's go-live. Realistically that's going to be the twenty-seventh now.
R: The twenty-seventh.
A: Yeah. Sorry. Friday the 27th.
R: So I'm sat on my hands for another ten days, basically. I've got nothing to push results into.
H: Okay, we'll come back to what that does to the plan. Janet, the printer models?
J: All three sent over on Thursday. Kingsmere's finally turned up.
W: Got them. Templates are in progress.
H: Suresh, pen test dates?
S: Booked. The testers are in from the thirtieth of November for three days, so the thirtieth to the second. | And Rosalind, got the IP list, thank you, that was quick.
R: No problem.
H: And I sent the change request for the cytology channel over to Janet on Wednesday.
J: Got it, yeah. It needs Gillian's signature though, it's over her limit. | I sent it to her Friday. She said she'll sign it by Friday. This Friday.
A: Just flagging, we can't start building the cytology channel until that's signed. Commercial won't let us.
H: Understood. So that's sitting with Gillian.
H: Cormac, the code list?
F: Ah. So. It's nearly there. It's honestly ninety percent there, I just need to check the cytology ones, | and it's been a horrible week again, we had the EQA visit --
J: Cormac, let me take it. I've got half of it from the old system anyway, I can pull the rest with Bethan.
F: Would you? You're a star.
J: I'll have it done by Friday. The twentieth.
H: Okay, so Janet's got the code list now, Friday.
W: Thank you. I literally can't build the catalogue without it, so that's good.
H: Right. The plan. With the test channel not up till the 27th, Rosalind can't test results until December, | and that squeezes UAT. I don't think the first of February is real any more.
J: No. I was going to say the same.
F: Oh, come on. Surely we can compress something?
W: Not the interface testing. That's the bit you really don't want to compress.
H: My proposal is we move General's go-live to the twenty-second of February. Three weeks.
J: I'd rather move it once properly than twice. Is three weeks enough?
R: If the channel's up on the 27th, yes.
J: Okay. Then yes, the 22nd.
F: I suppose. Fine. Twenty-second.
H: Okay, decided, General goes live on the twenty-second of February, the other two four weeks after. | I'll reissue the plan with the 22nd by Thursday.
J: Gillian will need telling.
H: I'll put it in the cover note.
H: Sandy, sorry, Alexander, the message mapping document. We need to see how you're translating codes.
A: Sandy's fine, everyone calls me Sandy. Yeah, I'll send the mapping document over Friday.
J: Thanks Sandy.
F: And, um, the hazard log. I was thinking, for the clinical safety case, the reporting screens | need their hazard log entries. I'll do the hazard log this week, I've got a free afternoon Thursday.
H: That would be great, thank you Cormac.
J: A free afternoon. Gosh.
W: If it helps, I could come on site for the label printer testing, but only if Harriet can spare me that week.
H: Let's see where we are.
F: I could present the new date at the divisional board, if you think it'd land better coming from me?
J: Let's see if Gillian wants to do it first.
H: Bethan, how are the scripts going?
B: Good. I've done reception and accessioning, I'm on the cut-up scripts now. Still fine for Friday.
H: Great. Cormac, the consultants for UAT?
F: Still on it. I've asked around.
J: Cormac's still on it, apparently.
F: I am!
H: Okay. Recap. Sandy, channel on the 27th, mapping doc Friday. Janet, code list Friday. | Me, plan Thursday. Cormac, hazard log. And Gillian's signature by Friday, which Janet will chase.
J: I'll mention it. I won't promise.
H: Fair. Oh, and a heads up, I'm on leave next week, Wendell's going to chair.
W: Be gentle with me.
J: Never.
H: Thanks all.
"""

CALLS[4] = """
W: Hello, hi. Okay, I think we've got most people. Harriet's on leave this week, so you've got me, sorry.
J: Hi Wendell. Cormac sends apologies, he's doing a frozen section list.
W: Okay, thanks. And Gillian?
J: Nothing from Gillian.
W: Okay. So I'm going to go through Harriet's list, um, as best I can. | First, the plan. Harriet sent the revised plan out before she went, everyone should have it, with the 22nd.
S: Yep, got it.
W: Bethan, the reception scripts?
B: All done, sent them Friday.
W: You did, yeah, they came in Friday, I've had a skim, they look really good actually.
B: Thanks.
W: Janet, the code list?
B: Oh, I can do that one, Janet's code list went over to Rosalind on Friday. We finished it Thursday night. | Late Thursday night.
R: Yep, got it. Wendell, it's in your inbox too. So I can start the order code mapping now, finally.
W: Great. Which means I can build the catalogue. And, um, for my own one, the training environment, | that's up, I finished it yesterday, so that's done.
J: Lovely.
W: Right. Sandy, the test channel and the mapping doc.
A: So, the mapping doc, that's Monday now, sorry. I had two people off.
W: Monday the thirtieth.
A: Yeah. And the channel, we're, um, the new server's in but it's not built. | We won't make the 27th. I'd say Friday the fourth.
R: The fourth of December.
A: The fourth.
R: Right. So I still can't send a single result anywhere. That's another week with nothing to send to.
J: Marvellous, another Friday. We collect those.
A: I know. I know. If your lot can get the cytology CR signed, I could probably squeeze the cytology build into the week | before Christmas, for what it's worth.
W: Janet, where are we on the CR?
J: Still with Gillian. I've asked twice.
W: Okay.
W: Cormac's hazard log. Janet, do you know anything about that?
J: Yes, so, actually, the clinical safety officer is doing the whole hazard log centrally now, | for the whole LIMS, so Cormac doesn't need to do that bit.
W: Okay, so we take that off Cormac's list?
J: Yes, drop it. It'll come from the CSO.
W: Okay, dropped. And the two consultants?
J: No names yet. He knows.
W: Right. Suresh, the pen test, still Monday?
S: So, that's the thing. The testers come in over a VPN and the network team still haven't put | the firewall change in for it. I can't start the pen test until that's in. I've chased them.
W: When do they think?
S: They said this week. They said that last week too.
J: Is there anything we can do?
S: Not really, it's their queue. I'll keep pushing.
W: Okay. And after the test, how long for findings?
S: I'll send the findings summary over by the fourth. Assuming they start Monday.
W: The fourth, great.
W: Rosalind, what do you need from Bethan?
R: So for end-to-end testing I need a set of test patients. I'll send Bethan the test patient list by Wednesday, | and then Bethan can check they exist on the PAS test system.
B: Fine.
S: Can I raise one thing about UAT data? I really don't want copies of live patient records in the test environment. | I'd rather we used the anonymised patient set that the PAS team keep.
J: Does the anonymised set have enough histology history in it?
B: It's got about four years. It's fine for reception and reporting.
W: From our side, it's the same load either way.
J: Okay. I'm happy with that.
W: So, UAT uses the anonymised patient set, no live copies. Suresh, you're happy?
S: Very.
W: Okay, decided. Bethan, the training sessions for the super-users. Where are we doing those?
B: Kingsmere has the best training room. I'll book the training room at Kingsmere by Friday, | for the week of the eleventh of January.
W: Great.
W: Anything else? Otherwise, um, I'll brief Harriet on all this when she's back on Monday.
J: Tell her about the Fridays.
W: I'll tell her about the Fridays.
A: Sorry again, everyone.
W: Okay. Thanks all. Quick recap: Sandy, mapping doc Monday, channel the fourth. Suresh, findings by the fourth. | Rosalind, test patients Wednesday. Bethan, training room Friday. Me, brief Harriet.
R: Bye.
B: Bye!
"""

CALLS[5] = """
H: Morning everyone, I'm back, thank you Wendell for holding the fort.
R: Welcome back!
W: It was fine. Mostly.
S: He was very diplomatic.
H: Wendell briefed me yesterday, so I'm up to speed, I know about the Fridays.
J: Ha.
F: Morning! Sorry about last week, frozen sections.
H: No problem, Cormac. So, good news first. Rosalind?
R: Yes! So the channel came up on Friday, early, and we pushed our first order through yesterday. | Results came back. Only a test patient, but it worked.
A: The new server behaved. For once.
J: That's brilliant, actually. Well done Sandy.
H: So Rosalind's not stuck any more on that. And the mapping doc?
R: Sandy's mapping doc landed Monday, I'm going through it. A few codes to argue about but fine.
H: Rosalind, the test patient list for Bethan?
B: I got it Wednesday, and they all exist on the PAS test system, I checked Thursday.
H: Great. Suresh, the pen test?
S: So the network team did the firewall change on Friday, and the testers got in yesterday, Monday, no problems. | They're in till Wednesday. Findings, I'll still get the summary over by the fourth.
H: Okay. And after findings?
S: So there's always something. They fix, we retest. I can't sign off go-live until the retest's clean. | I'll do the retest and sign the pen test off by the eleventh, if the fixes come quick.
H: So go-live is really waiting on that sign-off.
S: Go-live can't happen without it, yes. That's not me being difficult, that's the policy.
H: Understood. Janet, the cytology change request. Has Gillian signed it?
J: No. Honestly, I've stopped asking. She's not been on one of these since the first week.
A: And I can't start the cytology build without it. The Christmas slot's gone now either way.
H: Okay. I'll write to Gillian formally, copying Cormac, by Thursday.
F: Happy to be copied. Happy to nudge.
H: Which brings me to the date. With the pen test retest, and cytology not even started, | I don't think the twenty-second of February works. I'd like to propose the eighth of March for General.
F: Again? We've only just moved it.
J: I know, Cormac, but I'd rather that than go live without cytology.
W: From the build side, the eighth is comfortable. The twenty-second isn't.
F: Okay. Okay. If we have to. The eighth.
J: The eighth of March. And the other two four weeks after, same as before?
H: Same as before. So decided: General on the 8th of March, Kingsmere and Ashby Road four weeks later.
J: I'll tell the three site leads about the new date, at the ops meeting Thursday.
H: Thank you.
H: Cormac, while I've got you, the two consultants for UAT. We asked in the first call.
F: Oh, the consultants, yes. Yes. I'll email you two names tonight.
J: Tonight.
F: Tonight!
H: Thank you. Rosalind, what's next on your side?
R: So now the channel's up I want to run the full results regression through it. | All the histology report types. I'll have that done by next Tuesday.
H: The eighth. Okay.
A: If the CR lands this week, we might still get cytology built before the new year, | but no promises.
H: Noted.
W: Sorry, can I just jump in, Rosalind, the specimen source codes in Sandy's doc, did you see my note?
R: I did, yeah. I think we're saying the same thing, it's fine.
F: Oh, and the hazard log, did I ever, was that still --
J: It went to the clinical safety officer, Cormac. Wendell took it off your list last week.
F: Oh, good. Well. Good.
F: I'd happily do a sort of roadshow for the consultants, explain the new screens, | if anyone thinks that's worth it.
J: Maybe after UAT.
H: Bethan, the training room at Kingsmere, did that get booked?
B: Um.
J: We'll pick that up offline.
H: Okay. Wendell, anything?
W: Just that the catalogue's about two-thirds built. No actions.
H: Great. So recap. Suresh, findings by the fourth and sign-off by the eleventh. Rosalind, regression by Tuesday. | Janet, site leads Thursday. Cormac, consultant names tonight. And me, the letter to Gillian by Thursday.
F: Tonight. I know.
H: Thanks everyone. Same time next week.
S: Bye.
A: Cheers all.
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
    rnd = random.Random(1600 + n)
    t = 3.0 + rnd.random() * 4
    lines = ["WEBVTT", ""]
    k = 10
    for name, parts in turns(n):
        for i, part in enumerate(parts):
            k += 1
            dur = max(0.8, len(part.split()) / 2.7 + rnd.uniform(-0.3, 0.5))
            cue = f"{uuid.UUID(int=rnd.getrandbits(128), version=4)}/{k}-0"
            lines += [cue, f"{ts(t)} --> {ts(t + dur)}", f"<v {name}>{part}</v>", ""]
            t += dur + (0.03 if i < len(parts) - 1 else rnd.uniform(0.3, 1.5))
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
