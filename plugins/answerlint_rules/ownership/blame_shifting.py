"""The failure is pinned on someone else, or on luck, and the writer is absent from the cause.

## What it does
Flags sentences that make another person or group (a teammate, "my team", a
manager, the client, a vendor, "they") or plain bad luck and the market the
cause of the failure: "the vendor was late", "because of my manager", "nobody
told me", "if the supplier had delivered on time". A sentence that opens on
another party and runs straight from what they did to the failure counts
whatever the verb ("the freelancer vanished, so the brochure never went to
print", "legal held up the contract and we lost the slot"), unless what
follows is the writer's own act ("..., so I rebuilt it", "..., and I missed
the change"). Tools and systems count when they act on their own ("the
booking system had double-sold the rooms", "Outlook had autofilled the
group"), and so does work handed over that left something out ("the handover
notes didn't flag it") and a loss with no one named that points away from
the writer ("the form got lost somewhere along the way", "someone must have
changed it"). A neglect may lean on a failure told in the sentence just
before ("The deadline was missed. The administrator never entered the date.").

It stays quiet when the same sentence, or the next one, says what part was
the writer's own ("but the call to wait was mine", "I should have caught
it"), when the blame is negated ("it wasn't the vendor's fault") and when it
is someone else's words, quoted or reported ("my director said the agency was
slow"). A first-person clause that only describes a noun is not ownership:
in "a smaller team than we had agreed" or "suppliers I had trusted" the
writer still owns nothing of the cause.

## Why it matters to an interviewer
The question is a test of accountability. A listener who hears the cause
placed on other people stops listening for the lesson and starts wondering
how you will talk about *them* after a bad quarter. Other people can be in
the story; they cannot be the reason it went wrong.

## Example
```markdown
The launch slipped because the vendor was late with the payment API.
```

## Use instead
```markdown
The vendor was late with the payment API, but the call to wait for them
instead of building a fallback was mine.
```
"""

import functools
import re

import regex

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.language import (
    FLAGS,
    LazyPattern,
    OWNERSHIP,
    _CONTRAST_OPENING,
    _DISOWNED,
    _NOTHING_TO_DO,
    _STRONG_OWNERSHIP,
    clause_after,
    compile_words,
    merge_spans,
    negated,
    next_sentence,
    owns,
    per_sentence,
    phrase_pattern,
    plain,
    quoted,
    reported,
)
from answerlint_rules.ownership._parties import (
    CIRCUMSTANCES,
    DETERMINERS,
    EXTERNAL,
    FUNCTION,
    GIVEN_ARTEFACTS,
    INTERNAL_GROUPS,
    NOT_NAMES,
    OWNED_ARTEFACTS,
    PEOPLE,
    PRONOUNS,
    THINGS,
    TOOLS,
)
from answerlint_rules.ownership._voice import disowned

META = RuleMeta(
    code="AL101",
    name="blame-shifting",
    family="ownership",
    kind="span",
    severity=Severity.WARNING,
    summary="The failure is pinned on other people or on luck, with the writer absent from the cause.",
    message="This places the cause on someone else. Say which decision or check was yours.",
    docs=rule_docs(__doc__),
    phrases=True,
)

# Words, with inner apostrophes and hyphens ("didn't", "sub-contractor"); the standard
# library's engine tokenises several times faster than ``regex`` and words need nothing more.
_TOKEN = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_ACRONYM_GROUPS = frozenset({"IT", "QA", "HR", "HQ", "PM", "PMO", "CEO", "CFO", "CTO", "COO", "MD", "GP", "PI", "IT's", "QA's"})

# -- what a subject does to become the cause ----------------------------------------------

_ADV = r"""(?:\s+(?:had|has|have|also|just|completely|totally|simply|then|again|always|really|clearly|obviously|repeatedly|
    all|still|consistently|basically|literally|actually|apparently|frankly|conveniently|once\s+again|yet\s+again|
    of\s+course|as\s+usual|,\s*as\s+usual\s*,|,\s*of\s+course\s*,|,\s*predictably\s*,|predictably|,\s*yet\s+again\s*,|
    ,\s*once\s+again\s*,|,\s*in\s+(?:their|his|her)\s+(?:infinite\s+)?wisdom\s*,|in\s+(?:their|his|her)\s+(?:infinite\s+)?wisdom|
    who|that|which|,\s*who|'d|of\s+(?:the\s+|our\s+)?[\p{L}-]+))*"""
_INTENS = r"""(?:(?:way|so|too|very|completely|totally|always|just|extremely|hopelessly|really|frankly|consistently|painfully|
    far\s+too|far|much\s+too|incredibly|notoriously|chronically|also|again|badly|seriously|simply|utterly|pretty|quite|
    massively|hugely|woefully|wildly|basically|a\s+bit|a\s+little|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|
    several|a\s+few|\p{N}+)\s+(?:full\s+)?(?:days?|weeks?|months?|hours?|minutes?))\s+)*"""
# A state that makes a person, a group, their work or a circumstance the cause.
_BAD = r"""
    late|slow(?!\s+to\s+(?:trust|forgive|warm|open|accept|believe|recover|heal|anger|praise))|unreliable|unprepared|
    incompetent|lazy|careless|disorgani[sz]ed|useless|unresponsive|wrong|unclear|vague|uncooperative|difficult|
    hopeless|sloppy|negligent|absent|unavailable|behind(?:\s+schedule)?|unreasonable|inflexible|unhelpful|obstructive|
    rude|hostile|clueless|out\s+of\s+(?:their|his|her|its)\s+depth|no\s+(?:help|use|good)|to\s+blame|at\s+fault|
    responsible\s+for\s+(?:this|that|it|the\s+(?:delay|failure|mistake|mess|problem|error|outage|loss|slip|overrun|mix-?up)s?)\b|
    the\s+(?:real\s+|main\s+|whole\s+|root\s+|biggest\s+)?(?:problem|cause|bottleneck|weak\s+link|issue)\b(?!\s+(?:was|is)\b)|
    incomplete|inaccurate|incorrect|outdated|out\s+of\s+date|out-of-date|buggy|broken|faulty|flawed|corrupt(?:ed)?|
    down|offline|out\s+of\s+(?:stock|action|service|order)|
    unrealistic|impossible|unworkable|unachievable|ridiculous|insane|crazy|absurd|too\s+(?:tight|short|small|low|thin|ambitious|aggressive)|
    (?:way\s+|completely\s+|totally\s+|wildly\s+|badly\s+)off|off\s+by\s+\S+|full\s+of\s+(?:errors|mistakes|holes|gaps|bugs|typos)|
    riddled\s+with|rubbish|garbage|terrible|awful|appalling|shocking|dreadful|atrocious|shoddy|patchy|
    (?:a|an|the)\s+(?:complete\s+|total\s+|absolute\s+|real\s+)?(?:mess|disaster|nightmare|shambles|joke|farce)|
    not\s+fit\s+for\s+purpose|nowhere\s+near\s+(?:ready|done|finished|good\s+enough|accurate)|missing|misleading|
    conflicting|contradictory|half-baked|half-finished|unusable|
    asleep\s+at\s+the\s+wheel|all\s+over\s+the\s+place|against\s+us|stacked\s+against\s+us|cut|slashed|halved|
    brought\s+forward|pulled\s+forward|moved\s+(?:up|forward)|too\s+busy\s+to\s+\p{L}+|nowhere\s+to\s+be\s+(?:found|seen)
"""
_BE = r"(?:was|were|is|are|had\s+been|'d\s+been|has\s+been|have\s+been|seemed|proved|turned\s+out\s+to\s+be|got|became|came\s+in|arrived|turned\s+up|showed\s+up)"
_STATE = rf"\s+{_BE}\s+{_INTENS}(?:{_BAD})"
# Failing a duty: "didn't send", "never replied", "failed to deliver", "forgot to".
_NEGLECT = r"""(?:didn't|did\s+not|never|hadn't|had\s+not|failed\s+to|forgot\s+to|neglected\s+to|refused\s+to|wouldn't|
    would\s+not|won't|couldn't\s+be\s+bothered\s+to|didn't\s+bother\s+to|never\s+bothered\s+to|omitted\s+to)
    \s+(?:even\s+|actually\s+|properly\s+|really\s+|bother\s+to\s+|once\s+|ever\s+)?(?<verb>[\p{L}-]+)
    (?<rest>\s+(?:me|us|anyone|anybody|it|them|up|off|back|in|on|through|(?:the|their|his|her|my|our|any|a|an)\s+[\p{L}-]+))?"""
_THING_FAIL = r"""crashed|froze|failed|broke(?:\s+down)?|went\s+(?:down|offline|bust|under|bankrupt)|
    had\s+(?:a\s+|an\s+)?(?:\p{L}+\s+)?(?:bug|glitch|fault|flaw|outage|error)s?|kept\s+(?:crashing|dropping|freezing|failing|breaking|
    going\s+down|timing\s+out|losing|falling\s+over|cutting\s+out|disconnecting)|glitched|wiped|collapsed|tanked|turned|
    auto-?(?:filled|completed|corrected|populated|renewed|deleted|archived|replied|forwarded|updated|synced|rejected|cancell?ed)|
    cut\s+out|dried\s+up|slumped|nosedived|moved\s+against\s+us|went\s+south|went\s+wrong|fell\s+over|fell\s+through|timed\s+out|
    let\s+(?:us|me)\s+down|lost\s+(?:the|our|my|all|half)\b|corrupted|overheated|stopped\s+working|died|
    (?:double|triple|over|under|mis)-?(?:sold|booked|charged|billed|counted|posted|sent|paid|allocated|assigned|routed|labell?ed|
       calculated|read|filed|applied|ordered)|
    (?:wrongly|incorrectly|silently|quietly|randomly|automatically|somehow)\s+(?:\p{L}+ed|sent|sold|put|set|wrote|overwrote|took)|
    (?:deleted|dropped|wiped|reset|overwrote|rejected|cancell?ed|duplicated|scrambled|garbled|swapped|merged|rounded|paid|charged|
       billed|issued|ordered|
       auto-?filled|auto-?completed|released|emailed|sent|published|pushed|assigned|allocated|changed|reverted)\s+
       (?:the\s+wrong|(?:the|our|my|all|half|some|every|both|two|three|\p{N}+)\s+(?:\p{L}+\s+){0,2}?(?:to\s+the\s+wrong|twice|without))"""
_ACTION = r"""
      broke\s+(?:the|our|my|it|everything|production|prod)\b | (?:messed|screwed|cocked|fouled)\s+(?:it\s+|things\s+|everything\s+|the\s+\p{L}+\s+)?up | botched | blew\s+(?:it|the\s+\p{L}+)
    | ruined\s+(?:it|the\s+\p{L}+|everything) | sabotaged | derailed | torpedoed | sank | scuppered
    | dropped\s+the\s+ball | (?:let|lets|letting)\s+(?:me|us|the\s+(?:team|project|client|side|ward|customer)|everyone)\s+down
    | chang(?:ed|ing)\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?(?:requirements|scope|priorities|spec|specs|brief|mind|minds|plan|deadline|goalposts|schema|process|format|date)
    | mov(?:ed|ing)\s+the\s+goalposts | pulled\s+(?:out|the\s+plug) | backed\s+out | walked\s+(?:away|out)
    | went\s+(?:silent|dark|missing|AWOL|behind\s+my\s+back|over\s+my\s+head|off\s+sick\s+without)
    | kept\s+(?:changing|moving|adding|cancell?ing|chopping|pushing|ignoring|missing|forgetting|interfering)\b(?:\s+(?:the|their|his|her|its|our|my)\s+\p{L}+)?
    | (?:gave|sent|handed|fed|supplied|provided)\s+(?:me\s+|us\s+)?(?:with\s+)?(?:the\s+|a\s+|an\s+|some\s+)?(?:\p{L}+\s+)?(?:wrong|bad|incorrect|outdated|
        conflicting|misleading|inaccurate|incomplete|faulty|broken|buggy|useless|no)\b
    | (?:sent|gave|delivered|supplied|provided|allocated|shipped)\s+(?:(?:us|me)\s+)?(?:only\s+)?(?:half|a\s+fraction|a\s+third|a\s+quarter|
        fewer|less|too\s+few|not\s+enough|none|(?:a\s+)?(?:much\s+|far\s+)?(?:smaller|fewer|less|lower|shorter|cheaper|weaker))\b
    | (?:delivered|sent|shipped|submitted|handed\s+(?:over|in)|produced|wrote)\s+(?:(?:us|me)\s+)?(?:\p{L}+\s+)?
        (?:buggy|broken|bad|poor|sloppy|incomplete|wrong|inaccurate|incorrect|faulty|outdated|half-finished|unusable|shoddy|late)\b
    | (?:arrived|turned\s+up|showed\s+up|came\s+back|got\s+back\s+to\s+(?:us|me)|replied|responded|delivered|signed\s+off)\s+(?:[^\s.,;:!?]+\s+){0,4}?(?:late|too\s+late)
    | under-?delivered | over-?promised | over-?sold | ghosted | ignored\s+(?:my|our|the)\s+(?:\p{L}+\s+)?(?:warnings?|emails?|advice|concerns?|requests?|messages?|calls?|plan|recommendations?)
    | overruled\s+(?:me|us|my|our) | held\s+(?:us|me|everything|things|the\s+\p{L}+)\s+up | dragged\s+(?:their|his|her)\s+feet | sat\s+on\s+(?:it|the\s+\p{L}+)
    | made\s+(?:a|the|several|many|so\s+many|too\s+many|a\s+lot\s+of|lots\s+of|loads\s+of|some|basic|careless|silly|a\s+(?:huge|big|basic)|an?)\s+(?:\p{L}+\s+)?(?:mistakes?|errors?|mess|hash|blunder)
    | made\s+(?:mistakes|errors)
    | left\s+(?:the\s+\p{L}+|us|me|everything|things|it)\s+(?:in\s+(?:a\s+|such\s+a\s+)?(?:mess|state|chaos|shambles|tip|the\s+lurch)|to\s+(?:pick\s+up|clean\s+up|sort\s+out|deal\s+with))
    | (?:under|over)estimated | miscalculated | misread | misunderstood | misreported | mislabell?ed | misplaced | mixed\s+up
    | got\s+(?:it|the\s+\p{L}+|their\s+\p{L}+|his\s+\p{L}+|her\s+\p{L}+)\s+wrong | forgot\b | lost\s+(?:our|my)\b
    | (?:\p{L}+ed|put|set|sent|gave|wrote|made|took|brought|got|read|keyed|typed|used)\s+(?:[^\s.;:,!?]+\s+){0,4}?(?:in\s+)?(?:the|a|an)\s+(?:wrong|incorrect)\b
    | (?:\p{L}+ed|went|sent|took|put|began|started|ran|made|cut|dug|built|shipped|wrote|gave)\s+(?:[^\s.;:,!?]+\s+){0,5}?before\s+
        (?:anyone|anybody|the\s+\p{L}+|it|they|we|I|\p{Lu}\p{L}+)\s+(?:had\s+|could\s+|was\s+|were\s+)?(?:been\s+)?(?:\p{L}+\s+)?
        (?:signed|checked|approved|tested|confirmed|reviewed|cleared|agreed|cured|dried|set|inspected|verified)\b
    | missed\s+(?:the|their|his|her|a|every|our|my)\s+(?:\p{L}+\s+)?(?:deadline|date|handover|meeting|call|brief|briefing|cut-?off|window|delivery|slot|email|
        message|memo|update|warning|error|bug|problem|issue|signs?|step|check|booking|flight|train|collection)s?
    | (?:pulled|withdrew|scrapped|cancell?ed)\s+(?:the|our|my|all\s+(?:the|our))\s+(?:\p{L}+\s+)?(?:funding|budget|grant|contract|order|offer|investment|backing|sponsorship)
    | (?:cut|slashed|halved|froze)\s+(?:our|my|the)\s+(?:\p{L}+\s+)?(?:budget|funding|team|headcount|timeline|resources|staff|hours)
    | dumped\s+(?:it|the\s+\p{L}+|everything|this)\s+on\s+(?:me|us) | threw\s+(?:me|us)\s+under\s+the\s+bus | hung\s+(?:me|us)\s+out\s+to\s+dry
    | rushed\s+(?:me|us|the\s+\p{L}+)
    | (?:\p{L}+ed|made|put|took|sent|went|shipped|rolled|moved|dropped|pushed|swapped|switched|cut)\s+(?:(?!(?:I|we)\b)[^\s,;:.]+\s+){0,10}?without\s+
        (?:telling|warning|asking|consulting|informing|checking\s+with|letting\s+(?:anyone|anybody|us|me)\s+know|a\s+word|notice)
    | (?:decided|chose|opted|insisted|went|pushed|wanted)\b(?=[^.;]{0,20}\b(?:as\s+usual|predictably|yet\s+again|once\s+again|of\s+course|in\s+(?:their|his|her)\s+(?:infinite\s+)?wisdom)\b)
    | (?:didn't|did\s+not|never)\s+(?:really\s+)?know\s+what\s+(?:she|he|they)\s+wanted | couldn't\s+make\s+up\s+(?:her|his|their)\s+minds?
    | had\s+(?:already\s+)?(?:more\s+or\s+less\s+)?(?:already\s+)?(?:decided|chosen|picked|made\s+up\s+(?:their|his|her)\s+minds?)\s+(?:on|before)
    | didn't\s+(?:do|pull)\s+(?:their|his|her)\s+(?:job|part|bit|weight|homework) | couldn't\s+be\s+bothered
"""
_PERSON_PRED = LazyPattern(
    rf"{_ADV}(?:(?<state>{_STATE})|\s+(?<neglect>{_NEGLECT})|\s+(?:{_ACTION})|\s+(?:went\s+(?:bust|under|bankrupt|into\s+administration)|let\s+(?:us|me)\s+down|pulled\s+out))(?![\p{{L}}\p{{N}}])",
    FLAGS | regex.X,
)
_STOP = frozenset("the a an me us my our their his her its it to of in on at with up off and or by for as so out".split())
# Every literal word a predicate can contain: a subject with none of them close after it is passed over.
_PRED_WORDS = frozenset(
    w for w in regex.findall(r"[a-z][a-z']+", (_BE + _NEGLECT + _ACTION + _BAD + _THING_FAIL + "didn't wouldn't won't hadn't couldn't").replace("\\s", " ").replace("\\b", " "))
    if w not in _STOP
) | frozenset(
    """'d who changed changing moved moving cancelled canceled cancelling canceling underestimated overestimated without
    mislabelled mislabeled underdelivered under-delivered overpromised over-promised oversold over-sold disorganised
    disorganized corrupt out-of-date off-by half-baked half-finished mixed-up""".split()
)
_THING_PRED = LazyPattern(rf"{_ADV}(?:{_STATE}|\s+(?:{_THING_FAIL})|\s+(?:failed\s+to|didn't|did\s+not|wouldn't|refused\s+to)\s+\p{{L}}+)(?![\p{{L}}\p{{N}}])", FLAGS | regex.X)
# What the writer got from someone: "the specs we got", "the data they sent us", "the notes from the day team".
_RECEIVED = LazyPattern(
    r"""\s+(?:(?:that|which)\s+)?(?:
        (?:we|I)\s+(?:\p{L}+\s+)?(?:got|received|inherited|were\s+given|was\s+given|were\s+sent|was\s+sent|were\s+handed|was\s+handed|
            had\s+been\s+(?:given|sent|handed)|were\s+working\s+(?:from|with)|was\s+working\s+(?:from|with)|worked\s+from|relied\s+on|were\s+using|was\s+using)
      | (?:they|he|she)\s+(?:\p{L}+\s+)?(?:sent|gave|wrote|provided|supplied|handed\s+over|prepared|produced|drew\s+up|put\s+together)(?:\s+(?:us|me))?
      | (?:from|by|off)\s+(?:the\s+|our\s+|my\s+|their\s+)?(?:\p{L}+\s+)?(?<from>\p{L}+)
      | (?:given|sent|handed|supplied|provided)\s+(?:to\s+)?(?:us|me)(?:\s+by\s+(?:the\s+|our\s+|my\s+)?(?:\p{L}+\s+)?\p{L}+)?
    )""",
    FLAGS | regex.X,
)
_ART_PRED = LazyPattern(rf"{_ADV}(?:{_STATE}|\s+(?:didn't|did\s+not|never|failed\s+to)\s+(?:flag|mention|say|include|show|list|note|warn|record|cover|match)\b|\s+(?:had|contained|included)\s+(?:so\s+many\s+|several\s+|lots\s+of\s+|a\s+lot\s+of\s+|loads\s+of\s+|basic\s+)?(?:errors|mistakes|holes|gaps|typos|bugs))(?![\p{{L}}\p{{N}}])", FLAGS | regex.X)
# Duties whose neglect is a failure on its own; others only with the failure in the sentence.
_DUTIES = frozenset(
    """deliver delivered inform informed warn warned test tested finish finished complete completed show showed shown turn
    turned do did meet met review reviewed check checked flag flagged execute executed document documented escalate
    escalated sign signed hand handed fix fixed catch caught notice noticed prepare prepared keep kept honour honoured honor
    honored step stepped pull pulled bother bothered tell told send sent respond responded reply replied provide provided
    update updated communicate communicated share shared brief briefed train trained return returned confirm confirmed
    follow followed pass passed submit submitted chase chased give gave given answer answered get got call called mention
    mentioned approve approved pay paid listen listened read turn-up explain explained enter entered record recorded
    log logged label labelled labeled""".split()
)
_WEAK_DUTIES = frozenset(
    """understand understood help helped support supported care cared commit committed plan planned own owned
    know knew agree agreed want wanted like liked accept accepted think thought consider considered""".split()
)
_OFF = LazyPattern(r"\s+off\b", FLAGS)
# Verbs whose negation says nothing about a duty: "the vendor had never been late".
_NOT_DUTIES = frozenset("be been being had have see seen hear heard met know known worked used get receive find".split())
_NEGLECT_OK = LazyPattern(r"^\s+(?:me|us|him|her|them)\s+off\b|^\s+(?:which|whether|what|if|how|apart|the\s+difference)\b", FLAGS)
# Saying what or how is the duty itself: "never explained what the NDA covered".
_TELLING = frozenset("explain explained tell told show showed warn warned say said mention mentioned".split())

# -- connectors and set phrases -------------------------------------------------------------

# A connector that hands the cause to whatever follows it; ``strong`` ones need nothing else.
_CONNECTOR_SOURCE = r"""
      (?<strong>let\s+down\s+by|sabotaged\s+by|thrown\s+under\s+the\s+bus\s+by|at\s+the\s+mercy\s+of|held\s+back\s+by|
         dragged\s+down\s+by|fault\s+of|blame\s+(?:goes|went|lies|lay|rests|rested|falls|fell|sits|sat)\s+(?:squarely\s+)?(?:with|on)|
         fault\s+(?:lies|lay|rests|rested|sat|sits|was)\s+(?:squarely\s+)?with|set\s+up\s+to\s+fail\s+by|I\s+(?:\p{L}+\s+)?blamed?|
         (?:delayed|held\s+up|blocked|stalled|derailed|undermined|overruled|mishandled|botched|sunk|killed|scuppered|torpedoed|
          ruined|messed\s+up|wrecked|cancell?ed|pulled|dropped|ignored|forgotten|overlooked|lost|broken)\s+by|
         (?:the\s+)?(?:real\s+|main\s+|root\s+|whole\s+|biggest\s+|only\s+|underlying\s+)?(?:problem|issue|cause|reason|culprit|bottleneck)\s+(?:was|were|is)(?:\s+(?:that|simply|just|really))?)
    | (?<weak>because\s+of|due\s+to|owing\s+to|thanks\s+to|caused\s+by|courtesy\s+of|on\s+account\s+of|as\s+a\s+result\s+of|
         (?<=\b(?:was|is|were|it's|that's|all)\s+(?:all\s+|entirely\s+|largely\s+|mostly\s+|really\s+|purely\s+|mainly\s+|partly\s+)?)down\s+to|
         with\s+(?=(?:the|my|our|his|her|their)\s+(?:\p{L}+\s+)?\p{L}+\s+(?:letting|being|pulling|dragging|changing|missing|refusing)))
    """
# The writer as the one things were done to, bad luck, a rigged process: no subject needed.
_SET_SOURCE = r"""
      (?:nobody|no\s+one|no-one|noone)\s+(?:else\s+)?(?:on\s+the\s+\p{L}+\s+|at\s+the\s+\p{L}+\s+|there\s+)?(?:had\s+|ever\s+|even\s+|bothered\s+to\s+|thought\s+to\s+|actually\s+)*
        (?:told|tell|warned|warn|informed|inform|trained|train|showed|show|mentioned|mention|flagged|flag|briefed|brief|consulted|
           explained|checked|caught|noticed|updated|passed\s+(?:it\s+)?on|thought\s+to\s+(?:tell|check|ask|mention)|
           bothered\s+to\s+(?:tell|check|ask|mention))(?:\s+(?:me|us))?(?!\s+(?:to|off)\b)
    | (?:I|we)\s+(?:was|were|had\s+been|'d\s+been|got)\s+(?:never|not|n't)?\s*(?:properly\s+|actually\s+|even\s+|once\s+|ever\s+)?
        (?:told|informed|warned|trained|shown|briefed|consulted|included|invited|copied\s+in|cc'd|updated|taught|asked)(?!\s+(?:off|to)\b)
        (?<=(?:never|not|n't)\s*(?:\p{L}+\s+)?\p{L}+(?:\s+in)?)
    | (?:I|we)\s+(?:wasn't|weren't|hadn't\s+been|had\s+not\s+been)\s+(?:properly\s+|actually\s+|even\s+|ever\s+)?
        (?:told|informed|warned|trained|shown|briefed|consulted|included|invited|copied\s+in|cc'd|updated|taught|given|allowed|asked)(?!\s+(?:off|to\s+(?!(?:see|attend|join|comment|review)\b))\b)
    | (?:I|we)\s+(?:was|were|had\s+been)\s+never\s+given
    | (?:I|we)\s+(?:was|were|had\s+been|'d\s+been|got)\s+(?:\p{L}+\s+)?(?:given|sent|handed|fed|supplied|provided\s+with|passed|shown|told|set)\s+
        (?:(?:the|a|an|some)\s+)?(?:\p{L}+\s+)?(?:wrong|bad|incorrect|outdated|out-of-date|conflicting|misleading|inaccurate|incomplete|faulty|
        broken|buggy|useless|stale|dodgy|duff|rubbish|garbage|unrealistic|impossible|no|half)\b
    | (?:I|we)\s+(?:\p{L}+\s+)?(?:got|received|inherited)\s+(?:(?:the|a|an|some)\s+)?(?:\p{L}+\s+)?(?:wrong|bad|incorrect|outdated|out-of-date|
        conflicting|misleading|inaccurate|incomplete|faulty|broken|buggy|useless|dodgy|duff|rubbish|garbage|unrealistic|impossible)\b
        (?:\s+\p{L}+){0,2}\s+(?:from|off)\b
    | (?:I|we)\s+(?:was|were|felt|got|had\s+been)\s+(?:completely\s+|totally\s+|really\s+|badly\s+|just\s+)?
        (?:let\s+down|left\s+(?:in\s+the\s+dark|out\s+of\s+the\s+loop|high\s+and\s+dry|holding\s+the\s+baby|to\s+(?:it|fend|pick\s+up|deal|clean\s+up|sort))|
         kept\s+in\s+the\s+dark|thrown\s+under\s+the\s+bus|hung\s+out\s+to\s+dry|set\s+up\s+to\s+fail|blindsided|overruled|
         out\s+of\s+the\s+loop|pressured\s+into|pushed\s+into|talked\s+into|railroaded)
    | (?:it|that|this|the\s+\p{L}+)\s+(?:wasn't|was\s+not|was\s+never|isn't|is\s+not|was\s+hardly|wasn't\s+ever)\s+(?:really\s+|even\s+|ever\s+)?
        (?:my|our)\s+(?:call|decision|choice|idea|responsibility|job|remit|department|area|problem|plan)
    | (?:which|that|this)\s+(?:is|was|'s)\s+(?:their|his|her|the\s+\p{L}+'s)\s+(?:job|responsibility|remit)
    | (?:was|is)\s+(?:all\s+|entirely\s+|squarely\s+)?(?:her|his|their|\p{Lu}\p{L}+'s|the\s+\p{L}+'s)\s+(?:decision|call|choice|idea|fault|responsibility),?\s+not\s+(?:mine|ours)
    | (?:I|we)\s+(?:didn't|did\s+not|never)\s+(?:\p{L}+\s+)?(?:get|receive|have|hear)\s+(?:any\s+|enough\s+|the\s+|a\s+|proper\s+|much\s+|clear\s+|adequate\s+|real\s+)?
        (?:\p{L}+\s+)?(?:support|help|guidance|direction|training|feedback|information|instructions|notice|warning|input|answer|reply|response|
        resources|backing|handover|brief|briefing|specs?|data|sign-?off|approval|heads-?up|cooperation|co-operation)
        (?=\s+(?:from|off|out\s+of)\b|\s+(?:at\s+all|whatsoever)|\s*[,.;])
    | (?:bad|sheer|pure|rotten|terrible|plain|dumb|hard|awful)\s+luck | unlucky | unluckily | (?:bad|unfortunate|terrible|awful|poor|cruel)\s+timing
    | (?:the\s+)?timing\s+(?:was|just\s+wasn't)\s+(?:bad|terrible|awful|against\s+us|wrong|unfortunate)
    | (?:the\s+)?(?:stars|odds|universe|gods|cards|everything)\s+(?:was|were)\s+(?:stacked\s+)?against\s+(?:us|me)
    | just\s+one\s+of\s+those\s+things | (?:a|an)\s+(?:act\s+of\s+god|perfect\s+storm)
    | (?:a|the)\s+(?:\p{L}+\s+)?(?:communication|comms)\s+(?:problem|issue|breakdown|failure|gap)\s+(?:between|across|with)\s+(?:the\s+)?\p{L}+
    | (?:a\s+)?breakdown\s+(?:in|of)\s+communication\s+(?:between|across|with)\s+(?:the\s+)?\p{L}+
    | (?:was|were)\s+(?:just\s+|only\s+|always\s+|really\s+)?(?:a\s+)?(?:box-ticking\s+exercise|done\s+deal|foregone\s+conclusion|stitch-up|rigged|fixed\s+from\s+the\s+start)
    | (?:got|was|were|had\s+been|must\s+have\s+been|must\s+have\s+got)\s+(?:\p{L}+\s+)?(?:left|dropped|lost|missed|mislaid|misplaced|deleted|changed|
        overwritten|mixed\s+up|taken|moved|removed|garbled|scrambled|altered|swapped|switched|cut|edited|forgotten|skipped|copied|typed|entered)\b
        (?:\s+(?:off|out|in|of|from|over|down|up))?(?:\s+[^\s.;:!?]+){0,6}?\s+
        (?:somewhere\s+(?:along\s+the\s+(?:way|line)|(?:in|down)\s+the\s+(?:chain|process|system|handover|line|pipeline)|between)|
           (?:by|with)\s+(?:someone|somebody)(?:\s+else)?(?:\s+(?:upstream|downstream|in\s+\p{L}+|on\s+the\s+\p{L}+))?|upstream|
           before\s+(?:it|they|the\s+\p{L}+)\s+(?:ever\s+)?(?:reached|got\s+to|came\s+to|landed\s+(?:with|on))\s+(?:me|us|my\s+desk))
    | (?:someone|somebody)\s+(?:else\s+)?(?:upstream\s+|along\s+the\s+(?:way|line)\s+)?(?:must\s+have|had|'d)\s+(?:\p{L}+\s+)?
        (?:left|dropped|lost|missed|mislaid|misplaced|deleted|changed|overwritten|mixed|moved|removed|altered|swapped|switched|
        edited|forgotten|skipped|typed|entered|keyed|put|sent|given)\b
    """


# The words each pattern can start on: patterns are tried only there, never at every offset.
_CONNECTOR_STARTS = frozenset(
    "let sabotaged thrown at held dragged fault blame set i delayed blocked stalled derailed undermined overruled mishandled "
    "botched sunk killed scuppered torpedoed ruined messed wrecked cancelled canceled pulled dropped ignored forgotten "
    "overlooked lost broken the real main root whole biggest only underlying problem issue cause reason culprit bottleneck "
    "because due owing thanks caused courtesy on as down with".split()
)


def _gated(source: str, groups: list[tuple[str, str, list[int]]]) -> list[tuple[frozenset, frozenset, regex.Pattern]]:
    """The top-level branches of ``source`` as small patterns, each with the words one of which a
    sentence must contain before it is tried (gate) and the words a match can start on."""
    branches = regex.split(r"\n    \| ", source.strip("\n"))
    return [
        (frozenset(gate.split()), frozenset(starts.split()), compile_words("|".join(branches[k] for k in indices)))
        for gate, starts, indices in groups
    ]


_VICTIM_WORDS = (
    "told informed warned trained shown briefed consulted included invited copied cc'd updated taught given allowed asked sent "
    "handed fed supplied provided passed set let left kept thrown hung blindsided overruled loop pressured pushed talked railroaded "
    "following doing"
)
_SET_PHRASES = _gated(
    _SET_SOURCE,
    [
        ("nobody no noone no-one", "nobody no noone no-one", [0]),
        (_VICTIM_WORDS, "i we", [1, 2, 3, 4, 6]),
        ("job responsibility remit decision call choice idea fault", "which that this was is", [8, 9]),
        ("got received inherited", "i we", [5]),
        ("get receive have hear", "i we", [10]),
        ("call decision choice idea responsibility job remit department area problem plan", "it that this the", [7]),
        ("luck unlucky unluckily timing against things god storm",
         "bad sheer pure rotten terrible plain dumb hard awful unlucky unluckily unfortunate poor cruel timing the stars odds "
         "universe gods cards everything just a an", [11, 12, 13, 14]),
        ("communication comms", "a the breakdown", [15, 16]),
        ("box-ticking deal foregone stitch-up rigged fixed", "was were", [17]),
        ("somewhere someone somebody upstream reached landed", "got was were had must", [18]),
        ("must had", "someone somebody", [19]),
    ],
)
_CONNECTORS = _gated(
    _CONNECTOR_SOURCE,
    [
        ("by mercy fault blame blamed problem issue cause reason culprit bottleneck", " ".join(sorted(_CONNECTOR_STARTS)), [0]),
        ("because due owing thanks caused courtesy account result down with", " ".join(sorted(_CONNECTOR_STARTS)), [1]),
    ],
)


def _gated_matches(gated, text: str, tokens, words: frozenset, end: int):
    for gate, starts, pattern in gated:
        if gate & words:
            yield from _anchored(pattern, starts, text, tokens, end)


# Set phrases that are negative by nature: a "not" before them is part of the phrase.
_SELF_NEGATING = LazyPattern(r"^(?:no|nobody|noone|(?:I|we)\s+(?:wasn't|weren't|hadn't|didn't|did\s+not|never|was\s+never|was\s+not|were\s+not|had\s+not)|it|that|this|the)\b", FLAGS)

_FAILURE = compile_words(
    r"""
    fail(?:ed|ure|ures|ing|s)?|(?:problems?|trouble|issues?)\s+came\s+from|struggled|miss(?:ed|ing)?|late|later|delay(?:ed|s)?|slip(?:ped|s)?|overr?an|over\s+budget|behind|
    lost|lose|losing|broke|broken|crash(?:ed|es)?|outage|wrong|mistakes?|errors?|problems?|
    fell\s+(?:through|apart|over|short|behind)|collaps(?:ed|e)|cancel(?:l)?ed|complain(?:ed|ts?)?|refunds?|penalt(?:y|ies)|
    rejected|unhappy|angry|furious|disaster|mess|dropped|died|bounced|escalat(?:ed|ion)|breach|incident|stalled|
    stuck|derailed|flopped|bombed|went\s+badly|badly|poorly|drift(?:ed)?|round\s+in\s+circles|
    chaos|chaotic|confus(?:ed|ion)|scrambl(?:e|ed|ing)|upset|disappointed|cost\s+(?:us|me)|ran\s+out|short-?staffed|
    doomed|sank|sunk|lost|wasted|ended\s+up|scrapped|pulled|killed|churn(?:ed|s)?|overspent|overshot|down\s+by|short\s+by|empty|
    wiped|froze|frozen|never\s+(?:made|happened|arrived|shipped|launched)|blamed\s+(?:us|me)|so\s+(?:the|our|my|it|nothing|everything|half)|
    which\s+meant|meant\s+(?:that\s+)?(?:we|I|the|our)
    """
)
_NOT_BEFORE = LazyPattern(r"(?:\bnot|n't|\bnever)\s+(?:\p{L}+\s+)?(?:because|due\s+to|since|that)?\s*$", FLAGS)
_CLAUSE_STOP = LazyPattern(r"[,;:()\u2013\u2014]|\s-\s|\b(?:and|but|so)\s+(?:I|we)\b|\b(?:but|although|though|whereas|which\s+meant)\b", FLAGS)
# Ownership this rule also hears: "the real problem was my staffing plan".
_OWN_EXTRA = compile_words(
    r"""(?:problem|cause|issue|reason|mistake|fault|error|culprit)\s+was\s+(?:really\s+|actually\s+)?(?:that\s+)?(?:I|we|my|me|mine)
    | (?:I|we)(?:'d|\s+had|\s+(?:then|also|just|still|simply|finally|later|myself|personally|alone))?\s+(?:approved|chose|decided|agreed|assumed|
        promised|signed\s+off|underpriced|overpromised|accepted|ignored|skipped|rushed|waited|
        should|failed\s+to\s+(?:check|ask|plan|chase|test|read|notice|see|spot|confirm|verify|follow))\b
    | [;:\u2013\u2014]\s*(?:I|we)\s+did\b
    | (?<!(?:not|n't|never|hardly)\s+)(?:my|our)\s+(?:own\s+)?(?:\p{L}+\s+)?(?:plan|planning|estimate|spreadsheet|spec|decision|call|choice|process|brief|order|mistake|fault|error|responsibility|part)\b"""
)


def _tokens(text: str, sentence) -> "_Tokens":
    matches = list(_TOKEN.finditer(text, sentence.start, sentence.end))
    return _Tokens(matches, [m.group().lower() for m in matches])


_ALL_HEADS = PEOPLE | EXTERNAL | INTERNAL_GROUPS | THINGS | GIVEN_ARTEFACTS | OWNED_ARTEFACTS
_INTERNAL_STEMS = frozenset(w.rstrip("s") for w in INTERNAL_GROUPS)


def _anchored(pattern: regex.Pattern, starts: frozenset[str], text: str, tokens, end: int):
    """Matches of ``pattern`` that begin on a token whose lower-case form is in ``starts``."""
    for word in starts & tokens.words:
        for k in tokens.at(word):
            match = pattern.match(text, tokens[k].start(), end)
            if match:
                yield match


class _Tokens(list):
    """A sentence's word tokens, with their lower-case forms."""

    def __init__(self, matches, lower):
        super().__init__(matches)
        self.lower = lower
        self.words = frozenset(lower)

    def at(self, word: str) -> list[int]:
        return [k for k, w in enumerate(self.lower) if w == word]


def _head_class(tokens, i: int, first: bool) -> str | None:
    """What the token at ``i`` names: person, artefact, given (artefact), thing, or None."""
    return _word_class(tokens[i].group(), first)


@functools.lru_cache(maxsize=4096)
def _word_class(word: str, first: bool) -> str | None:
    lower = word.lower()
    base = lower[:-2] if lower.endswith(("'s", "'d")) else lower[:-1] if lower.endswith("s'") else lower
    if base in PRONOUNS:
        return "pronoun"
    if word in _ACRONYM_GROUPS:
        return "person"
    if base in EXTERNAL or base in PEOPLE or base in INTERNAL_GROUPS:
        return "person"
    if "-" in base and base.rsplit("-", 1)[1] in PEOPLE:
        return "person"  # "my co-teacher", "the night-nurse"
    if _ROLE_SUFFIX.fullmatch(base) and not base.endswith(_NOT_ROLES):
        return "person"  # trades named by "-ist": the florist, the anaesthetist, the typists
    if base in GIVEN_ARTEFACTS:
        return "given"
    if base in OWNED_ARTEFACTS:
        return "artefact"
    if base in THINGS or base in TOOLS:
        return "thing"
    if base == "i" or base.startswith("i'") or "'" in base:
        return None
    if _PLURAL_ACRONYM.fullmatch(word):
        return None  # "the sample IDs", "the PDFs": things, not people
    if word[0].isupper() and base not in NOT_NAMES and not (first and base in FUNCTION) and len(base) > 1:
        if base in FUNCTION:
            return None
        return "name"
    return None


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_ROLE_SUFFIX = re.compile(r"[a-z]{3,}ists?")
_NOT_ROLES = ("list", "lists", "wrist", "wrists", "twist", "twists", "mist", "mists", "exist", "exists", "insist", "insists",
              "assist", "assists", "resist", "resists", "persist", "persists", "consist", "consists", "gist", "heist")


def _subject_start(tokens: list[regex.Match], i: int, floor: int) -> tuple[int, str | None]:
    """Where the subject ending on token ``i`` starts, and its determiner (lowercase) if any."""
    j = i
    steps = 0
    while j - 1 >= floor and steps < 3:
        prev = tokens[j - 1].group().lower()
        if tokens[j - 1].group() in _ACRONYM_GROUPS:
            j -= 1
            steps += 1
            continue
        if prev in DETERMINERS:
            return j - 1, prev
        if prev in FUNCTION or prev.endswith("ly") or prev in PRONOUNS:
            break
        if prev.endswith("'s") or prev.endswith("s'"):
            return j - 1, "poss"
        j -= 1
        steps += 1
    if j != i and j - 1 >= floor and tokens[j - 1].group().lower() in ("of",):
        pass
    return (j if steps and j < i and tokens[j].group()[0].isupper() else i), None


def _failure_elsewhere(text: str, draft, sentence, start: int, end: int, before: bool = False) -> bool:
    """A failure told in the sentence outside ``[start, end)``, or (``before``) in the sentence just before."""
    if _failure_in(text, draft, sentence, start, end):
        return True
    if not before:
        return False
    before = _previous_sentence(draft, sentence)
    return before is not None and _failure_in(text, draft, before, before.end, before.end)


def _previous_sentence(draft, sentence):
    index = per_sentence(draft, "blame-index")
    if not index:
        index.update((s.start, k) for k, s in enumerate(draft.sentences))
    k = index.get(sentence.start)
    if not k:
        return None
    previous = draft.sentences[k - 1]
    return previous if previous.block == sentence.block else None


def _failure_in(text: str, draft, sentence, start: int, end: int) -> bool:
    cache = per_sentence(draft, "blame-failures2")
    spans = cache.get(sentence.start)
    if spans is None:
        spans = cache[sentence.start] = [m.span() for m in _FAILURE.finditer(text, sentence.start, sentence.end)]
    return any(e <= start or s >= end for s, e in spans)


_AND_CLAUSE = LazyPattern(r",\s+and\s+", FLAGS)
_AND_I = LazyPattern(r"\s+(?:and|&)\s+(?:I|me|myself|we|us)\b", FLAGS)


def _writer_in_subject(text: str, end: int) -> bool:
    """"the client and I", "my colleague and me": the writer shares the cause."""
    return bool(_AND_I.match(text, end, end + 16))


def _subjects(text, draft, sentence, tokens):
    """(start, end) of "subject + predicate" phrases that make another party the cause."""
    limit = sentence.end
    for i, token in enumerate(tokens):
        kind = _head_class(tokens, i, i == 0)
        if kind is None:
            continue
        word = token.group()
        end = token.end()
        possessive = word.lower().endswith(("'s", "s'"))
        first, det = _subject_start(tokens, i, 0)
        start = tokens[first].start()
        if kind in ("artefact", "given", "thing") and det in ("my", "our"):
            continue
        if kind == "person" and det == "our" and word.lower().rstrip("s") in _INTERNAL_STEMS:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].group().lower() in _ALL_HEADS and not possessive:
            continue  # a modifier: "the agency pickers" is headed by "pickers"
        if _writer_in_subject(text, end):
            continue
        if possessive:
            if kind in ("person", "name", "pronoun", "thing"):
                yield from _possessed(text, draft, sentence, tokens, i, start)
            continue
        if kind in ("person", "name", "pronoun"):
            if kind == "name" and i + 1 < len(tokens) and tokens[i + 1].group()[0].isupper():
                continue  # the first of two capitalised words: wait for the last
            if _PRED_WORDS.isdisjoint(tokens.lower[i + 1 : i + 7]):
                continue
            match = _PERSON_PRED.match(text, end, limit)
            if match is None:
                continue
            if match.group("neglect"):
                verb = match.group("verb").lower()
                rest = match.group("rest") or ""
                if (_NEGLECT_OK.match(rest) and verb not in _TELLING) or _OFF.match(text, match.end()) or verb in _NOT_DUTIES:
                    continue
                if match.group("neglect").lower().startswith(("failed", "forgot", "neglected", "refused", "omitted")):
                    pass  # failing to do anything at all is a failure
                elif verb in ("tell", "told", "warn", "warned", "inform", "informed") and rest.strip().lower() in ("me", "us", "anyone", "anybody"):
                    pass  # keeping the writer in the dark
                elif verb not in _DUTIES:
                    # "The deadline was missed. The administrator never entered the date."
                    if not _failure_elsewhere(text, draft, sentence, start, match.end(), before=True):
                        continue
                elif verb in ("tell", "told", "give", "gave", "get", "got", "do", "did", "read", "pay", "paid", "call", "called",
                              "listen", "listened", "follow", "followed", "send", "sent", "respond", "responded", "reply", "replied",
                              "answer", "answered", "return", "returned", "share", "shared", "update", "updated") and not _failure_elsewhere(
                    text, draft, sentence, start, match.end()
                ):
                    continue
                yield start, match.end(), True
                continue
            if match.group("state") and kind == "pronoun" and regex.search(r"\b(?:wrong|the\s+\p{L}+|missing|cut|against|off)\b", match.group("state"), FLAGS):
                continue  # "they were wrong" may be a thing; "they were the problem" is weak
            yield start, match.end(), True
        elif kind == "thing":
            base = word.lower()
            if base in CIRCUMSTANCES and i >= 1 and tokens[i - 1].start() >= sentence.start:
                before = text[max(sentence.start, start - 24) : start].lower()
                if regex.search(r"\b(?:year|month|week|summer|winter|spring|autumn|day|time|when|as|before|after|since|until)\s*$", before):
                    continue
            if det not in ("the", "their", "his", "her", "this", "that", "those", "these", "poss", None):
                continue
            match = _THING_PRED.match(text, end, limit)
            if match and _CONSEQUENCE.search(text, sentence.start, start):
                continue  # "..., and the tills froze": what followed, not the cause
            if match:
                yield start, match.end(), True
        else:  # artefacts
            received = _RECEIVED.match(text, end, limit)
            if received and received.group("from") and not _is_other(received.group("from")):
                received = None
            after = received.end() if received else end
            if kind == "artefact" and received is None and det not in ("his", "her", "their", "poss"):
                continue
            if kind == "given" and received is None and det not in ("the", "his", "her", "their", "poss", "this", "that", "those", "these"):
                continue
            match = _ART_PRED.match(text, after, limit)
            if match:
                yield start, match.end(), True


_CONSEQUENCE = LazyPattern(r"\b(?:and|so|then|which|until|when)\b", FLAGS)


def _is_other(word: str) -> bool:
    lower = word.lower()
    return lower in PEOPLE or lower in EXTERNAL or lower in INTERNAL_GROUPS or lower in PRONOUNS or word in _ACRONYM_GROUPS or (
        word[0].isupper() and lower not in NOT_NAMES and lower not in FUNCTION
    )


_FAULT_NOUN = LazyPattern(
    r"""\s+(?:\p{L}+\s+)?(?:fault|doing|mistakes?|errors?|delays?|negligence|incompetence|failures?|oversight|blunders?|screw-?ups?|
    cock-?ups?|carelessness|laziness|indecision|slowness|disorgani[sz]ation|lack\s+of\s+\p{L}+|poor\s+\p{L}+|late\s+\p{L}+|
    bad\s+\p{L}+|sloppy\s+\p{L}+|failure\s+to\s+\p{L}+)(?![\p{L}\p{N}])""",
    FLAGS | regex.X,
)


def _possessed(text, draft, sentence, tokens, i, start):
    """"the client's fault", "Sarah's estimate was way off", "his notes were useless"."""
    end = tokens[i].end()
    fault = _FAULT_NOUN.match(text, end, sentence.end)
    if fault:
        yield start, fault.end(), True
        return
    obj = regex.match(r"\s+(?:\p{L}+\s+){0,2}?\p{L}+", text[end : min(sentence.end, end + 60)], FLAGS)
    if obj:
        match = _ART_PRED.match(text, end + obj.end(), sentence.end) or _THING_PRED.match(text, end + obj.end(), sentence.end)
        if match:
            yield start, match.end(), True


_PRONOUN_POSS = compile_words(r"(?:their|his|her)\s+(?:\p{L}+\s+){0,2}?\p{L}+(?=\s+(?:was|were|had|had\s+been)\b)|(?:their|his|her)(?=\s+(?:fault|doing)\b)")


_POSS_STARTS = frozenset({"their", "his", "her"})


def _pronoun_possessives(text, sentence, tokens):
    for match in _anchored(_PRONOUN_POSS, _POSS_STARTS, text, tokens, sentence.end):
        if match.group().lower() in ("their", "his", "her"):
            fault = _FAULT_NOUN.match(text, match.end(), sentence.end)
            if fault:
                yield match.start(), fault.end(), True
            continue
        pred = _ART_PRED.match(text, match.end(), sentence.end)
        if pred:
            yield match.start(), pred.end(), True


def _connectors(text, draft, sentence, tokens, words):
    for match in _gated_matches(_CONNECTORS, text, tokens, words, sentence.end):
        strong = "strong" in match.re.groupindex
        after = match.end()
        found = None
        for token in tokens:
            if token.start() < after:
                continue
            if token.start() - after > 50 or regex.search(r"[,;:.]", text[after : token.start()]):
                break
            lower = token.group().lower()
            if lower in ("i", "me", "myself", "we", "us", "mine", "ourselves") or lower.startswith(("i'", "we'")):
                break
            if lower in ("my", "our"):
                k = tokens.index(token)
                nxt = tokens[k + 1].group().lower() if k + 1 < len(tokens) else ""
                if not (nxt in PEOPLE or nxt in EXTERNAL or (lower == "my" and nxt in INTERNAL_GROUPS)):
                    break
            if lower in ("it", "them", "him", "her") and strong and token.start() - after <= 1:
                found = token
                break
            base = lower[:-2] if lower.endswith("'s") else lower
            if base in PEOPLE or base in EXTERNAL or base in INTERNAL_GROUPS or base in THINGS or base in CIRCUMSTANCES or token.group() in _ACRONYM_GROUPS or (
                token.group()[0].isupper() and base not in NOT_NAMES and base not in FUNCTION
            ):
                found = token
                break
        if found is None:
            continue
        if match.group().lower().startswith("i") and match.group().lower().split()[-1].startswith("blame"):
            if regex.match(r"\s+(?:myself|me)\b", text[after - 1 : after + 10], FLAGS):
                continue
        if _writer_in_subject(text, found.end()):
            continue
        end = found.end()
        if not strong:
            fault = _FAULT_NOUN.match(text, end, sentence.end)
            if fault:
                end = fault.end()
            elif not _failure_elsewhere(text, draft, sentence, match.start(), end) or _none_since(text, sentence, match.start()):
                continue
        yield match.start(), end, True


_BECAUSE = compile_words(r"because|cos|since")
_COUNTERFACTUAL = compile_words(r"if(?:\s+only)?|(?<=^|[,;]\s*|\b(?:and|but)\s+)had(?=\s+(?:the|my|our|his|her|their|they|he|she)\b)")
_CF_VERB = LazyPattern(r"\s*(?:had|'d|hadn't|had\s+not|'d\s+not|did|didn't|would\s+have|'d\s+have|were|was|weren't|wasn't)\b", FLAGS)
_WOULD = compile_words(r"would(?:n't)?|could(?:n't)?|might|'d\s+have|wouldn't")


# Where the clause a "because" explains begins: "..., and for a while the drivers were off with me because ...".
_CLAUSE_OPEN = LazyPattern(r"(?:,\s*(?:and|but|so|while|whereas)\b|[;:\u2013\u2014]|\s-\s)", FLAGS)
# The clause says the failure never happened: "we haven't had a pack go out late because of stock".
_NONE_SINCE = compile_words(r"(?:haven't|hasn't|have\s+not|has\s+not|never)\s+(?:once\s+)?(?:had|been|seen|lost|missed)")


def _clause_opening(text: str, sentence, offset: int) -> int:
    opening = sentence.start
    for match in _CLAUSE_OPEN.finditer(text, sentence.start, offset):
        opening = match.end()
    return opening


def _none_since(text: str, sentence, connector: int) -> bool:
    return bool(_NONE_SINCE.search(text, _clause_opening(text, sentence, connector), connector))


def _explains_failure(text: str, sentence, connector: int, end: int) -> bool:
    """Whether the "because" clause explains a failure: one told in the clause it hangs on, or after it."""
    opening = _clause_opening(text, sentence, connector)
    if _NONE_SINCE.search(text, opening, connector):
        return False
    return bool(_FAILURE.search(text, opening, connector) or _FAILURE.search(text, end, sentence.end))


def _clauses(text, draft, sentence, tokens):
    """"because the client kept adding features", "if the supplier had delivered, we would have ..."."""
    for match in _anchored(_BECAUSE, frozenset({"because", "cos", "since"}), text, tokens, sentence.end):
        idx = next((k for k, t in enumerate(tokens) if t.start() >= match.end()), None)
        if idx is None:
            continue
        for k in range(idx, min(idx + 4, len(tokens))):
            kind = _head_class(tokens, k, False)
            if kind in ("person", "name"):
                if k + 1 < len(tokens) and _head_class(tokens, k + 1, False) in ("person", "name"):
                    continue
                if tokens[k].group().lower().endswith("'s"):
                    break
                nxt = text[tokens[k].end() : tokens[k].end() + 12]
                if regex.match(r"\s+(?:and|or|who|&)\b|\s*[,;.]", nxt, FLAGS) or _writer_in_subject(text, tokens[k].end()):
                    break
                start = tokens[idx].start()
                rest = clause_after(draft, sentence, start)
                stop = _CLAUSE_STOP.search(rest)
                if stop:
                    rest = rest[: stop.start()]
                end = start + len(rest.rstrip(" \t\r\n.!?…\"')"))
                if _explains_failure(text, sentence, match.start(), end):
                    yield match.start(), start, end, False
                break
            if k + 1 < len(tokens) and _head_class(tokens, k + 1, False) in ("person", "name"):
                continue  # a modifier: "the database team", "the night shift"
            if kind is not None or tokens[k].group().lower() not in DETERMINERS and k > idx + 1:
                break
    for match in _anchored(_COUNTERFACTUAL, frozenset({"if", "had"}), text, tokens, sentence.end):
        idx = next((k for k, t in enumerate(tokens) if t.start() >= match.end()), None)
        if idx is None:
            continue
        for k in range(idx, min(idx + 4, len(tokens))):
            kind = _head_class(tokens, k, False)
            if kind in ("person", "name", "pronoun"):
                verb = _CF_VERB.match(text, tokens[k].end(), sentence.end)
                if verb is None and not match.group().lower().startswith("had"):
                    break
                if match.group().lower().startswith("if") and "only" not in match.group().lower():
                    if not _WOULD.search(text, tokens[k].end(), sentence.end) and not _WOULD.search(text, sentence.start, match.start()):
                        break
                end = verb.end() if verb else tokens[k].end()
                nxt = regex.match(r"(?:\s+(?:just|only|actually|bothered\s+to|not|been))*\s+[\p{L}-]+", text[end : end + 40], FLAGS)
                if nxt:
                    end += nxt.end()
                yield match.start(), match.start(), end, True
                break
            if kind is not None or tokens[k].group().lower() not in DETERMINERS and k > idx + 1:
                break


# -- a party's act joined to the failure it led to ----------------------------------------------

# Where a clause hands on to its consequence: "..., so the batch expired", "... and we lost the slot".
_LEADS_TO = LazyPattern(
    r"""(?:,\s*|\s+)(?:and\s+)?so\s+(?!(?:that|many|much|far|long|well|to|as)\b)
    | ,\s*(?:and\s+)?(?:as\s+a\s+result|in\s+the\s+end|which\s+meant|meaning|leaving)\s*,?\s*
    | (?:,\s*|\s+)and\s+(?:then\s+|as\s+a\s+result\s+|so\s+)?(?=(?:the|our|we|half|nobody|no\s+one|everything|it|two|three|four|every|all|\p{N}+)\b)
    | \s*[;\u2013\u2014]\s*|\s+-\s+""",
    FLAGS | regex.X,
)
# The writer in what followed: only as the one it happened to ("we lost the slot", "I had to wait");
# "..., and I missed the change" is the writer's own slip, whatever came before it.
_WRITER_ACTS = compile_words(r"I|we")
_SUFFERED = compile_words(
    r"""(?:I|we)\s+(?:then\s+|just\s+|still\s+|all\s+)?(?:was|were|couldn't|could\s+not|had\s+to|ended\s+up|got\s+(?:stuck|left)|never\s+got)
    | we\s+(?:then\s+|just\s+|all\s+)?(?:missed|lost|failed|fell|ran\s+out|overran|slipped|blew|spent|wasted|paid|had\s+no)"""
)
_WRITER_DID = compile_words(r"(?:I|me|myself|we|ourselves)(?!(?:'d|\s+had)?\s+(?:never|not|n't|didn't|hadn't|couldn't|don't|did\s+not|had\s+not|could\s+not)\b)")
_MODALS = frozenset("can can't cannot could couldn't may might must should would will".split())
_WRITER_IN_CAUSE = frozenset("i i'd i'm i've i'll me myself we we'd we've ourselves".split())
_CAUSAL_HEADS = ("person", "name")
_OPENER = LazyPattern(r"[\p{L}\s]{1,30},\s*", FLAGS)
# What follows a party's act when it went wrong, beyond the failure words: an outcome that lapsed,
# stopped or never happened ("so the batch expired", "so the brochure never went to print").
_OUTCOME_LOST = compile_words(
    r"""lapsed|expired|quit|resigned|idle|walked\s+(?:away|out)|pulled\s+out|churn(?:ed|s)?|withdrew|went\s+elsewhere|
    (?<=^\s*(?:\S+\s+){0,3})(?:(?:never|not|\p{L}+n't)\s+(?:\p{L}+\s+)?(?:go|went|gone|arrive|arrived|happen|happened|come|came|make|made|reach|reached|
        get|got|turn(?:ed)?\s+up|show(?:ed)?\s+up|ship|shipped|launch|launched|open|opened|ready|available|possible|enough|there|
        deliver|delivered|paid|sign|signed|approve|approved|finish|finished|complete|completed|start|started|work|worked|fit|fitted)\b
      |(?:had|got|with|left\s+with|was|were)\s+no|nothing|nobody|no\s+one|none)"""
)


_MID_SENTENCE_CAPITAL = LazyPattern(r"(?<=[\p{L},;]\s+)\p{Lu}[\p{L}'-]*", FLAGS & ~regex.I)


def _named_elsewhere(draft, text: str, word: str) -> bool:
    """Whether ``word`` also appears capitalised inside a sentence, as a name does (one scan per draft)."""
    names = getattr(draft, "_blame_mid_capitals", None)
    if names is None:
        names = draft._blame_mid_capitals = frozenset(_MID_SENTENCE_CAPITAL.findall(text))  # type: ignore[attr-defined]
    return word in names


def _causal(text, draft, sentence, tokens):
    """"The freelancer vanished two weeks out, so the brochure never went to print": another party
    opens the sentence, and the clause it is the subject of leads straight to the failure."""
    if not tokens:
        return
    for i in range(min(len(tokens), 6)):
        kind = _head_class(tokens, i, i == 0)
        if kind is None:
            continue
        word = tokens[i].group()
        if kind not in _CAUSAL_HEADS or word.lower().endswith(("'s", "s'")):
            return
        if i + 1 < len(tokens) and _head_class(tokens, i + 1, False) in _CAUSAL_HEADS:
            continue  # a modifier: "the agency pickers"
        if kind == "name" and i == 0 and not _named_elsewhere(draft, text, word):
            return  # a capitalised opener, not a name: "Around 300 parcels", "Forty minutes in"
        first, det = _subject_start(tokens, i, 0)
        if det == "our" and word.lower().rstrip("s") in _INTERNAL_STEMS or _writer_in_subject(text, tokens[i].end()):
            return
        if first > 0 and not _OPENER.fullmatch(text, sentence.start, tokens[first].start()):
            return  # the subject opens the sentence, after at most a short frame: "Frankly, the developers..."
        break
    else:
        return
    start, head_end = tokens[first].start(), tokens[i].end()
    for link in _LEADS_TO.finditer(text, head_end, sentence.end):
        cause = text[head_end : link.start()]
        words = [t.lower() for t in _TOKEN.findall(cause)]
        if not words or len(words) > 24 or words[0] in _MODALS:
            return
        if _WRITER_IN_CAUSE.intersection(words) and _WRITER_DID.search(cause):
            return  # "the intern entered the dates I gave her"; not "features we didn't have"

        after = link.end()
        stop = _LEADS_TO.search(text, after, sentence.end)
        end = stop.start() if stop else sentence.end
        for writer in _WRITER_ACTS.finditer(text, after, end):
            if not _SUFFERED.match(text, writer.start(), end):
                return  # "..., so I rebuilt it", "..., and the test I wrote was wrong": the writer's own part
        if _FAILURE.search(text, after, end) or _OUTCOME_LOST.search(text[after:end]):
            yield start, link.start(), True
        return


def _candidates(text, draft, sentence, extra):
    """(connector, start, end, tight) for every phrase that pins the failure on someone else."""
    tokens = _tokens(text, sentence)
    words = tokens.words
    subjects = set()
    for start, end, _ in _subjects(text, draft, sentence, tokens):
        subjects.add(start)
        yield start, start, end, True
    for start, end, _ in _pronoun_possessives(text, sentence, tokens):
        yield start, start, end, True
    for start, end, _ in _connectors(text, draft, sentence, tokens, words):
        yield start, start, end, True
    for start, end, _ in _causal(text, draft, sentence, tokens):
        if start not in subjects:  # the predicate already found is the tighter span
            yield start, start, end, True
    for match in _gated_matches(_SET_PHRASES, text, tokens, words, sentence.end):
        yield match.start(), match.start(), match.end(), "set"
    for connector, start, end, tight in _clauses(text, draft, sentence, tokens):
        yield connector, start, end, tight
    if extra is not None:
        for match in extra.finditer(text, sentence.start, sentence.end):
            yield match.start(), match.start(), match.end(), True


# A first-person clause that only describes a noun owns nothing: "a smaller team than we had
# agreed", "suppliers I had trusted for years". Only a positive decision verb is read this way;
# "the vendor I never vetted" still puts the writer in the cause.
_DECIDED = compile_words(
    r"""(?:I|we)(?:'d|\s+had)?\s+(?:(?!(?:not|never|n't|didn't|hadn't)\b)\p{L}+\s+)?(?:chose|decided|delayed|waited|trusted|relied|
    signed\s+off|approved|agreed|accepted|promised|planned|scheduled|committed|hired|picked|owned|assumed|booked|used|
    contracted|ordered|relied\s+on|worked\s+with)"""
)
_RELATIVE_BEFORE = LazyPattern(r"(?:(?<![\p{L}'-])(?<word>[\p{L}][\p{L}'-]*)|\p{N})\s+$", FLAGS)
_CLAUSE_OPENERS = FUNCTION | frozenset(
    """yet though although whilst unless hindsight retrospect honest truth fact course end then later first finally now
    frankly truly really said say says think thought knew know realised realized felt feel admit admitted guess reckon
    suppose mean meant sure clear obvious true""".split()
)


def _describes_noun(text: str, sentence, match) -> bool:
    """Whether an ownership ``match`` is a relative clause on a noun before it."""
    decided = _DECIDED.match(text, match.start(), sentence.end)
    if decided is None:
        return False
    before = _RELATIVE_BEFORE.search(text, max(sentence.start, match.start() - 40), match.start())
    if before is None:
        return False
    word = (before.group("word") or "").lower()
    if word in ("than", "which", "whom"):
        return True
    return bool(word) and word not in _CLAUSE_OPENERS and not word.endswith("ly")


def _owns_cause(draft, text, sentence, start: int | None = None) -> bool:
    """Ownership in the sentence, leaving out first-person clauses that only describe a noun; from
    ``start`` on for the writer's part in the outcome ("we missed the slot"), which is no cause."""
    start = sentence.start if start is None else start
    for match in _OWN_EXTRA.finditer(text, sentence.start, sentence.end):
        if not _describes_noun(text, sentence, match):
            return True
    for match in OWNERSHIP.finditer(text, start, sentence.end):
        before = text[max(sentence.start, match.start() - 40) : match.start()]
        if _NOTHING_TO_DO.search(before) or _describes_noun(text, sentence, match):
            continue
        if match.group().lower().startswith(("i ", "i'", "we ")) or not _DISOWNED.search(before):
            return True
    return False


def _owned(draft, text, sentence, start: int | None = None) -> bool:
    """Ownership in the sentence itself (from ``start``: "we missed the slot because ..." tells the
    effect, not who caused it), or in a next sentence that turns to it or owns it outright."""
    if _owns_cause(draft, text, sentence, start):
        return True
    following = next_sentence(draft, sentence)
    if following is None:
        return False
    if _CONTRAST_OPENING.match(text, following.start):
        return owns(draft, following.start, following.end)
    match = _STRONG_OWNERSHIP.search(text, following.start, following.end)
    return bool(match and not _DISOWNED.search(text[max(following.start, match.start() - 30) : match.start()]))


_EFFECT_THEN_CAUSE = LazyPattern(r"\b(?:because(?:\s+of)?|cos|since|due\s+to|owing\s+to|thanks\s+to|caused\s+by)\s+$", FLAGS)


def _cause_start(text: str, sentence, spans) -> int | None:
    """Where the cause starts when every span follows a "because": the effect before it ("we
    missed the tender because ...") is no ownership of the cause."""
    starts = []
    for start, _ in spans:
        connector = _EFFECT_THEN_CAUSE.search(text, max(sentence.start, start - 24), start)
        if connector is None:
            return None
        starts.append(connector.start())
    return min(starts)


def check(draft, context: RuleContext):
    extra = phrase_pattern(context.extra_phrases)
    text = plain(draft)
    for sentence in draft.sentences:
        spans, tight = [], []
        candidates = sorted(_candidates(text, draft, sentence, extra), key=lambda c: c[3] is False)
        for connector, start, end, kind in candidates:
            if kind is False and any(s < end and start < e for s, e in tight):
                continue
            if kind is not False:
                tight.append((start, end))
            if quoted(draft, sentence, start, end) or (
                reported(draft, sentence, connector) and not _AND_CLAUSE.search(text, max(sentence.start, connector - 60), connector)
            ):
                continue
            if disowned(draft, sentence, connector):
                continue
            if not (kind == "set" and _SELF_NEGATING.match(text, connector)):
                if negated(draft, sentence, connector, window=4) or _NOT_BEFORE.search(text[max(sentence.start, connector - 30) : connector]):
                    continue
            spans.append((start, end))
        if spans and not _owned(draft, text, sentence, _cause_start(text, sentence, spans)):
            for start, end in merge_spans(spans):
                yield META.finding(start, end)


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
