"""A lesson with no specific content: a topic or a virtue, not a practice.

## What it does
Flags a lesson that could close any failure story: "I learned the importance
of communication", "I learned to be more careful", "I learned a lot", "it
taught me a lot about resilience", "I learned that planning is key", "I
realised how important communication is", "it taught me to focus on what
matters", "I learned to double-check everything", "I learned not to take
things for granted", "I learned to be a better listener", "lesson learned:
always have a backup plan", "it was a learning experience", "it made me a
better manager", "I became more resilient", "it helped me grow". It stays
quiet when a concrete practice follows in the same sentence or the next one
("…so I now send a written recap after every client call", "Ever since, I
touch the prescription, the label and the box together"): a "now", "since
then" or "these days" with the writer, "I always" or "I never", "every"
shift or release, "before each", "after every", a checklist, a template or a
reminder. The next sentence may be in the next paragraph, but not under a
new heading.

Under a "What I learned" heading the frame may be dropped ("Basically, that
design is hard."), and any subject can teach ("Nursing taught me the value of
teamwork").

Only set phrasings count: "the importance of" or "the value of" a short topic
(three words or fewer, or a stock one such as "planning ahead" or "work-life
balance"), a comparative virtue or a vague resolution ("to be more careful",
"to communicate better with the night team", "to plan properly"), "a lot"
and its kin, "that X is key" or "X is hard" for a short X, a bare virtue ("it taught me
patience"), "how to handle pressure" and its kin, and platitudes anyone could
have learned from anything ("that it's okay to ask for help", "that I can't
do everything myself", "to learn from my mistakes"). Beyond those, a lesson
("that …", "to …", "how …") made only of stock words (virtues, vague verbs,
"the team", "people", "pressure", "better", "more") is generic however it is
worded: "I learned to trust my team more", "that honesty is the best
policy", "to stay calm under pressure". A lesson with content of
its own stays quiet whatever follows it: "I learned that a backup isn't a
backup until I've restored from it", "I learned to plan reach backwards from
the people a decision affects", "I learned the importance of reconciling the
file totals against the rota before every payroll import". Lessons the story
only reaches too late ("I only realised the importance of the allergy flag
when the patient reacted") are plot, not the lesson, and so are "I learned a
lot of Python" and "I learned from the senior nurse that…".

## Why it matters to an interviewer
"I learned the importance of communication" is the answer everyone gives,
which means it tells the listener nothing about you. They are listening for
what you now *do*: the check, the habit, the rule you set yourself. A generic
lesson suggests the failure did not change anything.

## Example
```markdown
I learned the importance of planning ahead.
```

## Use instead
Name the practice the lesson became, and when you apply it.
```markdown
I learned to plan peak from the agency's confirmed numbers, not our bookings:
I now confirm temp headcount 48 hours ahead and keep a standby list of six.
```
"""

import re

import regex

from answerlint.compiled_patterns import compile_re
from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.language import (
    FLAGS,
    WINDOW,
    LazyPattern,
    clause_after,
    compile_words,
    negated,
    phrase_pattern,
    plain,
    quoted,
    reported,
    sentence_matches,
)
from answerlint_rules.specificity._text import lowered, sentences_with

META = RuleMeta(
    code="AL302",
    name="generic-lesson",
    family="specificity",
    kind="span",
    severity=Severity.WARNING,
    summary="A lesson with no specific content.",
    message="Generic lesson: name the specific practice it changed, and when you apply it.",
    docs=rule_docs(__doc__),
    phrases=True,
)

# Whoever does the learning: "I learned", "it taught me", "the lesson was", "what I took away is".
_HEAD = r"""
    (?:(?:I|we)(?:'ve|\s+have|\s+had|'d)?\s+(?:also\s+|really\s+|definitely\s+|quickly\s+|eventually\s+|certainly\s+|finally\s+|truly\s+)?
        (?:(?:learned|learnt)(?:\s+the\s+hard\s+way)?|realised|realized|understood|discovered|took\s+away|came\s+away\s+with|
           came\s+to\s+(?:understand|appreciate|see|realise|realize|value)|now\s+(?:understand|know|appreciate|see|realise|realize|value))
     |now,?\s+(?:I|we)\s+(?:understand|know|appreciate|see|realise|realize)
     |(?:it|this|that|(?:the|this|that)\s+(?:whole\s+)?(?:experience|failure|incident|mistake|episode|project|situation))\s+(?:has\s+|really\s+)?
        (?:made\s+me\s+(?:realise|realize|see|understand|appreciate)|opened\s+my\s+eyes\s+to)
     |what\s+(?:it|this|that|(?:the|this|that)\s+(?:whole\s+)?(?:experience|failure|incident|mistake|episode|project|situation))\s+(?:has\s+)?taught\s+(?:me|us)\s+(?:is|was)
     |(?:it|this|that|(?:the|this|that)\s+(?:whole\s+)?(?:experience|failure|incident|mistake|episode|thing|project|situation|job|role|period|year))\s+
        (?:has\s+|had\s+|really\s+|definitely\s+|certainly\s+)?(?:taught|showed|shown|gave|reminded|has\s+taught|has\s+shown)\s+(?:me|us)(?:\s+of)?
     |(?:the|my|our|one)\s+(?:main\s+|biggest\s+|key\s+|big\s+|real\s+|important\s+|most\s+important\s+|clear\s+|only\s+|first\s+|other\s+)?
        (?:(?:lesson|takeaway|learning)
           (?:\s+(?:for\s+me|here|(?:that\s+)?(?:I|we)\s+(?:took\s+away|took|learned|learnt|came\s+away\s+with|got)))?
         |thing\s+(?:that\s+)?(?:I|we)\s+(?:took\s+away|took|learned|learnt|came\s+away\s+with|got))
        (?:\s+(?:from|out\s+of)\s+(?:it|this|that|(?:the|this|that)\s+(?:whole\s+)?(?:experience|failure|incident|mistake|episode|project|situation)))?
        \s*(?:was|is|:|would\s+be)
     |(?:has\s+|had\s+|really\s+)?(?:taught|has\s+taught|showed|shown)\s+(?:me|us)(?:\s+of)?
     |what\s+(?:I|we)\s+(?:learned|learnt|took\s+away|took|took\s+from\s+it|came\s+away\s+with)
        (?:\s+(?:from|out\s+of)\s+(?:it|this|that|(?:the|this|that)\s+(?:whole\s+)?(?:experience|failure|incident|mistake|episode|project|situation)))?\s+(?:was|is)
     |if\s+(?:there's|there\s+is|there\s+was)\s+one\s+thing\s+(?:I|we)\s+(?:learned|learnt|took\s+away)(?:\s+from\s+(?:it|this|that))?\s*,\s*(?:it's|it\s+is|it\s+was)
     |lessons?\s+(?:learned|learnt)\s*[:\u2013\u2014-])
"""
# "I learned a lot from her reviews" is about a teacher, not a lesson.
_MUCH = r"""(?:(?:a\s+lot(?!\s+of\s+(?!things|lessons))|so\s+much|a\s+huge\s+amount|a\s+great\s+deal|a\s+ton|tons|loads|plenty|heaps|lots|
    (?:many|so\s+many|a\s+lot\s+of|a\s+few|several)\s+(?:things|lessons)|
    (?:a|an)\s+(?:valuable|important|big|hard|huge|tough|painful|great|key|useful|real|vital|humbling)\s+lesson|
    (?:some|many|several)\s+(?:valuable|important|big|hard)\s+lessons|my\s+lesson|
    (?:a\s+lot\s+|so\s+much\s+)?from\s+(?:it|this|that|my\s+mistakes?|the\s+(?:whole\s+)?(?:experience|mistake|failure|episode)|that\s+experience))
    (?!\s+(?:from|off|by\s+watching)\s+(?:her|him|them|his|their|a|an|our|my\s+(?:manager|mentor|colleague|boss|supervisor|team)|the\s+(?!experience|mistake|failure|episode|whole))))"""
# Stock topics: the lesson names one of these and stops.
_STOCK = r"""(?:(?:good|clear|open|effective|better|proper|careful|honest|early|regular|constant)\s+)?
    (?:communication|communicating|planning(?:\s+ahead)?|preparation|preparing|teamwork|organi[sz]ation|being\s+organi[sz]ed|time\s+management|
       attention\s+to\s+detail|honesty|listening|delegation|delegating|work-life\s+balance|balance|collaboration|trust|feedback|transparency|
       checking|double-checking|documentation|resilience|patience|leadership|prioriti[sz]ation|prioriti[sz]ing|self-care|hard\s+work|
       persistence|flexibility|adaptability|accountability|ownership|humility|asking\s+for\s+help|asking\s+questions|
       following\s+up|being\s+proactive|staying\s+calm|managing\s+expectations|expectation\s+management|stakeholder\s+management)"""
_KEY = r"""(?:(?:really|so|absolutely|very|incredibly|always|extremely)\s+)?
    (?:key|important|essential|vital|crucial|everything|paramount|critical|king|a\s+must|non-negotiable|the\s+key(?:\s+to\s+success)?)"""
# What "X is …" says when the lesson is a truism: "that design is hard", "that teamwork is everything".
_TRUISM = r"""(?:key|important|essential|vital|crucial|everything|paramount|critical|king|a\s+must|non-negotiable|hard|difficult|tricky|complicated|
    a\s+process|a\s+journey|part\s+of\s+(?:the\s+job|life|growth|learning|the\s+process)|
    the\s+key(?:\s+to\s+success)?|the\s+most\s+important\s+thing|what\s+matters)"""
# A virtue named and left there: "it taught me patience", "I learned humility".
_VIRTUE = r"""(?:patience|humility|resilience|perseverance|persistence|accountability|responsibility|discipline|empathy|teamwork|
    flexibility|adaptability|leadership|integrity|honesty|modesty|self-awareness|self-reflection|time\s+management|organi[sz]ation|
    (?:to\s+)?(?:be\s+)?(?:humble|patient|resilient|flexible|adaptable))"""
# A lesson anyone could have learned from anything.
_PLATITUDE = r"""(?:that\s+(?:it's|it\s+is)\s+(?:ok|okay|fine|alright|all\s+right|normal)\s+to\s+(?:ask\s+for\s+help|fail|make\s+mistakes|say\s+no|not\s+know(?:\s+everything)?|be\s+wrong)
    |that\s+(?:mistakes|failures|things)\s+happen
    |that\s+(?:nobody|no\s+one|nobody's|no\s+one's)\s+(?:is\s+)?perfect
    |that\s+everyone\s+makes\s+mistakes
    |that\s+I\s+(?:can't|cannot|couldn't)\s+do\s+(?:everything|it\s+all)(?:\s+(?:myself|alone|on\s+my\s+own|by\s+myself))?
    |that\s+(?:failure|failing|a\s+mistake|making\s+mistakes)\s+(?:is|can\s+be)\s+(?:(?:a|an)\s+)?(?:part\s+of\s+\p{L}+|(?:opportunity|chance|lesson|learning\s+experience)(?:\s+to\s+(?:learn|grow))?|not\s+the\s+end(?:\s+of\s+the\s+world)?)
    |that\s+things\s+(?:don't|do\s+not|won't)\s+always\s+go\s+(?:to\s+plan|as\s+planned|my\s+way|according\s+to\s+plan)
    |to\s+(?:learn\s+from\s+my\s+mistakes|own\s+my\s+mistakes|take\s+(?:responsibility|ownership)(?:\s+for\s+my\s+(?:actions|mistakes|work))?|trust\s+the\s+process|
        step\s+(?:out\s+of|outside)\s+my\s+comfort\s+zone|take\s+things\s+(?:one\s+step\s+at\s+a\s+time|in\s+my\s+stride)|keep\s+going|stay\s+positive|
        be\s+(?:a\s+)?(?:team\s+player|more\s+of\s+a\s+team\s+player)|always\s+do\s+my\s+best|give\s+it\s+my\s+all))"""
# Verbs of a vague resolution: "to plan properly", "to communicate better".
_VAGUE_VERB = r"""(?:plan|communicate|prepare|organi[sz]e|prioriti[sz]e|check|listen|delegate|think|work|manage\s+(?:my\s+)?(?:time|workload)|
    ask\s+for\s+help|ask\s+questions|speak\s+up|double-check|take\s+(?:more\s+)?care|slow\s+down|stay\s+(?:calm|organi[sz]ed|focused)|
    trust\s+my\s+(?:gut|instincts)|never\s+give\s+up|expect\s+the\s+unexpected|pay\s+(?:more\s+)?attention|step\s+back|reflect)"""
_VAGUE_ADVERB = r"""(?:things|ahead|better|more|properly|carefully|more\s+carefully|earlier|early|sooner|up\s*front|often|regularly|openly|honestly|first|in\s+advance|more\s+often|clearly|
    more\s+clearly|effectively|more\s+effectively|thoroughly|more\s+thoroughly|to\s+detail|my\s+work|everything|for\s+help)"""
# "with the night team", "across shifts": who or where, still no practice.
_ALONGSIDE = r"(?:\s+(?:with|to|around|at|in|on|about|across|between)\s+(?:[\p{L}'-]+\s+){0,3}?[\p{L}'-]+)??"
# The end of a clause: nothing specific follows the stock words.
_CLAUSE_END = r"""(?=\s*[,.;:!?)\u2013\u2014]|\s*$|\s+(?:and|but|so|when|whenever|in\s+(?:future|the\s+future)|from\s+now\s+on|going\s+forward|
    at\s+work|in\s+my\s+(?:work|job|role|career)|as\s+a\s+[\p{L}-]+|too|overall)\b)"""

_OBJECT = rf"""
    (?:{_MUCH}(?:\s+about\s+(?:myself|me|{_STOCK})|(?!\s+about\b))
     |the\s+(?:importance|value|power|need|benefit|benefits|significance|necessity|virtue)\s+of\s+
        (?:{_STOCK}{_CLAUSE_END}|(?:[\p{{L}}'-]+\s+){{0,2}}?[\p{{L}}'-]+{_CLAUSE_END})
     |(?:that\s+(?:I|we)\s+(?:need|needed|have|had|should|must|ought)\s+to\s+|to\s+(?:always\s+)?)
        (?:(?:be|become|get)\s+(?:a\s+(?:bit|little|lot)\s+|much\s+|far\s+|even\s+)?(?:more|less|better)\s+[\p{{L}}-]+
         |be\s+(?:organi[sz]ed|careful|resilient|proactive|patient|humble|flexible)
         |(?:be|become)\s+a\s+(?:much\s+|far\s+)?(?:better|stronger|more\s+[\p{{L}}-]+)\s+(?:[\p{{L}}-]+\s+)?[\p{{L}}-]+{_CLAUSE_END}
         |{_VAGUE_VERB}(?:\s+{_VAGUE_ADVERB})*{_ALONGSIDE}{_CLAUSE_END}
         |focus\s+on\s+(?:what\s+(?:really\s+)?matters|what's\s+important|the\s+(?:right|important|big)\s+things|priorities|the\s+big\s+picture))
     |not\s+to\s+(?:take\s+(?:things|anything|people)\s+for\s+granted|make\s+assumptions|assume\s+anything|panic|give\s+up|rush|procrastinate){_CLAUSE_END}
     |(?:that\s+)?(?:[\p{{L}}-]+\s+){{0,2}}?[\p{{L}}-]+\s+(?:is|are)\s+(?:(?:really|so|very|incredibly|always|never|not)\s+)?{_TRUISM}{_CLAUSE_END}
     |(?:that\s+)?{_STOCK}\s+(?:really\s+)?(?:matters|counts|pays\s+off|comes\s+first|goes\s+a\s+long\s+way){_CLAUSE_END}
     |{_VIRTUE}{_CLAUSE_END}
     |how\s+to\s+(?:handle|deal\s+with|cope\s+with|manage|work\s+(?:under|with)|bounce\s+back\s+from|learn\s+from|face|overcome|navigate|take)\s+
        (?:(?:my|the|difficult|tough|hard|stressful|high-pressure|a\s+lot\s+of)\s+)?(?:pressure|stress|failure|failures|setbacks|mistakes|challenges|difficult\s+situations|
        situations|conflict|people|expectations|time|workload|criticism|feedback|responsibility|change|uncertainty|deadlines){_CLAUSE_END}
     |{_PLATITUDE}{_CLAUSE_END}
     |(?:always\s+|never\s+)?{_VAGUE_VERB}(?:\s+{_VAGUE_ADVERB})+{_ALONGSIDE}{_CLAUSE_END}
     |that\s+{_STOCK}\s+(?:is|are)\s+{_KEY}
     |how\s+(?:important|vital|crucial|essential|valuable|key)\s+{_STOCK}\s+(?:really\s+)?(?:is|are)
     |how\s+(?:important|vital|crucial|essential)\s+it\s+is\s+to\s+(?:be\s+[\p{{L}}-]+|{_VAGUE_VERB})(?:\s+{_VAGUE_ADVERB})*{_CLAUSE_END}
     |(?:that\s+(?:you|I|we|one)\s+(?:should|must|can't|cannot|shouldn't)\s+|to\s+)never\s+assume(?:\s+anything)?{_CLAUSE_END}
     |(?:to\s+)?always\s+have\s+a\s+(?:backup\s+plan|plan\s+B|contingency(?:\s+plan)?|plan){_CLAUSE_END}
     |that\s+(?:it's|it\s+is)\s+(?:really\s+|so\s+|very\s+)?(?:important|essential|vital|crucial|key)\s+to\s+
        (?:be\s+[\p{{L}}-]+|{_VAGUE_VERB})(?:\s+{_VAGUE_ADVERB})*{_CLAUSE_END})
"""

# Heads are found first, with ``re`` over the lower-cased prose; the object is tried only right
# after a head, which keeps the rule fast however many lesson-like words a draft has.
_HEAD_RE = LazyPattern(rf"(?<![\w'-])(?:{_HEAD.lower()})(?![\w-])", re.X, compile_re)
_OBJECT_AFTER = LazyPattern(rf"\s*,?\s+(?:{_OBJECT})(?![\p{{L}}\p{{N}}])(?!-[\p{{L}}\p{{N}}])", FLAGS | regex.X)
# Lessons told as a change in the writer: "it made me a better manager", "I've grown a lot".
_GROWTH = compile_words(
    rf"""
      (?:it|this|that|the\s+experience|the\s+failure)\s+(?:has\s+)?made\s+me\s+(?:a\s+)?(?:much\s+|far\s+)?
        (?:better|stronger|wiser|more\s+resilient|more\s+careful|more\s+organi[sz]ed|more\s+mature|more\s+aware|more\s+conscious|more\s+mindful
         |(?<=\ba\s+(?:much\s+|far\s+)?)more\s+[\p{{L}}-]+(?=\s+(?:person|professional|manager|leader|[\p{{L}}-]+(?:er|or|ist|ian))\b))
        (?:\s+(?:person|professional|manager|leader|[\p{{L}}-]+))?(?:\s+of\s+(?:the\s+importance\s+of\s+)?{_STOCK})?{_CLAUSE_END}
    | (?:it|this|that)\s+was\s+a\s+(?:(?:real|great|huge|big|valuable|steep|good)\s+)?learning\s+(?:experience|opportunity){_CLAUSE_END}
    | (?:I|we)\s+(?:became|have\s+become|'ve\s+become)\s+(?:a\s+)?(?:much\s+|far\s+)?(?:better|stronger|wiser|more\s+resilient|more\s+careful|more\s+organi[sz]ed|more\s+confident)
        (?:\s+(?:person|professional|manager|leader|[\p{{L}}-]+))?{_CLAUSE_END}
    | (?:it|this|that|the\s+experience)\s+(?:has\s+|really\s+)?helped\s+me\s+(?:to\s+)?grow(?:\s+as\s+a\s+(?:person|professional|manager|leader))?{_CLAUSE_END}
    | (?:I|we)(?:'ve|\s+have)?\s+(?:really\s+)?(?:grew|grown)\s+(?:a\s+lot|so\s+much|as\s+a\s+(?:person|professional|manager|leader))
    | (?:I|we)\s+came\s+out\s+of\s+(?:it|this|that|the\s+experience)\s+(?:as\s+)?(?:a\s+)?(?:much\s+|far\s+)?(?:better|stronger|wiser|more\s+[\p{{L}}-]+)
        (?:\s+(?:person|professional|manager|leader|[\p{{L}}-]+))?{_CLAUSE_END}
    """
)
_GROWTH_CUE = LazyPattern(r"made\s+me|learning\s+(?:experience|opportunity)|becam|become|helped\s+me|grew|grown|came\s+out\s+of", 0, compile_re)


# A lesson made only of words that could close any story is generic, however it is phrased:
# "to trust my team more", "that honesty is the best policy", "to stay calm under pressure".
# One word outside this vocabulary ("the tide tables", "a site visit", "every insulin dose")
# gives the lesson content of its own.
_GLUE = frozenset(
    """a an the to of in on for with at by about that this it its it's is are was be being been am i i'm me my myself
    we us our you your yourself one they them their and or not never always more most less much very really so too
    under over into without instead rather around across between from within
    just even also than as how what why should must need needs have has had can can't cannot could would will do does
    don't doesn't isn't what's there every all any some things thing everything anything something way ways own
    better best worse harder smarter earlier sooner ahead properly carefully clearly openly honestly closely regularly
    often first then before after up front afraid able sure good great bad right wrong hard difficult easy""".split()
)
_ABSTRACT = frozenset(
    """learn communicate communicating communication plan planning prepare preparing prepared preparation organise organize
    organised organized organisation organization prioritise prioritize prioritising prioritizing prioritisation
    prioritization check checking double-check listen listening delegate delegating delegation think thinking work working
    manage managing management ask asking speak speaking trust trusting stay staying keep take taking give giving help
    helping focus focused act acting assume assuming rush rushing panic slow step reflect reflecting handle handling deal
    cope become get make care caring pay paying attention matters matter count counts pays comes goes stand standing
    time detail details honesty balance collaboration collaborating teamwork feedback transparency documentation
    resilience resilient patience patient leadership responsibility accountability ownership humility humble questions
    question pressure stress failure failures failing setbacks mistakes mistake challenges situations conflict expectations
    workload criticism change uncertainty deadlines deadline team teams teammates colleagues stakeholders others people
    person manager managers customers clients importance value power need benefit key success successful policy plan
    backup contingency worst positive calm flexible proactive careful open honest confident mature aware mindful important
    essential vital crucial critical paramount king lesson lessons experience journey part life growth comfort zone
    approach mindset attitude priorities picture big small mistakes support process processes practice practise
    consistent consistency diligent diligence thorough thoroughness quality standards perfect perfection everyone
    everybody nobody anyone myself yourself boundaries no say grow improve improving adapt adapting adaptable flexibility
    persistent persistence perseverance disciplined discipline empathy integrity respect respectful kind kindness
    humble modest modesty self-care self-awareness initiative proactively early timely honestly transparently clear
    clearly concise communicate expectations safety safe seriously serious professionalism professional respecting
    lot deal amount come""".split()
)
_GENERIC_STARTS = frozenset("that to not never always how the a so".split())
# A setting tacked on the end names no practice: "... attention to detail in commercial management".
_SETTING = LazyPattern(r"\s+(?:in|at|with|on|for|within|across|around|about)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+\s*$", FLAGS)
_LESSON_BODY = LazyPattern(r"\s*,?\s+(?P<body>[^,;:.!?()\u2013\u2014\"“”]{1,120})", FLAGS)
_BODY_STOP = LazyPattern(r"\s(?:when|whenever|until|once|because|since|after\s+(?:the|I|we|it)|but|so\s+(?:I|we))\s", FLAGS)
_WORD = LazyPattern(r"[\p{L}\p{N}]+(?:['’-][\p{L}]+)*", FLAGS)


def _generic_body(text: str, start: int, end: int) -> int | None:
    """The end of a lesson after ``start`` whose every word is stock vocabulary, or None."""
    body = _LESSON_BODY.match(text, start, end)
    if body is None:
        return None
    stop = _BODY_STOP.search(text, body.start("body"), body.end("body"))
    body_end = stop.start() if stop else body.end("body")
    core_end = body_end
    setting = _SETTING.search(text, body.start("body"), body_end)
    if setting is not None and len(_WORD.findall(text, body.start("body"), setting.start())) >= 3:
        core_end = setting.start()
    words = [w.replace("’", "'") for w in _WORD.findall(text, body.start("body"), core_end)]
    if not 2 <= len(words) <= 14 or words[0].lower() not in _GENERIC_STARTS:
        return None
    if any(w[0].isupper() and w != "I" for w in words[1:]):
        return None  # a name is content: "to ask Priya"
    lower = [w.lower() for w in words]
    if not all(w in _GLUE or w in _ABSTRACT for w in lower) or not any(w in _ABSTRACT for w in lower):
        return None
    return body_end - len(text[body.start("body") : body_end]) + len(text[body.start("body") : body_end].rstrip())


class _Span:
    """A found lesson, shaped like a match for the checks that follow."""

    __slots__ = ("_span",)

    def __init__(self, start: int, end: int):
        self._span = (start, end)

    def span(self):
        return self._span


def generic_lessons(draft, text: str):
    """(sentence, span) of each lesson frame followed by a generic object, and of each growth cliché."""
    low = lowered(draft)
    for sentence in sentences_with(draft, _CUE):
        for head in _HEAD_RE.finditer(low, sentence.start, sentence.end):
            found = _OBJECT_AFTER.match(text, head.end(), sentence.end)
            if found is not None:
                yield sentence, _Span(head.start(), found.end())
                continue
            end = _generic_body(text, head.end(), sentence.end)
            if end is not None:
                yield sentence, _Span(head.start(), end)
    for sentence in sentences_with(draft, _GROWTH_CUE):
        for match in _GROWTH.finditer(text, sentence.start, sentence.end):
            yield sentence, match


# The lesson is plot: reached too late, or only when something happened.
_PLOT_AFTER = compile_words(
    r"too\s+late|(?:when|until|after|once)\s+(?:[\p{L}'-]+\s+){0,4}?(?:\p{L}+ed|was|were|had|went|came|got|broke|fell|rang|told|found|saw|lost|ran|\p{L}+n't)"
)
# A concrete practice: what the writer now does, when, with what.
_PRACTICE = compile_words(
    r"""
      (?:now|going\s+forward|today|since)\s*,?\s+(?:I|we|my|our|every|each|all|no|any|the)
    | since\s+then|ever\s+since|from\s+then\s+on|from\s+that\s+day|these\s+days|nowadays
    | (?:I|we)\s+now | (?:I|we)(?:'ve|\s+have)\s+(?:since\s+)?(?:started|begun|set\s+up|built|introduced|created|adopted|made\s+it|added|stopped|written|put|kept)
    | (?:I|we)\s+(?:always|never)\s+(?!\p{L}+ed\b)\p{L}+
    | every\s+(?:single\s+)?(?:time|morning|evening|week|day|shift|release|call|client|job|project|meeting|file|import|order|handover|
        Monday|Tuesday|Wednesday|Thursday|Friday|sprint|term|month|quarter|run|deploy|delivery|patient|booking|loan|tender|launch)
    | before\s+(?:every|each|any|I\s+\p{L}+) | after\s+(?:every|each|any)
    | (?:which\s+is|that's|that\s+is)\s+why\s+I | I\s+make\s+(?:sure|a\s+point|it\s+a\s+rule) | I\s+(?:set|made)\s+(?:a|myself\s+a)\s+rule
    | so\s+(?:that\s+)?(?:I|we)\s+(?:now|always|never)
    | checklists?|templates?|reminders?|recaps?|trackers?|written\s+(?:plans?|notes?|summar(?:y|ies)|lists?|recaps?)
    """
)


# Every lesson the rule knows has one of these (lower case): a sentence without any is skipped.
_CUE = LazyPattern(
    r"learn|realis|realiz|underst|discover|took|came|now\s|taught|show|gave|remind|lesson|takeaway|made\s+me|becam|becom|helped\s+me|grew|grown|eyes",
    0,
    compile_re,
)
# Under a "What I learned" heading the lesson may drop its frame: "Basically, that design is hard."
_ELLIPTICAL = compile_words(
    rf"""(?:(?:basically|mostly|mainly|simply|honestly|well|overall|in\s+short|in\s+a\s+word|mostly\s+just|just)\s*,?\s+)?
    (?:that\s+(?:[\p{{L}}-]+\s+){{0,2}}?[\p{{L}}-]+\s+(?:is|are)\s+(?:(?:really|so|very|incredibly|always|never|not)\s+)?{_TRUISM}{_CLAUSE_END}
      |that\s+{_STOCK}\s+(?:really\s+)?(?:matters|counts|pays\s+off|comes\s+first){_CLAUSE_END}
      |{_PLATITUDE}{_CLAUSE_END}
     |(?:always\s+|never\s+)?{_VAGUE_VERB}(?:\s+{_VAGUE_ADVERB})+{_ALONGSIDE}{_CLAUSE_END}
      |the\s+(?:importance|value)\s+of\s+{_STOCK}{_CLAUSE_END})"""
)


def check(draft, context: RuleContext):
    text = plain(draft)
    found = list(generic_lessons(draft, text))
    found.extend(_elliptical(draft, text))
    extra = phrase_pattern(context.extra_phrases)
    if extra is not None:
        found.extend(sentence_matches(draft, extra))
    for sentence, match in found:
        start, end = match.span()
        if quoted(draft, sentence, start, end) or reported(draft, sentence, start) or negated(draft, sentence, start, window=3):
            continue
        if _is_plot(draft, sentence, end) or _practice_follows(draft, sentence, end, text):
            continue
        yield META.finding(start, end)


def _elliptical(draft, text: str):
    """A frameless truism opening a sentence in a learning section."""
    for sentence in draft.sentences:
        if sentence.section is None or "learning" not in draft.sections[sentence.section].parts:
            continue
        match = _ELLIPTICAL.match(text, sentence.start, sentence.end)
        if match is not None:
            yield sentence, match


def _is_plot(draft, sentence, end: int) -> bool:
    return bool(_PLOT_AFTER.match(clause_after(draft, sentence, end).lstrip()))


def _practice_follows(draft, sentence, end: int, text: str) -> bool:
    """A concrete practice in the rest of the sentence or in the next sentence of prose."""
    if _practice_in(text, end, min(sentence.end, end + WINDOW)):
        return True
    following = _next_sentence(draft, sentence)
    return following is not None and _practice_in(text, following.start, min(following.end, following.start + WINDOW))


# Carrying the lesson somewhere is no practice: "I carry that into every project".
_CARRIED = LazyPattern(
    r"(?:carry|carried|take|took|bring|brought|apply|applied|keep|kept)\s+(?:that|this|it|these|those)(?:\s+\p{L}+)?\s+(?:into|to|in|on|with\s+me(?:\s+(?:into|to|on))?)\s+$",
    FLAGS,
)


def _practice_in(text: str, start: int, end: int) -> bool:
    for match in _PRACTICE.finditer(text, start, end):
        if not _CARRIED.search(text, max(start, match.start() - 40), match.start()):
            return True
    return False


def _next_sentence(draft, sentence):
    """The next sentence of prose, across a paragraph break but not across a heading."""
    index = getattr(draft, "_generic_lesson_index", None)
    if index is None:
        index = {s.start: i for i, s in enumerate(draft.sentences)}
        draft._generic_lesson_index = index  # type: ignore[attr-defined]
    position = index.get(sentence.start)
    if position is None or position + 1 >= len(draft.sentences):
        return None
    following = draft.sentences[position + 1]
    return None if draft.blocks[following.block].kind == "heading" else following


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
