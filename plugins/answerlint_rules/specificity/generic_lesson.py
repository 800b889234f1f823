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

Only set phrasings count: "the importance of" or "the value of" a short topic
(three words or fewer, or a stock one such as "planning ahead" or "work-life
balance"), a comparative virtue or a vague resolution ("to be more careful",
"to communicate better with the night team", "to plan properly"), "a lot"
and its kin, and "that X is key" for a stock topic. A lesson with content of
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

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.language import (
    WINDOW,
    clause_after,
    compile_words,
    negated,
    phrase_pattern,
    plain,
    quoted,
    reported,
    sentence_matches,
)

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
        (?:learned|learnt|realised|realized|understood|discovered|took\s+away|came\s+away\s+with|
           came\s+to\s+(?:understand|appreciate|see|realise|realize|value)|now\s+(?:understand|know|appreciate|see|realise|realize|value))
     |(?:it|this|that|(?:the|this|that)\s+(?:whole\s+)?(?:experience|failure|incident|mistake|episode|thing|project|situation|job|role|period|year))\s+
        (?:has\s+|had\s+|really\s+|definitely\s+|certainly\s+)?(?:taught|showed|shown|gave|reminded|has\s+taught|has\s+shown)\s+(?:me|us)(?:\s+of)?
     |(?:the|my|our|one)\s+(?:main\s+|biggest\s+|key\s+|big\s+|real\s+|important\s+|most\s+important\s+|clear\s+)?(?:lesson|takeaway|learning)
        (?:\s+(?:for\s+me|here|I\s+took\s+away|I\s+learned|I\s+learnt|from\s+(?:it|this|that)))?\s*(?:was|is|:)
     |what\s+(?:I|we)\s+(?:learned|learnt|took\s+away|took\s+from\s+it)\s+(?:was|is)
     |lessons?\s+learned\s*[:\u2013\u2014-])
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
# Verbs of a vague resolution: "to plan properly", "to communicate better".
_VAGUE_VERB = r"""(?:plan|communicate|prepare|organi[sz]e|prioriti[sz]e|check|listen|delegate|think|work|manage\s+(?:my\s+)?(?:time|workload)|
    ask\s+for\s+help|ask\s+questions|speak\s+up|double-check|take\s+(?:more\s+)?care|slow\s+down|stay\s+(?:calm|organi[sz]ed|focused)|
    trust\s+my\s+(?:gut|instincts)|never\s+give\s+up|expect\s+the\s+unexpected|pay\s+(?:more\s+)?attention|step\s+back|reflect)"""
_VAGUE_ADVERB = r"""(?:things|ahead|better|more|properly|carefully|more\s+carefully|earlier|sooner|first|in\s+advance|more\s+often|clearly|
    more\s+clearly|effectively|more\s+effectively|thoroughly|more\s+thoroughly|to\s+detail|my\s+work|everything|for\s+help)"""
# "with the night team", "across shifts": who or where, still no practice.
_ALONGSIDE = r"(?:\s+(?:with|to|around|at|in|on|about|across|between)\s+(?:[\p{L}'-]+\s+){0,3}?[\p{L}'-]+)??"
# The end of a clause: nothing specific follows the stock words.
_CLAUSE_END = r"""(?=\s*[,.;:!?)\u2013\u2014]|\s*$|\s+(?:and|but|so|when|whenever|in\s+(?:future|the\s+future)|from\s+now\s+on|going\s+forward|
    at\s+work|in\s+my\s+(?:work|job|role|career)|as\s+a\s+[\p{L}-]+|too|overall)\b)"""

_OBJECT = rf"""
    (?:{_MUCH}(?:\s+about\s+(?:myself|me|{_STOCK}))?
     |the\s+(?:importance|value|power|need|benefit|benefits|significance|necessity|virtue)\s+of\s+
        (?:{_STOCK}{_CLAUSE_END}|(?:[\p{{L}}'-]+\s+){{0,2}}?[\p{{L}}'-]+{_CLAUSE_END})
     |(?:that\s+(?:I|we)\s+(?:need|needed|have|had|should|must|ought)\s+to\s+|to\s+(?:always\s+)?)
        (?:(?:be|become|get)\s+(?:a\s+(?:bit|little|lot)\s+|much\s+|far\s+|even\s+)?(?:more|less|better)\s+[\p{{L}}-]+
         |be\s+(?:organi[sz]ed|careful|resilient|proactive|patient|humble|flexible)
         |(?:be|become)\s+a\s+(?:much\s+|far\s+)?(?:better|stronger|more\s+[\p{{L}}-]+)\s+[\p{{L}}-]+{_CLAUSE_END}
         |{_VAGUE_VERB}(?:\s+{_VAGUE_ADVERB})*{_ALONGSIDE}{_CLAUSE_END}
         |focus\s+on\s+(?:what\s+(?:really\s+)?matters|what's\s+important|the\s+(?:right|important|big)\s+things|priorities|the\s+big\s+picture))
     |not\s+to\s+(?:take\s+(?:things|anything|people)\s+for\s+granted|make\s+assumptions|assume\s+anything|panic|give\s+up|rush|procrastinate){_CLAUSE_END}
     |that\s+{_STOCK}\s+(?:is|are)\s+{_KEY}
     |how\s+(?:important|vital|crucial|essential|valuable|key)\s+{_STOCK}\s+(?:really\s+)?(?:is|are)
     |how\s+(?:important|vital|crucial|essential)\s+it\s+is\s+to\s+(?:be\s+[\p{{L}}-]+|{_VAGUE_VERB})(?:\s+{_VAGUE_ADVERB})*{_CLAUSE_END}
     |(?:that\s+(?:you|I|we|one)\s+(?:should|must|can't|cannot|shouldn't)\s+|to\s+)never\s+assume(?:\s+anything)?{_CLAUSE_END}
     |(?:to\s+)?always\s+have\s+a\s+(?:backup\s+plan|plan\s+B|contingency(?:\s+plan)?|plan){_CLAUSE_END}
     |that\s+(?:it's|it\s+is)\s+(?:really\s+|so\s+|very\s+)?(?:important|essential|vital|crucial|key)\s+to\s+
        (?:be\s+[\p{{L}}-]+|{_VAGUE_VERB})(?:\s+{_VAGUE_ADVERB})*{_CLAUSE_END})
"""

_GENERIC = compile_words(
    rf"""
      {_HEAD}\s*,?\s+{_OBJECT}
    | (?:it|this|that|the\s+experience|the\s+failure)\s+(?:has\s+)?made\s+me\s+(?:a\s+)?(?:much\s+|far\s+)?
        (?:better|stronger|wiser|more\s+resilient|more\s+careful|more\s+organi[sz]ed|more\s+mature)(?:\s+(?:person|professional|manager|leader|[\p{{L}}-]+))?{_CLAUSE_END}
    | (?:it|this|that)\s+was\s+a\s+(?:(?:real|great|huge|big|valuable|steep|good)\s+)?learning\s+(?:experience|opportunity){_CLAUSE_END}
    | (?:I|we)\s+(?:became|have\s+become|'ve\s+become)\s+(?:a\s+)?(?:much\s+|far\s+)?(?:better|stronger|wiser|more\s+resilient|more\s+careful|more\s+organi[sz]ed|more\s+confident)
        (?:\s+(?:person|professional|manager|leader|[\p{{L}}-]+))?{_CLAUSE_END}
    | (?:it|this|that|the\s+experience)\s+(?:has\s+|really\s+)?helped\s+me\s+(?:to\s+)?grow(?:\s+as\s+a\s+(?:person|professional|manager|leader))?{_CLAUSE_END}
    | (?:I|we)(?:'ve|\s+have)?\s+(?:really\s+)?(?:grew|grown)\s+(?:a\s+lot|so\s+much|as\s+a\s+(?:person|professional|manager|leader))
    """
)
# The lesson is plot: reached too late, or only when something happened.
_PLOT_AFTER = compile_words(
    r"too\s+late|(?:when|until|after|once)\s+(?:[\p{L}'-]+\s+){0,3}?(?:\p{L}+ed|was|were|had|went|came|got|broke|fell|rang|told|found|saw|lost|ran)"
)
# A concrete practice: what the writer now does, when, with what.
_PRACTICE = compile_words(
    r"""
      (?:now|these\s+days|nowadays|since\s+then|ever\s+since|from\s+then\s+on|from\s+that\s+day(?:\s+on)?|going\s+forward|today|since)\s*,?\s+
        (?:I|we|my|our|every|each|all|no|any|the)
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


def check(draft, context: RuleContext):
    text = plain(draft)
    for pattern in (_GENERIC, phrase_pattern(context.extra_phrases)):
        if pattern is None:
            continue
        for sentence, match in sentence_matches(draft, pattern):
            start, end = match.span()
            if quoted(draft, sentence, start, end) or reported(draft, sentence, start) or negated(draft, sentence, start, window=3):
                continue
            if _is_plot(draft, sentence, end) or _practice_follows(draft, sentence, end, text):
                continue
            yield META.finding(start, end)


def _is_plot(draft, sentence, end: int) -> bool:
    return bool(_PLOT_AFTER.match(clause_after(draft, sentence, end).lstrip()))


def _practice_follows(draft, sentence, end: int, text: str) -> bool:
    """A concrete practice in the rest of the sentence or in the next sentence of prose."""
    if _PRACTICE.search(text, end, min(sentence.end, end + WINDOW)):
        return True
    following = _next_sentence(draft, sentence)
    return following is not None and bool(_PRACTICE.search(text, following.start, min(following.end, following.start + WINDOW)))


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
