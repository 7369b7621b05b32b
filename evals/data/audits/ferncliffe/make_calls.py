#!/usr/bin/env python3
"""Generate the six Ferncliffe Outdoor POS rollout calls as Zoom closed captions saved as SubRip (calls/call-N.srt).

Each turn is "CODE: text"; " | " inside a turn marks where the captioner cut the turn into consecutive cues (some
mid-sentence). As documented for .srt in docs/FORMATS.md, a cue carries "Full Name: " only when the speaker
changes; an unnamed cue continues the previous speaker. Timestamps are synthetic but deterministic.
Run: python3 make_calls.py   (writes calls/call-1.srt .. call-6.srt next to this file)
"""
import random
from pathlib import Path

NAMES = {
    "N": "Naomi Fairhurst",    # vendor (Tillhouse) project manager, host
    "J": "Jonah Pellow",       # vendor solution consultant: product setup, OMS, integrations
    "P": "Patrick Ellery",     # Ferncliffe retail operations director, sponsor (calls 1 and 6 only)
    "L": "Lucinda Marr",       # Ferncliffe area manager (North), speaks for the stores
    "M": "Mick Farrow",        # Keswick store manager, pilot store (sceptical)
    "A": "Anita Carvalho",     # Ferncliffe finance controller
    "T": "Theodore Banks",     # Ferncliffe IT, the network person ("Theo")
    "F": "Femi Adeola",        # Cardlane, payment-terminal provider
    "B": "Bryn Castell",       # Northpaw Digital, Ferncliffe's e-commerce agency (owns the web stock feed)
    "Y": "Yasmin Thorne",      # Tessellate Assurance, the QSA (PCI assessor), from call 3
}

CALLS = {}

# ---------------------------------------------------------------- call 1, Wednesday 2026-10-14
CALLS[1] = """
N: Morning all. Um, I can see nine of us I think. Let's give it a minute for Patrick.
M: He'll be late. He's always late.
L: Mick.
M: What? He is.
P: I'm here, I'm here. Sorry, I was on with the landlord at Buxton. I've got about fifteen minutes and then I have to jump.
N: No problem, we'll do the big bit first then. So, welcome, this is the first of the weekly calls for the Tillhouse rollout | at Ferncliffe. I'm Naomi Fairhurst, I'm the project manager on our side. Wednesdays, half nine, thirty minutes, | I'll try and stick to that. Jonah, do you want to go?
J: Hi, Jonah Pellow, solution consultant. So the product setup, the order management side, click-and-collect, | and the integrations, so the web feed and the card readers.
P: Patrick Ellery, retail operations director. I'm, um, I'm sponsoring this. Lucinda's going to be the day-to-day for us.
L: Lucinda Marr, area manager for the North, so Keswick's one of mine. I'll speak for the stores mostly.
M: Mick Farrow, I manage Keswick. The guinea pig.
A: Anita Carvalho, finance controller. My interest is the money adding up at the end of the day.
T: Theo Banks, IT. Well, I'm the network bit of IT. There's three of us, so I'm also the printer bit.
F: Femi Adeola, Cardlane. I look after your account on the payments side, so, the card readers.
B: Bryn Castell from Northpaw. We're the web agency, we built the Ferncliffe site and we run it.
N: Great, thanks everyone. Patrick, since you're short on time, scope and the date. The contract says one pilot store | and then the rest. Our suggestion is Keswick goes live on Monday the sixteenth of November, and the other thirteen | in January, after your Christmas freeze.
P: I'd like us to think about doing all fourteen before Christmas, honestly. The old tills are falling apart.
M: Not in November you won't. I've got the busiest six weeks of the year coming and you want to rip the tills out?
P: I said think about.
L: I'm with Mick on this one, Patrick. The freeze starts on the twenty-third. We'd have one week.
A: And I'd rather find out what goes wrong with the money in one shop, not fourteen.
P: Fine. Fine. Keswick on the sixteenth, the rest in January. Let's go with that.
N: Lovely, I'll write that down as agreed. Um, the other thing we said we needed from you, Patrick, was something to the stores.
P: Yes. I'll send a note round all the store managers this week, so they hear it from me first. Not from Mick in the pub.
P: Right, I'm going to drop. Lucinda's got my proxy. Thanks all.
N: Thanks Patrick. Okay. Jonah, product data?
J: Yeah, so, to build Keswick we need your item master. Every SKU, size, colour, barcode, price. | I've got a template for it, it's basically a spreadsheet with some rules in it.
L: Who's that going to? Me?
J: I'd say you, and you farm it out to buying.
L: Fine. When do I get it?
J: You'll have the template by Friday, Lucinda.
M: How many lines is Keswick, though? Because we carry the whole range. Boots alone, it's, God.
J: Honestly I don't know yet. That's sort of why we want the file.
N: Anita, on the finance side. What we need is your GL codes and the list of tenders, so cash, card, gift card, | vouchers, so the end-of-day export lands in the right accounts. Could we have that by next Friday?
A: Can do. The twenty-third.
A: Can I say now, though, the thing that actually scares me is card reconciliation. | In my last place we spent three months chasing pennies between the tills and the bank.
J: Yeah, we'll come to that properly. The settlement file from Cardlane is the key to it.
F: We do a daily settlement file, it's standard.
N: Femi, while you're on. Where are we with the readers being certified against Tillhouse?
F: So the lab slot's booked, so we'll have the certification letter to you by the thirtieth. And then it's shipping.
J: And until that letter, I can test the screens but not an actual card going through.
N: Understood. Theo, network. Keswick's broadband, is it up to it?
T: Honestly, no idea. It's whatever BT put in about ten years ago. Leave it with me. I'll have speeds for you Monday.
M: It's rubbish. I can tell you that now. The card machine drops out when it rains.
T: That's the card machine, Mick, not the line.
N: Ha. Okay. Monday. Bryn, the website.
B: Yep. So right now the site takes a CSV of stock every night from your old tills. For click-and-collect | it has to read live stock from Tillhouse, which is a change to our feed. Jonah's sent the API docs over, | so we can have the feed reading from your stock API on staging by the twenty-eighth.
B: Just to flag, that's assuming the work's approved your side. We haven't had a PO yet.
L: That'll be Patrick. He signs anything over five grand.
N: Okay. Mick, last one from me. Training. We'd like three super-users at Keswick, people who get trained first | and then help everyone else. Could we have three names by Monday?
M: Three people who actually want to do this? Good luck.
N: Three people who won't hide from it, then.
M: You'll get your three names.
N: Monday?
M: Monday.
J: And if it'd help, I could do a demo for the other area managers at some point, so it's not only Keswick that's seen it.
L: Maybe in the new year.
M: Brilliant. I'll put the tills in myself with a screwdriver as well, shall I?
N: We'll spare you that one, Mick, our hardware team do the install. Right, quick recap. Keswick on the sixteenth | of November, the rest in January. Patrick's note to the stores this week. Jonah, the template Friday. | Anita, GL codes and tenders the twenty-third. Theo, speeds Monday. Femi, the letter the thirtieth. | Bryn, staging the twenty-eighth. Mick, names Monday.
N: Thanks everyone, see you next Wednesday.
"""

# ---------------------------------------------------------------- call 2, Wednesday 2026-10-21
CALLS[2] = """
N: Morning. Patrick's sent apologies, he's at the Buxton lease thing again. Um, let's just go round. Lucinda, did the template turn up?
L: Yep, got Jonah's template Friday. Buying have got it now.
N: And when do we think it comes back?
L: Buying are on it now, I'm aiming for the thirtieth for the whole Keswick range.
J: Great. Keep the barcode column honest, that's the one that bites.
L: Noted.
N: Theo, speeds?
T: Keswick's forty down, ten up. That's plenty for four tills. It's not the line.
M: Then why does the card machine...
T: Different conversation, Mick.
N: Mick, the super-user names?
M: Names. Yeah, I know. I've had two off sick and forty cages of winter stock in. Friday.
N: Friday's fine.
N: Femi, anything from the lab?
F: Still the thirtieth. They started on Monday.
J: Just so everyone's clear, I can't test card payments end to end until the readers are certified. | Everything else I can do, but a real tap, a real chip and PIN, that's waiting on Cardlane.
F: Understood. Once we've got the letter they ship the same week, so Keswick will have four readers by the sixth.
M: Four? I've got five tills.
L: Four tills, Mick. We agreed four.
M: Did we.
L: We did. In August. You were there.
N: Theo, on the readers. Femi's lot say they have to be on their own network, separate from the back office | and from the customer wifi.
T: A payment VLAN, yeah. It's on my list. I'm aiming for the thirtieth for the VLAN, I've got Ambleside's switch to do first.
T: Do you want me to look at the guest wifi as well while I'm in there?
N: Not for now. Let's keep it to the tills.
N: Hardware. So our hardware team will have the kit staged and at Keswick by Friday the sixth. That's the iPads, | the stands, the receipt printers and the cash drawers.
M: And where am I putting it?
N: It ships in about six boxes.
M: Six boxes. In November. In my stockroom.
N: Bryn, the feed?
B: So, um, the honest answer is we haven't started. | We can't start the feed change until we've got a PO, and there isn't one yet.
L: That's with Patrick. He signs those.
B: We did the same change for another client last year, it took about a week, so it's not big. | But no PO, no work. That's just our finance people.
N: Is the twenty-eighth still real, then?
B: It's still the twenty-eighth if the PO lands this week. If it doesn't, it won't be.
N: Lucinda, can you give Patrick a nudge?
L: I'll ring him this afternoon. I'll ask about the note to the stores while I'm at it, because I haven't seen that either.
M: Nobody's seen it.
N: Okay. The big one I wanted today, the website stock. Jonah?
J: So for click-and-collect the question is what the site shows. Either exactly what Tillhouse says is in the shop, | or we hold a couple back.
M: Hold some back. My shop floor stock isn't where the system thinks it is half the time. Somebody's tried it on, | it's in a bag under the counter.
L: Two?
B: Two's easy for us, it's one number in the feed.
A: Does that touch the stock value at all?
J: No, it's only what the web sees. The stock's still on your books.
N: So, agreed, the website shows store stock minus two per item for click-and-collect, and only Keswick | does click-and-collect in the pilot.
L: Agreed.
B: Yep.
N: Jonah, gift cards.
J: Yeah, old gift card balances. I'll write the gift card import, the balances from the old tills, by the sixth.
A: There's about two thousand live cards. It's a report out of the old system, it's nothing.
N: Anita, anything else from finance?
A: No. Still Friday for the codes.
N: Great. Recap then. Lucinda, the item file the thirtieth. Mick, names Friday. Femi, the letter the thirtieth, | four readers at Keswick the sixth. Theo, the VLAN the thirtieth. Our hardware the sixth. Jonah, gift cards the sixth. | Lucinda's ringing Patrick about the PO. Bryn, the twenty-eighth, PO permitting.
B: PO permitting.
N: Thanks all.
"""

# ---------------------------------------------------------------- call 3, Wednesday 2026-10-28
CALLS[3] = """
N: Morning. We've got a new face this week. Yasmin, do you want to introduce yourself?
Y: Hi, yes, Yasmin Thorne from Tessellate Assurance. I'm your QSA, so I'm the one who has to say you're PCI compliant | before the new readers take real money.
M: No pressure, then.
Y: Not on me, no.
N: Ha. Okay. Lucinda, the PO.
L: I rang him. It went through Thursday. Bryn should have it.
B: We've got it, yeah, thank you. We started Friday. Staging'll be Friday now, not today.
N: Friday the thirtieth.
B: Yep.
N: Mick, names?
L: Mick sent me the three names Friday. It's Hollie, Dan and Priyesh.
M: Dan's not thrilled.
J: Dan'll be fine. So I'll come up and do the super-user training on Tuesday the tenth, all day, in the store before you open | and then on the tills once they're in.
M: Before we open is half eight.
J: I'll be there at half seven.
M: We'll see.
N: Femi, the letter.
F: Bad news, sorry. It'll be next week now. The lab found a firmware thing with the contactless limit, | they've patched it and it's being retested. So the sixth, realistically.
J: Which pushes my card testing, obviously.
F: I know, I know.
N: And the readers to Keswick? Still the sixth?
F: Shipping's the same week as the letter, so it's tight. Let's say still the sixth and I'll tell you next week.
F: If you wanted, we could send a loan reader, an uncertified one, so Jonah can at least try the screens.
J: Honestly it doesn't get me much. I'd rather wait for the real ones.
N: Anita, GL codes?
A: Yeah, sorry. The mapping's going to be this Friday now, month-end ate me.
N: That's fine.
A: And Femi, can I get a sample settlement file? I want to see what I'm reconciling before I design anything.
F: Yep, I'll dig one out this week.
A: Thanks. And can I raise how this works day to day? Because I don't want fourteen store managers | matching card totals to a bank statement.
M: Thank God for that.
A: So my proposal is the stores count the cash, and that's it. The card side, we match centrally at head office | every morning, Cardlane's settlement file against the Tillhouse end-of-day.
J: That's how most of our customers run it. The end-of-day export has the card totals per till.
L: The stores will love that.
N: Any objections? No? So agreed, card reconciliation is done centrally by finance every morning, | and the stores only count cash.
A: And I'll write the store cash-up procedure, one side of A4, by the sixth.
N: Thank you. Yasmin, what do you need from us?
Y: So I'll send over my evidence list on Friday. It's policies, network diagrams, who has access to what. | The big one for a shop is segmentation. The card readers sit on their own network and nothing else can see them.
T: That's the VLAN. Still the thirtieth for Keswick, in theory.
Y: Then I'd want to see it physically and scan it. Thursday the twelfth I can be in Keswick.
M: Thursday the twelfth I'm short-staffed.
Y: I don't need you, I need the cupboard with the router in.
M: The cupboard with the router in is also the cupboard with the mop in.
Y: I've seen worse. I've seen a router in a toilet.
N: Bryn, click-and-collect on the live site?
B: Production for click-and-collect, we're targeting the eleventh. That's a Wednesday.
J: Good, that's before the sixteenth.
M: Still nothing from Pat, by the way. The note.
L: I know. I mentioned it when I rang him. He says it's written.
M: Written. Right.
N: Okay, recap. Bryn, staging Friday. Jonah, training the tenth. Femi, the letter the sixth and the sample file this week. | Anita, codes Friday and the cash-up procedure the sixth. Yasmin, the evidence list Friday and Keswick on the twelfth. | Theo, the VLAN. Bryn, production the eleventh.
Y: Thanks all.
N: Cheers, bye.
"""

# ---------------------------------------------------------------- call 4, Wednesday 2026-11-04
CALLS[4] = """
N: Morning. Bryn's off today, he's emailed me. Let's crack on. Femi, I hear you've got good news.
F: I have. The certification letter came through yesterday. Jonah's got it.
J: Got it, yep, last night. So I can start proper card testing as soon as the readers arrive.
N: And the readers?
F: So they go out Monday, so they'll be with Mick Tuesday the tenth.
M: Tuesday the tenth is the training day.
J: That's perfect, actually, we'll unbox them in the training.
M: Course we will.
N: Jonah, anything else?
J: A few things. Bryn's feed is on staging, I've been testing against it since Monday and the stock's coming through right.
N: Great.
J: Anita's mapping came in Friday, thank you. And Lucinda's file came in Monday. Eleven thousand four hundred lines.
L: Is that a lot?
J: It's fine. But about three hundred of them haven't got a barcode.
M: That'll be the socks. And the carabiners. They come in loose.
L: Leave the barcodes with me, I'll get them sorted by Monday.
N: And Yasmin's list came Friday too. Thanks Yasmin.
Y: Welcome. Which brings me to the awkward bit. | I can't scan anything or sign anything off at Keswick until the payment VLAN's in. | That is the test, basically.
T: Yeah. So. Realistically the sixth now. I've got to go up there, the switch needs doing on site.
Y: The sixth is fine for me, as long as it's there when I come on the twelfth.
N: Theo, while I've got you, failover. What happens if the broadband goes on the day?
T: Yeah, I'll get a 4G backup router in there before go-live. It's ordered, it'll be there by the thirteenth.
M: Why can't we keep the old card machines, anyway? They work. Mostly.
Y: If you went standalone PDQ, I'd have to rescope the whole thing, and Anita would be keying amounts in by hand.
A: No.
M: Only asking.
A: While we're on Cardlane. Femi, still no sample file.
F: That's on me. End of the week, promise.
A: Because honestly I can't finish the reconciliation design without it. I'm guessing at the columns.
N: Okay. Gift cards. Jonah?
J: So I've had a look at the balances report and, honestly, it's a mess. Half of them have no expiry, | some are from 2019, some have been topped up in ways I don't understand.
A: Some of those were goodwill. Don't ask.
N: Can I suggest we don't migrate gift card balances for the pilot at all? Keswick takes old gift cards | as a manual voucher, and we migrate the lot properly before the January stores.
L: I'd rather that than a mess on day one.
A: Fine by finance, as long as somebody logs them.
M: We'll log them. In a book. Like it's 1985.
N: So agreed, no gift card migration for the pilot, old cards handled as manual vouchers at Keswick. | Jonah, you can stop on the import.
J: Happily.
N: Mick, the opening stock. We need a count before go-live.
M: We'll do a full count the Saturday before, the fourteenth, after close.
L: Patrick wants to announce it at the managers' conference on the nineteenth, so he's really keen the date doesn't move.
M: Has he sent the note yet?
L: Don't.
N: And from me, I'll put together a go/no-go checklist and get it round by Monday.
N: Hardware, by the way, tell me the Keswick kit is staged and goes out today. So still the sixth.
M: Six boxes.
N: Six boxes. Okay, recap. Femi, readers with Mick on the tenth, the sample file by Friday. Lucinda, the barcodes Monday. | Theo, VLAN the sixth and the 4G box the thirteenth. Mick, the count on the fourteenth. Me, checklist Monday. | Gift card import's off.
L: Thanks Naomi.
"""

# ---------------------------------------------------------------- call 5, Wednesday 2026-11-11
CALLS[5] = """
N: Morning everyone. Bryn can't make it again. Patrick's not with us. Um, Mick, you've had a busy week.
M: Your tills turned up Thursday, and the card machines came yesterday, in the middle of the training.
J: Which went fine, I thought.
M: Jonah's training was, actually, alright. Hollie's better at it than me already.
J: I'll take that.
M: Don't get used to it.
N: Ha. Anita?
A: The sample file came, thanks Femi. It's what I expected, more or less.
F: Sorry it took so long.
A: So I'll run the sample file against your end-of-day export by Friday. If it matches, I'm a happy woman.
N: And the cash-up procedure?
A: I've got a draft. It'll be Monday.
L: And thanks for the checklist, Naomi, it's really clear.
N: Good. Right, the big one. Theo, the VLAN.
T: So. I was up there Monday. The switch is the wrong model, it can't do the tagging we need. | The new one arrives Thursday, so it'll be Friday.
Y: Then Thursday I can look at the cabling, but I can't scan. | If the VLAN's in when I'm there Thursday, you'll have my sign-off Friday.
T: It won't be in Thursday. It'll be in Friday, I'm driving up.
N: Okay. Let's be honest about it then. | Without Yasmin's sign-off we can't take a single card payment on the new tills, so Monday depends on it.
M: And if Friday's a no, I'll just tell my customers to pay in cash, shall I? It's 2026.
N: So I'd like a go/no-go on Friday at two. Lucinda, Patrick, me, Yasmin, Theo.
L: Patrick says he'll dial in for that one.
N: Lucinda, barcodes?
L: I've done about half. The other half are the socks. Mick, could your lot do the rest in store? | You've got the stock in front of you.
M: Fine. Saturday morning before we open.
L: Thank you.
M: Saturday morning barcodes, Saturday night stock count. Lovely weekend.
N: Jonah, anything from Bryn?
J: Bryn's emailed. Production's going to be Monday the sixteenth now, they had a release freeze on the site | for their Black Friday build.
N: Monday, same day as us. Tight.
J: It's a flag, they can switch it on when we're ready.
J: I could stay up there Sunday night for the install, if you want somebody on site.
N: Let's see what Friday says.
F: From our side the four readers are all paired. I checked them remotely this morning.
J: Yeah, I saw. I put a test transaction through on each, one pound, they all went.
A: One pound each. I'll be looking for those four pounds.
N: Femi, anything else from you?
F: No, that's us done until go-live.
N: Okay. Recap. Anita, the reconciliation test Friday, the procedure Monday. Theo, VLAN Friday. Mick's team, barcodes Saturday, | count Saturday. Bryn, production Monday. Go/no-go Friday at two.
T: Yep.
N: Thanks everyone.
"""

# ---------------------------------------------------------------- call 6, Wednesday 2026-11-18
CALLS[6] = """
N: Morning. Anita and Femi have sent apologies. Patrick, thanks for joining.
P: Well. I thought I should, given Friday.
N: So, for the record. Friday's go/no-go was a no-go. The VLAN wasn't in when Yasmin was on site, so no scan, | no sign-off, and we didn't go live on Monday.
T: For what it's worth it went in Monday. The new switch came Friday afternoon, I did it Monday first thing.
Y: And I was up Thursday, I did the walk-round, the cabling's fine. The cupboard's fine. The mop's fine.
M: Told you about the mop.
Y: So I'll rescan on the second of December and you'll have my report by the fourth.
P: Which is in the freeze.
L: Which is in the freeze. And Mick's not having new tills the week after Black Friday.
M: Mick is not.
N: So until Yasmin's report, we still can't take cards on the new tills. Nothing's changed there. | My proposal is we don't try and squeeze it in. Keswick goes live on Monday the eleventh of January, | after the freeze, and the other thirteen start from February.
P: I hate it. But yes. Keswick on the eleventh of January, the rest from February. Agreed.
L: We could always do Ambleside first in January, if Keswick's sick of us.
M: Keswick is sick of you.
P: No. Keswick. Mick's team are trained.
P: I'll take it to the board on Monday and confirm by Tuesday.
M: And the note, Pat? The one to the store managers. From about six weeks ago.
P: Yes, yes. I know.
L: Patrick, they're going to hear about January from somewhere.
P: I know, Lucinda.
N: I'll reissue the plan with the January dates by Friday.
N: Bryn, welcome back.
B: Thanks. Click-and-collect's on prod, switched off behind a flag until you're live.
J: I've seen it on prod, yeah.
M: We did the barcodes and the count Saturday anyway, so that's done, for what it's worth.
J: The count'll be two months old by January.
M: Don't.
J: You'd do a top-up count in the new year, it's only the deltas.
N: Anita messaged me, by the way. The reconciliation test matched to the penny, she's happy.
J: Including the four pounds?
N: Including the four pounds.
M: Still no 4G box, by the way.
T: It's stuck at the supplier. I'll chase them.
N: And I haven't seen Anita's cash-up sheet yet either.
L: She's had year-end planning on, bless her.
J: If it's useful I can do a refresher for the super-users in the first week of January.
N: Maybe. Let's see where the plan lands.
B: Do you need anything from us before January?
J: No. Leave the flag off.
P: Right, I've got to go. Thanks Naomi. Sorry, everyone.
N: Thanks Patrick. Recap. Keswick on the eleventh of January, the rest from February. Yasmin, rescan the second, | report the fourth. Patrick, the board Monday. Me, the plan Friday. Theo, the 4G box.
Y: Bye all.
N: Bye.
"""


def ts(t):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    ms = int(round((s - int(s)) * 1000))
    if ms == 1000:
        ms = 999
    return f"{int(h):02d}:{int(m):02d}:{int(s):02d},{ms:03d}"


def turns(n):
    out = []
    for line in CALLS[n].strip().splitlines():
        code, text = line.split(": ", 1)
        assert ":" not in text, (n, text)
        parts = [p.strip() for p in text.split(" | ")]
        assert not any(p.startswith(("- ", ">>")) for p in parts), (n, text)
        out.append((NAMES[code], parts))
    return out


def render(n):
    rnd = random.Random(4100 + n)
    t = 2.0 + rnd.random() * 3
    lines = []
    k = 0
    prev = None
    for name, parts in turns(n):
        durs = [max(0.8, len(p.split()) / 2.6 + rnd.uniform(-0.2, 0.5)) for p in parts]
        if sum(durs) < 2.0:                      # no turn shorter than 2 s
            durs = [d * 2.0 / sum(durs) for d in durs]
        for i, (part, dur) in enumerate(zip(parts, durs)):
            k += 1
            text = part if name == prev else f"{name}: {part}"
            prev = name
            lines += [str(k), f"{ts(t)} --> {ts(t + dur)}", text, ""]
            t += dur + (0.03 if i < len(parts) - 1 else rnd.uniform(0.4, 1.7))
    return "\n".join(lines)


def merged_text(n):
    """Turn texts with the cue parts joined by single spaces (what a quote is checked against)."""
    return [(name, " ".join(parts)) for name, parts in turns(n)]


if __name__ == "__main__":
    d = Path(__file__).with_name("calls")
    d.mkdir(exist_ok=True)
    for n in CALLS:
        (d / f"call-{n}.srt").write_text(render(n))
        print(f"call-{n}.srt: {len(turns(n))} turns, {sum(len(p) for _, p in turns(n))} cues")
