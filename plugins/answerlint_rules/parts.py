"""Which parts of a failure answer each sentence of a draft carries.

A good answer to "tell me about a time you failed" has five parts besides its
setting: the **failure** (what went wrong), its **cause** in the writer's own
decisions, the writer's **action** when it surfaced, what they **learned**,
and evidence that the lesson **changed** later behaviour. The structure rules
ask :func:`answer_parts` whether a part is there, and how many words each
part takes.

Three kinds of evidence are combined:

* **Cues** in the sentence itself, so drafts with no headings are judged on
  their prose: "the cause was mine", "because I assumed", "I didn't check"
  (cause); "when finance raised it, I rebuilt…", "I apologised the same day"
  (action); "I learned", "the lesson was" (learning); "since then I", "I now
  check", "in the 40 tenders since" (change). A cue inside a quotation,
  someone else's reported words or under a negation does not count. A
  response verb only counts once the failure has been told, or where the
  sentence says it surfaced, so the decision that caused the failure is not
  taken for the recovery.
* **The section** the sentence sits in: ``Section.parts`` from framework
  headings, or what a heading outside any framework names ("Where I went
  wrong", "Putting it right"), or a label opening the sentence ("Why:",
  "Lesson:"). A section lends its part to sentences that fit it loosely: in
  "What I did" any sentence is action; in "Growth" or "Improvement" a past
  tense "I …" sentence is action; in "Why it happened" a sentence about the
  writer is cause; in "Learned" a present-tense "I …" habit is change. A
  section that also tells the failure (STAR-L's "Action" and "Result") lends
  nothing: it as often holds the decision that went wrong as the response.
* **Placeholders**: a section holding only its prompt or a "TODO" has been
  asked for but not answered (:attr:`AnswerParts.asked`); its text is not
  classified.

Each sentence also gets one *primary* part, the one its words count for when
a rule weighs telling against reflection (dwelling-on-failure). A slip told
as part of the story ("I skipped the check and…") is a cause for
:meth:`AnswerParts.has` but its words are telling; excuses count for
neither side; an admitted gap in the lesson counts as reflection. The
writer's own deeds and slips right after the cause is named, in its
paragraph, go on explaining it and count as cause. Other sentences
with no cue continue the part of the sentence before them in the paragraph;
otherwise they are context until the failure has been told, telling after.
The result is computed once per draft and cached on it.

The module also holds what the structure rules' fixes share: which sections
are empty (:func:`empty`) and the edit that adds the section a missing part
belongs in (:func:`section_fix`).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Mapping
from dataclasses import dataclass

import regex

from answerlint import compiled_patterns
from answerlint.draft import Draft, Section, Sentence, count_words
from answerlint.finding import Edit, Fix
from answerlint.framework import Framework, FrameworkSection
from answerlint.rule import RuleMeta
from answerlint.scaffold import insert_section, line_ending

from answerlint_rules.language import (
    FLAGS,
    compile_words,
    fold,
    negated,
    phrase_pattern,
    plain,
    quoted,
    reported,
    sentence_matches,
)
from answerlint_rules.word_starts import word_matches

PARTS = ("context", "failure", "cause", "action", "result", "learning", "change")
# Parts that reflect and respond, as against telling the story; the first found wins the sentence.
_PRIORITY = ("learning", "change", "cause", "action")

# -- learning: the writer says what they took from it ----------------------------------------

# What follows "realised"/"understood"/"saw" when it is a lesson and not a plot twist: the writer's own
# way of working ("I'd been treating", "I tend to", "how much I relied"), or a general truth told in the
# present ("that a plan nobody reads is no plan"). "I realised the fridge was off" is the story.
_INSIGHT = r"""(?:that\s+)?(?:
      (?:I|we)(?:'d|\s+had|\s+was|\s+were)?\s+(?:always\s+|really\s+|actually\s+|just\s+|simply\s+)?
        (?:been\s+\p{L}+ing|tend|tended|need|needed|have\s+to|must|should|can't|cannot|couldn't|rely|relied|treat|treated|
           care|cared|was\s+(?:wrong|the\s+(?:problem|bottleneck|one)|part|being|too|so|more|less)|were\s+wrong|had\s+been\s+wrong|
           never\s+(?:ask|check|plan|test|read|tell|told|asked|checked|planned|tested)\w*|always\s+\p{L}+|confuse|confused|mistook|mistake|avoid|avoided|equate|equated|value|valued)
    | (?:how|why)\s+(?:much|little|often|easily|quickly|important|badly|far|dependent|reliant)
    | (?:[\p{L}'-]+\s+){0,6}?(?:is|are|isn't|aren't|needs|matters|means|doesn't|don't|can't|won't|works|starts|comes|counts|beats)\b
    )"""

# People who teach the writer a skill in the story: "the supervisor taught me how to cash up".
_TEACHERS = r"""manager|supervisor|mentor|boss|colleague|teacher|trainer|tutor|instructor|coach|lead|senior|nurse|sister|chef|
    partner|director|consultant|technician|engineer|doctor|registrar"""

# Learning, told by the writer about themselves: a lesson named, a learn verb, an insight, a counterfactual.
LEARNING = compile_words(
    rf"""
    # a learn verb, not the news the story turned on ("I learned of the outage", "I later learned that the client had signed")
      (?:I|we)(?:\s+have|\s+had|'ve|'d|'m|\s+am)?\s+(?:(?:also|quickly|finally|eventually|since|really|definitely|certainly|all|slowly|still)\s+)?
        (?:learned|learnt|learning)
        (?!\s+(?:of|about\s+(?:it|this|that|the\s+\p{{L}}+)\s+(?:from|on|via|through|when)|(?:it\s+)?(?:later|afterwards|the\s+next|that\s+(?:morning|evening|night|day)|from\s+(?!it\b|this\b|that\b|the\s+(?:experience|mistake|failure)))
              |(?:later\s+)?that\s+(?!I\b|we\b)(?:[\p{{L}}'-]+\s+){{1,4}}?had\b|to\s+(?:drive|swim|ski|code|speak))\b)
    | (?:from\s+(?:this|that|it)\s*,?\s+)(?:I|we)\s+(?:learn|learned|learnt|understand|understood|realise|realize|realised|realized|see)\b
    | (?:I|we)\s+learn\s+(?:that|to|how|the)\b
    # something taught, showed or made the writer see
    | (?<!\b(?:she|he|they|who|{_TEACHERS})\s+(?:\p{{L}}+\s+)?)(?:taught|teaches|has\s+taught)\s+(?:me|us) | (?:I|we)\s+was\s+taught\s+a\s+lesson
    | (?:it|this|that|the\s+(?:experience|failure|incident|mistake|episode|whole\s+thing|project|error|year|job|setback|loss))\s+(?:has\s+|had\s+)?
        (?:(?:showed|shown|reminded|convinced)\s+(?:me|us)\s+(?:that|how|why|what|to|of)|(?:forced|pushed)\s+(?:me|us)\s+to\s+(?:rethink|reflect|question|confront|face|look\s+hard|examine|change\s+how))
    | (?:made|makes|got)\s+me\s+(?:(?:a\s+)?(?:better|more|less)|realise|realize|rethink|see|understand|question|reconsider|appreciate|think\s+(?:hard|again|differently))
    | (?:changed|change|changes|reshaped|shaped)\s+(?:how|the\s+way)\s+I | (?:I've|I\s+have)\s+changed\s+(?:how|the\s+way|my)
    # a lesson named
    | (?:biggest|main|key|real|hard|hardest|important|big|clearest|most\s+important|valuable|lasting|painful|greatest|single\s+biggest|other|second|first|deeper|useful)\s+
        (?:\p{{L}}+\s+)?(?:lesson|takeaway|learning|insight)s?\b(?!\s+plans?)
    | (?:the|my|a|one|that|this)\s+(?:lesson|insight)s?\s+(?:(?:was|is|were|are)\s+(?:that|to|not\s+to|never|always|simple|clear|obvious|this|how|painful|plain|about)\b
        |(?:was|is|were|are)?\s*: |here|for\s+me|I\s+(?:took|learned|learnt|drew|carry|keep|took\s+away)|I've|that\s+stuck)
    | lessons?\s+(?:learned|learnt|here|for\s+me) | learn[et]d?\s+(?:my|a|the|that|this|an\s+expensive|a\s+hard)\s+(?:\p{{L}}+\s+)?lesson | the\s+hard\s+way
    | (?:my|the|our|key|one)\s+takeaways?\s+(?:was|is|were|are|here|:|from|for\s+me) | (?:my|key|main|biggest)\s+learnings? | moral\s+of
    | (?:thing|things|point)\s+(?:that\s+)?(?:I|we)\s+(?:took|take|carry|keep|learned|learnt)\s+(?:away|from|with) | (?:drove|drives|brought|brings|hammered)\s+(?:it\s+)?home
    | what\s+I\s+(?:took|take|carry|keep)\s+(?:away|from|with\s+me) | (?:I|we)\s+(?:took|take)\s+away | (?:I|we)\s+came\s+(?:away|out\s+of\s+it)\s+(?:with|knowing|understanding|convinced)
    | (?:what|the\s+thing|the\s+part)\s+(?:that\s+)?(?:I\s+keep\s+coming\s+back\s+to|stays?\s+with\s+me|stuck\s+with\s+me|I\s+remind\s+myself)
    # understanding, from where the writer stands now
    | (?:I|we)\s+(?:now|since|have\s+since|'ve\s+since|eventually|finally|have\s+come\s+to|'ve\s+come\s+to|came\s+to|slowly)\s+(?:realised|realized|realise|realize|understand|understood|know|see|recognise|recognize|accept|appreciate|believe)
    | (?:I|we)\s+(?:realise|realize|understand|know|see|recognise|recognize)\s+(?:now|today|better\s+now)
    | (?:now|today|these\s+days),?\s+I\s+(?:know|understand|realise|realize|see) | know\s+better\s+than\s+to
    | (?:I|we)\s+(?:realised|realized|understood|recognised|recognized|saw|accepted|admitted\s+to\s+myself)\s+{_INSIGHT}
    # hindsight only counts when the writer turns to themselves: "Looking back, I...", not "looking back it was doomed"
    | (?:in\s+hindsight|looking\s+back|in\s+retrospect|with\s+hindsight|on\s+reflection|with\s+the\s+benefit\s+of\s+hindsight)
      (?:\s+on\s+(?:it|that|this))?\s*,?\s+
      (?!(?:there\s+)?(?:was|wasn't|is|isn't|was\s+not)\s+(?:really\s+)?(?:not\s+)?(?:much|nothing|little|no\s+way|only\s+so\s+much)\b)
      (?:[\p{{L}}'-]+\s+){{0,6}}?(?:I'd|I'm|I've|we'd|my|me|myself|(?:I|we)\s+(?:\p{{L}}+\s+)?(?:should|shouldn't|would|could|can|can't|wish|now|see|saw|realise|realize|understand|know|think|was\s+wrong|had\s+been))\b
    # what the writer would do another time
    | next\s+time,?\s+(?:I'll|I\s+will|I\s+would|I'd|we'll|we'd|(?:I|we)(?!\s+(?:\p{{L}}+ed|saw|went|was|were|had|did|got|came|met|spoke|told|ran|took|made|rang|sent|found|heard)\b))
    | (?:I|I'd|we|we'd)\s+(?:would\s+|will\s+|'ll\s+)?(?:now\s+)?(?:do|handle|approach|run|plan|manage|tackle)\s+(?:it|things|this|that|the\s+\p{{L}}+|\p{{L}}+\s+\p{{L}}+)\s+differently
    | what\s+(?:I|I'd|I\s+would|I'll|I\s+will|I\s+now)\s+do\s+differently
    | if\s+I\s+(?:did|could\s+do|were\s+to\s+do|had\s+to\s+do|faced|ran|had)\s+(?:it|this|that|the\s+\p{{L}}+|the\s+same)\s+(?:again|over|twice)
    | if\s+I\s+(?:could\s+go\s+back|went\s+back|were\s+starting\s+(?:again|over)|started\s+(?:again|over)|could\s+do\s+(?:it|one\s+thing)\s+(?:again|over|differently))
    # a practice the writer now keeps (a plain "I always…" is as often the old habit that caused it)
    | (?:I|we)\s+now\s+always\s+(?!\p{{L}}+ed\b)\p{{L}}+
    | (?:I|we)\s+(?:now\s+)?never\s+again | never\s+again\s+(?:will|do|did|have)\s+I
    """
)

# -- change: later behaviour, a new practice or a result on later work ---------------------------

_STATIVE = r"""know|knew|think|thought|feel|felt|believe|realise|realize|understand|see|wish|hope|regret|remember|guess|suppose|
    mean|want|like|love|hate|doubt|admit|accept|agree|appreciate|recognise|recognize|still|am|was|were|had|did|could|would|should"""
_SINCE = r"(?:since\s+then|ever\s+since|from\s+then\s+on|from\s+that\s+(?:point|day)(?:\s+on)?|these\s+days|nowadays|since\s+(?:that|the\s+\p{L}+|(?-i:\p{Lu}\p{Ll}+)))"

_PAST_IRREGULAR_SHORT = r"(?:went|ran|came|got|made|took|had|did|was|were|sent|set|built|kept|held|led|won|sold|put|gave|found|told|rang|met|spent|paid|wrote|drove|caught|brought)"
# More past tenses, some also present ("I cut", "I read"): only for a deed already timed by a surfacing cue.
_PAST_OR_PRESENT = r"(?:cut|split|shut|quit|read|rewrote|rebuilt|redid|reran|withdrew|sought|taught|bought|threw|drew|dug|fed|flew|lent|stood|swept|tore|woke)"
# Later work on which a new practice shows: "on my last two projects", "the next launch went out on time".
_LATER_WORK = r"""(?:projects?|launch(?:es)?|releases?|runs?|audits?|inspections?|seasons?|terms?|campaigns?|quarters?|tenders?|bids?|
    events?|jobs?|sites?|builds?|deals?|sprints?|migrations?|deploy(?:ment)?s?|rotas?|matters?|cases?|classes?|cohorts?|
    exams?|trials?|studies|surveys?|consultations?|pitch(?:es)?|shows?|weddings?|festivals?|editions?|rounds?|contracts?|
    clients?|orders?|shipments?|loans?|print\s+runs?|intakes?|cycles?|closes?|month-ends?|year-ends?|reports?|batches?)"""

# Nouns of time rather than of work: "the next morning" is the immediate fix, not a later result.
_TIME_NOUN = r"(?:morning|afternoon|evening|night|day|days|hour|hours|minute|minutes|week|weeks|weekend|month|months|year|years|quarter|term|time|moment|second)\b"
# A present perfect that spans the time since the failure and is not a feeling about it.
_NOT_PRACTICE = r"(?:learned|learnt|realised|realized|known|felt|thought|wondered|worried|regretted|wished|been\s+(?:ashamed|embarrassed|nervous|wary|afraid|haunted)|haunted|stayed\s+with|stuck\s+with|replayed|dreaded)"

# Where the writer works or lives now: news of a career, not a practice ("I now work in HR").
_NEW_POST = r"(?:work|works|live|lives|moved|left|joined|retired|resigned|changed\s+(?:jobs|roles|careers|teams)|been\s+promoted|report\s+to)"

CHANGE = compile_words(
    rf"""
      {_SINCE}\s*,?\s+(?:(?:when|whenever|if|before|after|once|each\s+time|every\s+time)\b[^.;:]{{0,80}}?,\s*)?
        (?:I|we|I've|we've|my|our|every|each|all|any|no|nothing|none|the\s+team|the\s+\p{{L}}+\s+team
           |(?:a|an|the)\s+(?:[\p{{L}}-]+\s+){{0,2}}?\p{{L}}+\s+(?:now\s+|always\s+|also\s+)?(?!(?:is|was|has\s+been)\b)\p{{L}}{{2,}}s)\b
    | (?:I|we)\s+(?:now|always\s+now|now\s+always|since)\s+(?!(?:{_STATIVE})\b)(?!(?:{_NEW_POST})\b)\p{{L}}+
    | since\s+(?:the|that|this|my|our)\s+(?:[\p{{L}}-]+\s+){{0,2}}?[\p{{L}}-]+\s*,?\s+(?:I|we)\s+(?:now\s+|always\s+|never\s+|also\s+)?
        (?!(?:{_STATIVE}|{_PAST_IRREGULAR_SHORT})\b)(?!\p{{L}}+ed\b)\p{{L}}+
    | going\s+forward\s*,?\s+(?:I|we)\s+(?!(?:{_STATIVE}|will|would|plan|intend|want|hope|aim|need|must|'ll|'d)\b)\p{{L}}+
    | (?:^|(?<=[.;:,]\s*)|(?<=\band\s))now,?\s+(?:I|we|every|each|all|any|no|the\s+\p{{L}}+)\s+(?!(?:{_STATIVE})\b)\p{{L}}+
    | (?<!\b(?:until|till|by|right|just|up\s+to|even)\s+)now,?\s+(?:I|we)\s+(?:always\s+|also\s+|first\s+)?(?!(?:{_STATIVE}|have|has|'ve|'m|'d|will|'ll|can|need|must)\b)(?!\p{{L}}+ed\b)\p{{L}}+
    | (?:I|we)\s+(?!(?:{_STATIVE})\b)(?!\p{{L}}+ed\b)\p{{L}}+(?:\s+[\p{{L}}'-]+){{0,5}}?\s+now(?=\s*[.!;,]|\s*$)
    | (?:every|each|any|all)\s+(?:[\p{{L}}-]+\s+){{1,3}}?(?:I|we)\s+(?!(?:{_STATIVE})\b)(?!\p{{L}}+ed\b)\p{{L}}+\s+now\b
    | every\s+time\s+(?:I|we)\s+(?:\p{{L}}+\s+){{1,5}}?now
    | (?:is|are)\s+now\s+(?:standard|routine|part\s+of|the\s+(?:first|default|norm|rule|standard))
    | (?:has|have|I've|we've|they've)\s+(?:since\s+)?(?!{_NOT_PRACTICE})\p{{L}}+(?:\s+[\p{{L}}\p{{N}},'’-]+){{0,10}}?\s+since(?=\s*[.!;,)]|\s+(?:then|without|with|and|but)\b|\s*$)
    | (?:I've|I\s+have|we've|we\s+have)\s+since\s+(?!(?:{_NEW_POST})\b)\p{{L}}+
    | (?:in|across|over|on)\s+(?:the\s+|all\s+)?(?:[\p{{L}}\p{{N}},-]+\s+){{1,4}}?since(?=\s*[.!;,]|\s+(?:then|,)|\s*$)
    | (?:every|each|all|any)\s+(?:[\p{{L}}-]+\s+){{1,4}}?(?:I|we)(?:'ve|\s+have)\s+(?:\p{{L}}+\s+){{1,2}}?since
    | (?:haven't|have\s+not|hasn't|has\s+not)\s+(?:\p{{L}}+\s+){{1,6}}?since
    | (?<attempt>)(?:the|our|my)\s+(?:next|following|subsequent)\s+(?:[\p{{L}}\p{{N}}-]+\s+){{0,2}}?{_LATER_WORK}\s+(?:went|ran|came|was|were|had|hit|sold|shipped|finished|closed|passed)
    | (?<!\b(?:it's|it\s+is|it\s+was|that's|that\s+was|this\s+is|this\s+was|for)\s+)(?<attempt>)(?:the|my|our)\s+(?:second|third)\s+(?:time|attempt|try|round|go|application|season)\b(?!\s+(?:this|that|in|I've|I\s+had|I'd|we'd|running))
    | (?<attempt>)the\s+next\s+time\s+(?:I|we|it|this|that|a|an|the)\s+(?:[\p{{L}}-]+\s+){{0,3}}?(?:\p{{L}}+ed|{_PAST_IRREGULAR_SHORT})\b
    | (?:for|on|in)\s+the\s+(?:\p{{L}}+\s+)?re(?:-)?(?:launch|run|sit|take|submission|bid|pitch|opening)
    | (?:our|my|the)\s+(?:last|latest|most\s+recent|next)\s+(?:audit|inspection|review|appraisal|survey|report|check)\s+(?:found|showed|had|gave|came\s+back|rated|scored)
    | (?:has|have)\s+(?:since\s+)?(?:been\s+)?adopted | adopted\s+(?:my|our|the\s+same) | (?:now|since)\s+(?:uses?|requires?|runs?|follows?)
    | (?:I|we)\s+no\s+longer\s+(?!(?:{_STATIVE}|{_NEW_POST}|speak|talk|see|meet|exist|have|own)\b)\p{{L}}+ | (?:my|our)\s+(?:rule|habit|practice|routine|policy)\s+(?:now|these\s+days|since(?:\s+then)?)\s+is | (?:my|our)\s+(?:rule|habit)\s+is\s+now
    | (?:I|we)\s+(?:made|make)\s+(?:it\s+)?a\s+(?:rule|habit|point|priority) | (?:I|we)\s+set\s+(?:myself\s+|ourselves\s+)?a\s+(?:rule|habit)
    | (?:I've|I\s+have|we've|we\s+have)\s+(?:since\s+)?(?:started|begun|adopted|introduced|stopped)
    | (?:I've|I\s+have|we've|we\s+have)\s+made\s+(?:[\p{{L}}-]+\s+){{1,5}}?(?:a|an|the|part\s+of)\s+(?:[\p{{L}}-]+\s+)?(?:rule|habit|step|standard|requirement|part|checklist|policy|practice|routine)
    | (?:that|this|the)\s+(?:change|habit|practice|approach|checklist|rule|process|step)\s+(?:has\s+)?(?:cut|halved|saved|caught|prevented|stopped|reduced|brought|kept)
    """
)

# Practices that are only a change once the failure has been told: before it, "I've driven cranes for eleven
# years" and "I check every order" are the writer's background.
CHANGE_AFTER_FAILURE = compile_words(
    rf"""
      (?:I've|I\s+have|we've|we\s+have)\s+(?!{_NOT_PRACTICE}|been\b|worked\b|lived\b|spent\b|known\b|had\b)\p{{L}}+[^.;:!?]{{0,60}}?\bfor\s+(?:the\s+(?:last|past)\s+)?
        (?:[\p{{L}}\p{{N}}]+\s+){{0,2}}(?:weeks|months|years|terms|seasons|quarters|sprints)\b
    | (?:I've|I\s+have|we've|we\s+have)\s+(?!{_NOT_PRACTICE})\p{{L}}+[^.;:!?]{{0,60}}?\bfor\s+(?:[\p{{L}}\p{{N}}]+\s+){{1,3}}now\b
    # a habit told in the present: "I check every demo environment an hour before"
    | (?:I|we)\s+(?:now\s+|always\s+|also\s+)?(?!(?:{_STATIVE}|{_PAST_IRREGULAR_SHORT}|{_PAST_OR_PRESENT}|'d|'ll|'ve|'m|will|would|can|could|must|should|have|do|don't|didn't)\b)(?!\p{{L}}+ed\b)\p{{L}}+\s+
        (?:[\p{{L}}-]+\s+)?(?:every|each)\b
    """
)
_LATER_CHANGE = "change (once the failure is told)"
_OWN_JUDGEMENT = "cause (own judgement)"  # found as "cause"

# Later work named, "on my last two projects": evidence only where the sentence tells no new failure.
LATER_WORK = compile_words(
    rf"""(?:on|in|over|across|with)\s+(?:my|our|the|every|each)\s+(?:last|next|following|later|subsequent)\s+
         (?:[\p{{N}}]+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|few|several|dozen)\s+)?(?!{_TIME_NOUN})\p{{L}}{{3,}}"""
)

# -- cause: why it happened, in the writer's own decisions --------------------------------------

_PAST_IRREGULAR = r"""went|told|rang|took|gave|made|sat|met|spent|paid|sent|wrote|rebuilt|built|ran|brought|bought|got|put|set|left|kept|
    found|drove|stood|held|let|cut|began|chose|caught|thought|felt|knew|saw|said|spoke|broke|lost|led|read|won|split|shut|withdrew|
    redid|did|rewrote|reran|re-ran|took|threw|drew|dug|fed|fled|flew|forgot|hid|hung|laid|lent|lit|meant|overrode|paid|rode|rose|
    shook|sold|sought|stuck|swept|taught|tore|understood|woke|wore|had|was|were"""
# The writer naming the cause as theirs: "the cause was mine", "the real reason is simple: I ...".
_CAUSE_NOUN = r"(?:cause|reason|root|problem|mistake|error|fault)s?"
# Where the failure itself is placed in the writer ("the failure was in my recruitment", "my weakness is that I...").
_OWN_FAILING = r"(?:failure|failing|blind\s+spot)"  # not "flaw" or "weakness": as often a virtue in disguise
_FIRST_PERSON_NEXT = r"""(?:(?:simple|simply|uncomfortable|obvious|clear|honest|plain|entirely|all|squarely|partly|mostly|just|really|but|
    and|this|sadly|frankly|embarrassing|painful|boring|mundane|straightforward)(?:[\s,]+|(?=[:—–-]))){0,4}[:—–-]?\s*(?:that\s+|this:?\s+)?
    (?:mine|on\s+me|my|me|I|I'd|I'm|I\s+had|myself|down\s+to\s+(?:me|my))\b"""

# What the writer's judgement makes, which a cause can sit in: "my costing ignored…", "that was my call".
_JUDGEMENT = r"""(?:call|decision|choice|doing|fault|mistake|error|oversight|responsibility|judge?ment|shortcut|assumption|gamble|
    plan|planning|estimate|forecast|costing|budget|rota|schedule|timetable|brief|design|spec|order|setup|approach|handover|
    instructions|idea|priorities|pricing|quote|target|model|process)"""
# Verbs by which a judgement goes wrong: "my plan relied on one leaflet drop", "my estimate had no slack".
_JUDGEMENT_FLAW = r"""(?:relied|depended|rested|banked|counted)\s+on|ignored|assumed|overlooked|missed|left\s+out|had\s+no|lacked|
    counted|took\s+no\s+account|(?:was|were)\s+(?:based|built)\s+on|(?:didn't|did\s+not|never)\s+(?:allow|include|account|cover|leave|mention|say)"""
# Verbs of the writer's own judgement: what they took for true, went by or pushed for.
_JUDGED = r"""expected|figured|reckoned|believed|banked\s+on|counted\s+on|bet\s+on|gambled|went\s+(?:with|by|on)\s+(?:my|the|a|what|gut|instinct|memory)|
    (?:took|taken)\s+(?:[\p{L}'-]+\s+){1,4}?(?:for\s+granted|at\s+face\s+value|on\s+trust)|talked\s+myself|convinced\s+myself|persuaded\s+myself|
    pushed\s+(?:for|to|ahead|on|through)|insisted|dismissed|brushed\s+(?:off|aside)|waved\s+(?:off|away|through)|muted|put\s+off|postponed|deferred|
    said\s+yes|overrode|skimped|settled\s+for|stuck\s+(?:to|with)"""

# A cause the writer reflects on: names it, owns the judgement behind it, explains it.
CAUSE = compile_words(
    rf"""
      {_CAUSE_NOUN}(?<=\b(?:the|my|our|a|one|that)\s+(?:[\p{{L}}-]+\s+){{0,2}}{_CAUSE_NOUN})\s+(?:[\p{{L}}'-]+\s+){{0,7}}?(?:was|is|lay|lies|came\s+down\s+to)\s+{_FIRST_PERSON_NEXT}
    | {_OWN_FAILING}(?<=\b(?:the|my|our|a|one|that)\s+(?:[\p{{L}}-]+\s+){{0,2}}{_OWN_FAILING})\s+(?:[\p{{L}}'-]+\s+){{0,3}}?(?:was|is|lay|lies)\s+
        (?:(?:that|simply|just|really|partly|mostly)\s+){{0,2}}(?:in\s+my|mine|on\s+me|down\s+to\s+(?:me|my)|I|I'd|I'm)\b
    | (?:was|were)\s+(?:all\s+|entirely\s+|squarely\s+)?(?:mine|on\s+me)
    | (?:it|that|this)\s+was\s+(?:a|my|the)\s+(?:decision|choice|call|judgement|judgment|gamble)\s+(?:that\s+)?I\s+(?:made|took)
    | (?:realised|realized|found|discovered|noticed)\s+(?:that\s+)?I(?:'d|\s+had)\s+(?:also\s+|just\s+|never\s+)?
      (?:\p{{L}}+ed|{_PAST_IRREGULAR}|run|done|taken|given|forgotten|written|seen|mixed|missed|got)\b
    | I\s+(?:find|found)\s+(?:it\s+)?(?:\p{{L}}+\s+)?(?:hard|difficult|impossible|uncomfortable|awkward)\s+to | I\s+(?:struggle|struggled)\s+to
    | I\s+made\s+(?:it|things|this|that|the\s+\p{{L}}+)\s+(?:even\s+|much\s+)?worse
    | where\s+I\s+went\s+wrong | why\s+I\s+did\s+it | I\s+was\s+the\s+bottleneck | the\s+root\s+of\s+it | I\s+told\s+myself
    | I(?:'d|\s+had)?\s+(?:didn't|did\s+not)\s+want\s+to
    | I\s+(?:just\s+|only\s+|really\s+|badly\s+|so\s+)?wanted\s+to\s+(?:avoid|save|look|impress|please|keep|protect|prove|be|get|finish|go|stay|spare|seem|show|hit|win|move|make)\b
    # a decision of the writer's, also where it shares the subject of a clause before it ("…, and assumed the regulars would come")
    | (?:I(?:'d|\s+had)?\s+|(?<=(?:,|\band|\bbut|\bso)\s+)(?<coordinated>))(?:also\s+|just\s+|simply\s+|wrongly\s+|quietly\s+|then\s+|still\s+|completely\s+)?
      (?:assumed|decided|chose|opted|misjudged|underestimated|overestimated|prioriti[sz]ed|relied\s+on|trusted|held\s+on\s+to|{_JUDGED}|
         let\s+(?:[\p{{L}}'-]+\s+){{1,6}}?(?:win|slide|slip|drift|ride|decide|dictate|override|drive|rush|talk\s+me)|put\s+(?:[\p{{L}}-]+\s+){{1,6}}?(?:ahead\s+of|before|above)|
         treated\s+(?:[\p{{L}}-]+\s+){{1,8}}?as|planned\s+(?:[\p{{L}}-]+\s+){{0,3}}?(?:on|around)|focused\s+on)
    | I\s+(?:treat|tend\s+to|always\s+(?:underestimate|overestimate|round|rush|leave|put\s+off))\b
    | (?:I|we)(?:'d|\s+had)?\s+(?:should(?:n't|\s+not)?|ought(?:n't)?\s+to)\s+(?:have|'ve)\s+(?!been\s+told)\p{{L}}+ | (?:I|we)\s+should(?:n't)?'ve\s+\p{{L}}+
    | I\s+(?:[\p{{L}}'-]+\s+){{0,8}}?(?:ordered|booked|signed|approved|launched|scheduled|hired|priced|sent|published|agreed|promised|committed|accepted|picked|
        went\s+with|bought|planned|designed|released|shipped|deployed|merged|pushed|cut|dropped|removed|reused|stuck\s+with)\b
        [^.;:!?]{{0,120}}?,?\s+(?:because|since)(?=\s)(?!\s+then\b)
    | (?:which|that)\s+I\s+should(?:n't|\s+not)\s+have | (?:was|were)\s+caused\s+by\s+(?:my|me\b|I\b|(?:\p{{L}}+ing)\b)
    | I\s+was\s+(?:so|too|far\s+too)\s+(?:focused|busy|caught\s+up|wrapped\s+up|keen|eager|desperate|determined|sure|certain)
    | I\s+was\s+(?:too\s+|so\s+|far\s+too\s+|very\s+|over-?)?(?:confident|overconfident|proud|complacent|careless|rushing|impatient|distracted|juggling|covering|cutting|in\s+a\s+hurry|sloppy|lazy|naive)
    | (?:because|since)\s+(?:I|I'd|I\s+had|I\s+was|it\s+(?:felt|looked|seemed|sounded))\s+(?:[\p{{L}}'-]+\s+)?(?:\p{{L}}+ed|{_PAST_IRREGULAR}|wanted|didn't|hadn't|wasn't|couldn't)\b
    | (?:because|since)\s+I\s+(?:didn't|hadn't|wasn't|was|had|wanted|thought|assumed|believed|felt|knew|trusted|read|chose|decided|liked|preferred)
    """
)
# The care that prevents failures, in any trade: checking, asking, telling, planning, testing, recording.
_DILIGENCE = r"""check|ask|test|read|review|verify|confirm|plan|think|consider|question|look|cross-check|double-check|give|tell|brief|set|
    build|allow|model|delegate|escalate|flag|raise|involve|consult|follow|account|budget|prepare|trust|listen|notice|save|back\s+up|label|write|
    update|chase|book|lock|measure|count|compare|visit|proofread|research|leave|schedule|train|share|speak|agree|open|walk|inspect|survey|
    rehearse|practi[sc]e|pilot|trial|sample|taste|weigh|calculate|reconcile|audit|monitor|track|record|log|document|note|photograph|
    warn|mention|talk|call|ring|phone|email|meet|sign\s+off|test-run|try|run\s+(?:a|the)\s+(?:test|check|trial)"""
# A cause placed in what the writer's judgement made, or in what they believed or meant to save as they acted
# (counts as CAUSE; its own pattern so that its common gate words, "my", "plan", do not send every sentence
# through the larger one).
OWN_JUDGEMENT = compile_words(
    rf"""
      (?:it|that|this|which)\s+was\s+(?:all\s+|entirely\s+|squarely\s+)?(?:down\s+to\s+)?(?:my|on\s+me)\s+(?:own\s+)?{_JUDGEMENT}\b
    | (?:was|were)\s+(?:all\s+|entirely\s+|squarely\s+)?my\s+(?:own\s+)?{_JUDGEMENT}\b
    | (?:part|much|most|half)\s+of\s+(?:that|it|this|the\s+(?:problem|blame|failure|delay|damage))\s+(?:was|is|came\s+down\s+to|lay\s+(?:with|in))\s+{_FIRST_PERSON_NEXT}
    | my\s+(?:own\s+)?(?:[\p{{L}}-]+\s+){{0,2}}?{_JUDGEMENT}\s+(?:[\p{{L}}'-]+\s+){{0,3}}?(?:{_JUDGEMENT_FLAW})
    # what the writer believed, or meant to save, as they acted: "I muted it, thinking it was the sensor", "to save time I…"
    | (?<writers>)(?:thinking|assuming|believing|expecting|figuring|reckoning|sure|convinced|on\s+the\s+assumption|in\s+the\s+belief)\s+(?:that\s+)?
        (?:it|the|this|that|they|he|she|nobody|no\s+one|everyone|everybody|I|I'd|we|a|an|one|my)\b
    | (?<writers>)(?:to|so\s+as\s+to|in\s+order\s+to)\s+(?:save\s+(?:on\s+|a\s+little\s+on\s+)?(?:time|money|a\s+few|a\s+bit|an?\s+\p{{L}}+|\p{{Sc}}|\p{{N}})|keep\s+(?:[\p{{L}}'-]+\s+){{1,3}}?(?:down|low|cheap|happy|quiet|simple)|make\s+(?:[\p{{L}}'-]+\s+){{1,3}}?(?:easier|quicker|faster|simpler|cheaper))
    """
)
# A slip or omission of the writer's, told as part of the story: "I skipped the check", "I never asked".
SLIP = compile_words(
    rf"""
      (?:I(?:'d|\s+had)?\s+|(?<=(?:,|\band|\bbut|\bso)\s+)(?<coordinated>))(?:also\s+|just\s+|simply\s+|then\s+|still\s+|completely\s+)?
      (?:skipped|skipping|ignored|ignoring|overlooked|overlooking|misread|miscalculated|misunderstood|rushed|guessed|cut\s+corners|took\s+(?:a|the)\s+shortcut|hired\s+ahead|
         waited\s+too\s+long|overcommitted|overpromised|glossed\s+over|copied|reused|left\s+(?:it|them|this|that|(?:[\p{{L}}'-]+\s+){{1,3}}?[\p{{L}}'-]+)\s+(?:until|till|to\s+the\s+last)|
         worked\s+(?:it\s+)?out\s+from|spent\s+(?:most|all|too\s+much|much)\s+of|kept\s+putting|tried\s+to\s+(?:handle|do|take\s+on|fix\s+it\s+myself|save|cover|juggle))
    # care the writer left out (checking, asking, telling, planning: not the task itself, "I forgot to order the valve", which
    # is the failure), also where it shares the subject of a clause before it ("…, but never once asked him")
    | (?:I(?:'d|\s+had)?\s+|(?<=(?:,|\band|\bbut|\bso)\s+)(?<coordinated>))(?:didn't|did\s+not|never|hadn't|had\s+not|failed\s+to|forgot\s+to|neglected\s+to)\s+
      (?:even\s+|properly\s+|really\s+|actually\s+|once\s+|bother\s+to\s+|think\s+to\s+|stop\s+to\s+)?(?:re-?)?(?:{_DILIGENCE})\w*
    | I(?:'d|\s+had)?\s+(?:hadn't|had\s+not|never)\s+(?:even\s+|properly\s+|really\s+)?(?:thought|told|built|given|written|spoken|read|set|brought|taught|sent|done|seen|bothered)\b
    | I\s+(?:couldn't|could\s+not)\s+be\s+bothered
    | I(?:'d|\s+would)?\s+(?:usually|often|always|sometimes|normally|routinely|regularly|tend\s+to|would)\s+(?:just\s+)?(?:skip|ignore|overlook|rush|guess|cut|leave|put\s+off|forget)\b
    | (?:without|instead\s+of|rather\s+than)\s+(?:first\s+|even\s+|properly\s+|ever\s+|once\s+)?(?!being\b)\p{{L}}{{2,}}ing\b
    | without\s+(?:first\s+|even\s+|properly\s+|ever\s+|once\s+)?(?:checking|asking|testing|reading|reviewing|verifying|confirming|telling|looking|consulting|
         backing|thinking|double-checking|cross-checking|visiting|measuring|counting|comparing|proofreading|planning|briefing)
    | without\s+(?:a|the|any|my|our)\s+(?:[\p{{L}}-]+\s+){{0,2}}?(?:checks?|tests?|reviews?|sign-?off|second\s+opinion|backup|back-up|fallback|plan|proof|trial|rehearsal|walkthrough|safeguards?)\b
    """
)
# The writer in a sentence as the one acting or owning, not "my manager".
_WRITER_ACTS = compile_words(r"I|we")
_PLUPERFECT = compile_words(r"(?:I|we)(?:'d|\s+had)(?:n't|\s+not)?\s+(?:\p{L}+\s+)?(?:\p{L}+ed|been|made|taken|done|given|left|put|set|kept|read|run|seen|gone|thought|told|sent|let|cut|got|bought|built|spent)")
_TOLD_IN_PAST = compile_words(r"was|were|had|hadn't|didn't|wasn't|weren't|'d\s+\p{L}+ed|(?:I|we)\s+(?:\p{L}+\s+)?\p{L}+ed")
_WRITER = compile_words(r"I|I'd|I'm|I've|me|myself|mine|my\s+(?:own|decision|call|choice|mistake|fault|error|plan|planning|assumption|judge?ment|part|shortcut|oversight|responsibility)")

# -- action: what the writer did when the failure surfaced ---------------------------------------

_RESPONSE = r"""
    told(?!\s+myself)|called|rang|phoned|emailed|e-mailed|messaged|texted|wrote\s+to|apologi[sz]ed|admitted|owned\s+up|confessed|reported|
    escalated|alerted|warned|informed|notified|contacted|stopped|halted|paused|pulled|withdrew|cancell?ed|rolled\s+(?:\p{L}+\s+){0,2}?back|
    reverted|restored|recovered|fixed|repaired|patched|corrected|replaced|refunded|repaid|reimbursed|compensated|recalled|paid\s+for|
    re-?(?:booked|scheduled|printed|sent|cast|ran|did|wrote|built|designed|issued|submitted|contacted|tested|started|routed|ordered|stocked|
        filed|calculated|trained|packed|labell?ed|shot|recorded|made|drafted|planned|organi[sz]ed)|
    covered|offered|arranged|negotiated|organi[sz]ed|borrowed|asked\s+(?:for|the|my|each|him|her|them|our|if)|applied|
    went\s+(?:back|to\s+(?:see|the|my|her|him|them|our|their|each)|straight|through\s+(?:it|the(?!\s+motions)|every|each))|
    (?:took|walked|talked)\s+(?:her|him|them|the\s+\p{L}+|my\s+\p{L}+|each\s+\p{L}+)\s+through|
    took\s+(?:the\s+(?:blame|call|hit|correct|right|cost)|it\s+(?:back|off|down)|responsibility|ownership|charge)|
    sat\s+(?:down|in)|met\s+(?:with|the|her|him|each|them|our|my|their|a|an)|owned\s+(?:up|it\b|that\b|(?:the|my)\s+(?:mistake|error|slip|failure|problem|decision|call))|
    agreed\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:plan|fix|refund|repayment|extension|timeline|date|deal|way)|worked\s+(?:with\s+(?:\S+\s+){1,4}?to\b|through\s+the|late|overtime|the\s+weekend)|
    spent\s+(?:the\s+next|that\s+(?:night|evening|weekend|week|afternoon|morning)|the\s+rest\s+of|the\s+following|the\s+weekend)|
    discarded|binned|deep-cleaned|cleared\s+(?:the|a|our|my)\s+(?:backlog|queue|area|room|floor|building|site|store|kitchen)|blocked\s+out|
    briefed|investigated|triaged|delegated|brought\s+in|shut\s+(?:down|off|it)|isolated|reached\s+out|followed\s+up|chased\s+(?:up|it|them|him|her|the\s+(?:supplier|client|customer|courier|carrier|vendor|order|payment|invoice|parts?))|quarantined|
    (?:ran|published|printed|issued|posted|put\s+out|sent\s+out)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:correction|apology|retraction|clarification|recall|erratum|statement|update)|
    gave\s+(?:[\p{L}'-]+\s+){1,3}?(?:refund|discount|voucher|replacement|credit|apology)|
    explained|stepped\s+in|wrote\s+(?:back|them|him|her|(?:up\s+)?(?:a|an|the|my)\s+(?:[\p{L}-]+\s+)?(?:apology|correction|note|incident|report|post-?mortem|summary|letter|email|FAQ|fix|script|plan|timeline|review))
"""
ACTION = compile_words(
    rf"""(?:I|we)\s+(?:(?:then|also|immediately|quickly|personally|finally|first|next|instead|simply|just|still|eventually|and)\s+){{0,2}}(?:{_RESPONSE})
       | (?<=(?:,|\band|\bthen)\s+)(?<coordinated>)(?:then\s+|also\s+)?(?:{_RESPONSE})(?!\s+(?:me|us)\b)"""
)
_SUBJECT = compile_words(r"I|we|he|she|they|it|you|(?-i:[A-Z]\p{Ll}+)(?=\s+\p{Ll}+ed\b)")
# A response told in the present ("when support inform me, I rollback the change"): only with a surfacing cue.
ACTION_PRESENT = compile_words(
    r"""(?:I|we)\s+(?:(?:then|also|immediately|quickly|first)\s+)?(?:roll\s*back|rollback|revert|fix|call|phone|ring|inform|tell|apologi[sz]e|write\s+(?:a|to|an)|
        restore|stop|pull|refund|correct|email|contact|escalate|report|cancel|redo|rebuild)\b"""
)
# Any deed of the writer's, which the speed of it ("that afternoon", "straight away") marks as a response; not one
# that only sets the time ("when I checked the sheets the next morning, …").
_DEED = compile_words(
    rf"""(?<!\b(?:when|once|soon\s+as|after|before|until|while)\s+)(?:I|we)\s+(?:(?:then|also|immediately|quickly|first|personally)\s+)?
        (?!(?:{_STATIVE}|felt|cried|panicked|froze|went\s+home|left|forgot|missed|lost|noticed|realised|realized|found\s+out|heard|saw|got|became|
           learned|learnt|understood|wondered|hoped|wished|assumed|decided|worried|failed|tried|wanted|needed|started|used|liked|loved|hated)\b)
        (?:\p{{L}}+ed|{_PAST_IRREGULAR_SHORT}|{_PAST_OR_PRESENT})\b"""
)
# The moment the failure came out, or the speed of the response to it.
SURFACED = compile_words(
    r"""
      (?:when|once|as\s+soon\s+as|the\s+moment|the\s+minute|after|within\s+\p{L}+\s+\p{L}+\s+of)\s+(?:[\p{L}'-]+\s+){0,5}?
        (?:happened|realised|realized|noticed|found\s+out|discovered|saw|spotted|learned|learnt|heard|raised|flagged|reported|slipped|collapsed|
           showed|caught|came\s+(?:back|in|out|to\s+light)|rang|called|complained|surfaced|hit|broke|failed|went\s+down|crashed|emerged|told\s+me|
           queried|questioned|pointed\s+(?:it\s+)?out|asked\s+about)

    | (?:when|once|as\s+soon\s+as|the\s+moment)\s+[^,.;:]{3,80}?,\s*(?:I|we)(?=\s)
    | straight\s+away | right\s+away | immediately | first\s+thing | without\s+delay
    | (?<!\b(?:two|three|four|both|all|several|many|everything|things|them)\s+(?:\p{L}+\s+)?)at\s+once
    | within\s+(?:the|an|a|\p{N}+|\p{L}+)\s+(?:\p{L}+\s+)?(?:hour|minutes?|hours|day|days)
    | (?<!\bfor\s+)(?:(?:that|the\s+same|the\s+next|the\s+following)\s+(?:afternoon|evening|night|morning|day) | (?:the\s+same|the\s+next|the\s+following)\s+(?:week|weekend))(?!\s+as\b)
    """
)
# Deeds that are a response by their meaning, told wherever they are: nobody refunds or apologises before something went wrong.
_REMEDY = compile_words(
    r"""(?:I|we)\s+(?:[\p{L}'-]+\s+){0,2}?(?:apologi[sz]ed|owned\s+up|confessed|refunded|repaid|reimbursed|compensated|rolled\s+(?:\p{L}+\s+){0,2}?back|
        reverted|reprinted|reissued|redid|remade|waived)"""
)
# The writer seeing it had gone wrong: only what they do after it is a response ("by week three it was clear, so I
# went to the landlord"), not what showed it to them ("when I marked their papers, it was obvious…").
_REALISED = compile_words(
    r"""(?:it|this|that)\s+(?:was|became|had\s+become|grew)\s+(?:clear|obvious|apparent|plain)
      | (?:I|we)\s+(?:knew|saw|realised|realized|could\s+see|noticed|found\s+out)\b[^.;:]{0,80}?,?\s+so(?=\s+(?:I|we)\b)"""
)
_REALISED_GATE = frozenset("clear obvious apparent plain knew saw realised realized see noticed found".split())
# A response told as a wish or a habit of the story, not a deed: "I should have called", "I'd have told".
_HYPOTHETICAL = compiled_patterns.compile(r"(?:\b(?:would|could|should|might|must)(?:n't)?|'d|\bwill|'ll)\s+(?:have\s+|'ve\s+)?(?:\p{L}+\s+)?$", FLAGS)

# -- failure: what went wrong ----------------------------------------------------------------

FAILURE = compile_words(
    r"""
      miss(?:ed|ing)|fail(?:ed|ure|ures|ing)?|lost|lose|losing|late|delay(?:ed)?|overr?an|broke|broken|crash(?:ed)?|outage|tore|torn|
      went\s+wrong|gone\s+wrong|wrong|went\s+(?:just\s+as\s+|equally\s+|even\s+more\s+)badly|cost\s+(?:us|me|the|our|my|him|her|them)|mistakes?|errors?|complain(?:ed|ts?)|rejected|flagged|contaminated|injured|hurt|fell|stalled|slipped|
      collapsed|fizzled|flopped|overstated|inflated|forgot|disappointed|unhappy|upset|angry|furious|escalated|penalt(?:y|ies)|breach|
      leaked|plagiari[sz]\p{L}*|padded|short\s+of|shortfall|(?:fell|came\s+up)\s+short|short-?staffed|behind|overdue|backlog|duplicate|held|caught|doomed|burned\s+out|
      didn't\s+(?:go|work)|did\s+not\s+(?:go|work)|went\s+badly|fell\s+(?:through|apart|short|behind)|ran\s+out|off\s+track|
      (?:only|just)\s+[\p{N}\p{L}]+\s+(?:of|out\s+of)|against\s+(?:a|the|our|my)\s+target|down\s+by|almost\s+nobody|
      (?:over|under)(?:paid|charged|booked|stated|spent|ordered|quoted|estimated)|(?:charged|paid|billed|loaded|uploaded|booked|counted|posted|sent)\s+twice|
      near\s+miss|incomplete|unfinished|harm(?:ed)?|went\s+nowhere|unusable|wasted|scrapped|abandoned|disaster|chaos|chaotic|fiasco|mess|backfired|bombed|corrupted|wiped|damaged|
      cracked|stolen|spilled|spilt|(?:shut|closed)\s+down|folded|sacked|fired|disciplinary|written\s+warning|came\s+last|below\s+(?:target|par)|
      over\s+budget|too\s+late|later\s+than\s+(?:planned|promised|expected)|worst|ran\s+out\s+of|refunds?|(?:was|were|got|been)\s+cancell?ed|postponed|
      (?:didn't|did\s+not|couldn't|could\s+not)\s+(?:pass|get|make|win|land|hit|meet|reach|finish|deliver)
    """
)
# The writer's own deed, and a present-tense habit: what a section lends its part to.
_FIRST_PERSON_PAST = compile_words(
    rf"(?:I|we)\s+(?:(?:then|also|immediately|quickly|just|still|first|finally|personally)\s+)?(?:\p{{L}}+ed|{_PAST_IRREGULAR})"
)
_FIRST_PERSON_PRESENT = compile_words(
    rf"(?:I|we)\s+(?:(?:now|always|also|still|never|only|each|every|first|then)\s+)?(?!(?:{_STATIVE}|\p{{L}}+ed|{_PAST_IRREGULAR}|'d|would|will|'ll|could|should|might|must|can't|cannot|didn't|don't|won't|am|'m|'ve|have|hope|plan|intend|aim|try)\b)\p{{L}}+"
)


# -- weighed apart: excuses, owning up, a lesson still missing ------------------------------------

# Self-justification and luck: weighed as neither telling nor reflection.
EXCUSE = compile_words(
    r"""
      to\s+be\s+fair | in\s+my\s+defen[cs]e | only\s+so\s+much | technically\s+I | out\s+of\s+my\s+(?:hands|control) | beyond\s+my\s+control
    | (?:nothing|not\s+(?:much|a\s+lot)|little)\s+(?:else\s+|more\s+)?(?:that\s+)?(?:I|we|anyone|anybody|one)\s+could\s+(?:have\s+)?done
    | n't\s+(?:really\s+)?(?:much|anything)\s+(?:I|we)\s+could\s+have\s+done
    | (?:wasn't|was\s+not|isn't|not)\s+(?:really\s+|entirely\s+|all\s+)?my\s+fault | (?:let|letting)\s+(?:us|me)\s+down | (?:was|were|got|been|felt)\s+let\s+down | (?:just|pure|sheer)\s+bad\s+luck
    """
)
# A virtue passed off as the cause: weighed like an excuse, and no cause.
_VIRTUE = compile_words(
    r"""perfectionis\p{L}* | (?:care|cared|caring|work|worked|working)\s+(?:far\s+)?too\s+(?:much|hard)
      | too\s+(?:much\s+of\s+a\s+)?(?:thorough|conscientious|committed|dedicated|detail-oriented|ambitious)
      | (?:standards|bar)\s+(?:are|is|were|was)?\s*(?:just\s+)?too\s+high | hold\s+myself\s+to\s+(?:a\s+)?(?:really\s+|very\s+|much\s+)?high(?:er)?"""
)
# What a section for the lesson may hold that is none: the same again, or a virtue in disguise.
_NO_LESSON = compile_words(
    r"""(?:would|'d|will)\s+(?:\p{L}+\s+){0,4}?(?:the\s+same|exactly\s+the\s+same)\s+(?:\p{L}+\s+){0,2}?again
      | (?:wouldn't|would\s+not|'d\s+not)\s+(?:change|do\s+(?:anything|a\s+thing)\s+differently)
      | perfectionis\p{L}* | (?:care|cared|caring|work|worked|working)\s+(?:far\s+)?too\s+(?:much|hard)"""
)
# Owning up is a response wherever it is told: "I told him it was my error".
_DISCLOSURE = compile_words(
    r"""(?:told|said|admitted|confessed|owned\s+up|apologi[sz]ed|explained)\b[^.;]{0,80}?
        (?:that\s+it\s+was|it\s+was\s+(?:my|mine|down\s+to\s+my)|that\s+I(?:'d|\s+had|\s+hadn't|\s+was|\s+wasn't|\s+didn't)|what\s+(?:I\s+had|had\s+(?:gone|happened)))"""
)

# A lesson admitted to be still missing is reflection, though it is no lesson: weighed as learning, never a part.
UNRESOLVED = compile_words(
    r"""I\s+(?:still\s+)?(?:haven't|have\s+not|don't|do\s+not|can't|cannot)\s+(?:yet\s+|really\s+|quite\s+|fully\s+)?
        (?:figured|worked|found|know|learned|learnt|solved|cracked|understood|got\s+to\s+the\s+bottom)"""
)

# -- headings and labels -----------------------------------------------------------------------

# A label that opens a sentence or list item: "Lesson: …", "Key takeaway — …", "Since then: …".
_LABEL_PREFIX = r"\s*(?:(?:key|main|the|my|biggest)\s+)?"
LEARNING_LABEL = compiled_patterns.compile(_LABEL_PREFIX + r"(?:lessons?(?:\s+learn[et]d?)?|takeaways?|learn(?:ed|t|ings?)|what\s+I\s+(?:learned|learnt|took\s+away))\s*[:—–]", FLAGS)
CHANGE_LABEL = compiled_patterns.compile(_LABEL_PREFIX + r"(?:since\s+then|ever\s+since|these\s+days|what\s+(?:I\s+do\s+(?:now|differently)|changed)|(?:the\s+)?change)\s*[:—–]", FLAGS)

# Headings and labels outside any framework that say which part follows.
_HEADING_CUES = [
    ("action", compile_words(
        r"""what\s+I\s+did(?:\s+(?:next|about\s+it|then))?|(?:my\s+)?response|putting\s+it\s+right|put\s+it\s+right|recovery|fixing\s+it|
            damage\s+control|next\s+steps|how\s+I\s+(?:handled|responded|fixed|dealt\s+with)\s*(?:it|this)?|actions?\s+taken|immediate\s+actions?""")),
    ("cause", compile_words(
        r"""why(?:\s+it\s+(?:happened|went\s+wrong|failed))?|(?:the\s+|root\s+)?causes?|(?:the\s+)?reasons?|my\s+(?:part|mistake|share|responsibility|role)(?:\s+in\s+it)?|
            where\s+I\s+went\s+wrong|what\s+I\s+got\s+wrong|what\s+I\s+did\s+wrong|owning\s+it""")),
    ("learning", compile_words(r"(?:key\s+|main\s+|the\s+)?(?:lessons?(?:\s+learn[et]d?)?|learn(?:ed|t|ing|ings)|takeaways?|reflections?|what\s+I\s+(?:took\s+away|learn[et]d?))")),
    ("change", compile_words(
        r"""what\s+changed|what\s+I\s+(?:changed|do\s+(?:now|differently))|since(?:\s+then)?|now|today|afterwards|going\s+forward|changes?|
            improvements?|what\s+happened\s+next|the\s+next\s+time|later|a\s+year\s+on""")),
    ("failure", compile_words(r"what\s+(?:happened|went\s+wrong)|(?:the\s+|my\s+)?(?:biggest\s+)?(?:failure|mistake|problem|error|incident)|result|outcome|impact")),
    ("context", compile_words(r"background|context|(?:the\s+)?situation|setting|role|job|where\s+I\s+was|about\s+me")),
]
# Any short label that opens a sentence ("Why: …", "Response — …"), read with the heading cues.
_LABEL = compiled_patterns.compile(r"\s*(?P<label>\p{L}[\p{L}'’ ]{1,40}?)\s*[:—–]\s+\S", FLAGS)

_TOLD_CAUSE = "cause (told)"  # a slip told in the story: the draft has a cause, but its words are telling

# -- the classification ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Classified:
    """One sentence of prose and the answer parts it carries."""

    sentence: Sentence
    parts: frozenset[str]  # every part its words or its section show
    primary: str  # the one part its words count for ("excuse" counts for none)
    words: int


@dataclass(frozen=True)
class AnswerParts:
    sentences: tuple[Classified, ...]
    # parts of sections that hold nothing but their prompt ("_What did you learn?_"): asked for, not yet answered
    asked: frozenset[str] = frozenset()

    def has(self, part: str) -> bool:
        return any(part in c.parts for c in self.sentences)

    def words(self, *parts: str) -> int:
        """Prose words of the sentences whose primary part is one of ``parts``."""
        return sum(c.words for c in self.sentences if c.primary in parts)


def answer_parts(draft: Draft) -> AnswerParts:
    """The parts of each sentence of ``draft`` (computed once, cached on the draft)."""
    cached = getattr(draft, "_answer_parts", None)
    if cached is None:
        cached = _classify(draft)
        draft._answer_parts = cached  # type: ignore[attr-defined]
    return cached


def _classify(draft: Draft) -> AnswerParts:
    text = plain(draft)
    # sections left empty or holding only their prompt: asked for, not answered, and their text is no answer
    prompts = {i for i, section in enumerate(draft.sections) if empty(draft, section)}
    asked = frozenset(part for i in prompts for part in draft.sections[i].parts)
    sentences = [s for s in draft.sentences if s.section not in prompts and _HAS_WORD.search(s.text)]
    cues = [_cues(draft, text, sentence) for sentence in sentences]
    # where the failure is first told: before the lesson, or a later "no errors since" would count as it
    lesson_at = next((i for i, found in enumerate(cues) if found & {"learning", "change", "unresolved"}), len(cues))
    told_at = [i for i, found in enumerate(cues[:lesson_at]) if "failure" in found]
    # "My biggest mistake was on the early turn." names the topic; the telling starts after it
    failure_at = next((i for i in told_at if not _frame_only(text, sentences[i])), told_at[0] if told_at else None)
    for index, found in enumerate(cues):
        if _LATER_CHANGE in found:
            found.discard(_LATER_CHANGE)
            if failure_at is not None and index > failure_at:
                found.add("change")
    classified: list[Classified] = []
    previous: Classified | None = None
    lead_in: tuple[tuple[str, ...], int | None] | None = None  # a bold or bare label line ("**What I did**") and its section
    for index, (sentence, found) in enumerate(zip(sentences, cues)):
        label = _lead_in(sentence.text)
        if label:
            lead_in = (label, sentence.section)
            current = Classified(sentence, frozenset(), "heading", count_words(sentence.text))  # a heading in all but markup
            classified.append(current)
            previous = None
            continue
        if "action" in found and not _action_in_time(text, sentence, index, failure_at):
            found.discard("action")
        # a virtue passed off as the cause weighs like an excuse; it is no cause ("my problem is I'm too much of a
        # perfectionist") unless the writer did something with it ("I kept adding detail because I cared too much")
        virtue = _VIRTUE.search(text, sentence.start, sentence.end)
        if "cause" in found and virtue and not _acts_beyond(text, sentence, virtue):
            found.add("excuse")
        if "excuse" in found:
            found.discard("cause")  # "I was let down by suppliers I had trusted": blame, not a cause of one's own
        section_parts = _section_parts(draft, text, sentence)
        if lead_in is not None and lead_in[1] == sentence.section and not _LABEL.match(text, sentence.start, sentence.end):
            section_parts = lead_in[0]
        found |= _lent(text, sentence, section_parts, found if not virtue else found | {"excuse"})
        told = failure_at is not None and index >= failure_at
        primary = _primary(sentence, found, previous, section_parts, told)
        if virtue and primary == "cause":
            primary = "excuse"
        parts = {part for part in found if part in PARTS} | ({"cause"} if _TOLD_CAUSE in found else set())
        current = Classified(sentence, frozenset(parts), primary, count_words(sentence.text))
        classified.append(current)
        previous = current
    return AnswerParts(tuple(classified), asked)


# -- gates: words without which a cue cannot match -------------------------------------------------
#
# Each cue pattern is tried on a sentence only if the sentence has one of the words its alternatives
# need (lower case, split at anything but a letter: "didn't" is "didn" and "t"). A set lookup per word
# is far cheaper than running the pattern, and most sentences carry no cue of most kinds.
# tests/plugins/answerlint_rules/structure/test_cue_gates.py checks that no gate hides a match.


def _gate(words: str) -> frozenset[str]:
    return frozenset(words.split())


_GATES = {
    "learning": _gate(
        """learn learned learnt learning learns lesson lessons taught teach teaches show showed shown shows remind reminded reminds
        convinced forced pushed made makes got changed change changes reshaped shaped takeaway takeaways insight insights way moral
        took take carry keep came stays stay stuck realise realised realize realized realising realizing understand understood
        know see saw recognise recognised recognize recognized accept accepted appreciate believe admitted hindsight back retrospect
        reflection next differently again over twice now home"""
    ),
    "change": _gate(
        """since nowadays days then point day now forward next following subsequent second third relaunch rerun resit retake
        resubmission rebid repitch reopening re last latest recent adopted rule habit priority started begun introduced stopped
        made make set cut halved saved caught prevented reduced brought kept uses use requires require runs run follows follow longer
        weeks months years terms seasons quarters sprints"""
    ),
    "cause": _gate(
        """cause causes reason reasons root roots problem problems mistake mistakes error errors fault faults mine me decision
        choice call doing oversight responsibility judgement judgment gamble realised realized found discovered noticed wrong why bottleneck myself want wanted
        assumed decided chose opted misjudged underestimated overestimated prioritised prioritized relied trusted held let put
        treated planned focused treat tend always should shouldn ought oughtn because since caused confident overconfident proud
        complacent careless rushing impatient distracted juggling covering cutting hurry sloppy lazy naive failure failing spot find
        struggle struggled worse expected figured reckoned believed banked counted bet gambled went granted face trust yes
        talked persuaded pushed insisted dismissed brushed waved muted postponed deferred overrode skimped settled stuck
        busy focused caught wrapped keen eager desperate determined certain"""
    ),
    _OWN_JUDGEMENT: _gate(
        """call decision choice doing fault mistake error oversight responsibility judgement judgment shortcut assumption gamble
        plan planning estimate forecast costing budget rota schedule timetable brief design spec order setup approach handover
        instructions idea priorities pricing quote target model process part much most half thinking assuming believing
        expecting figuring reckoning sure convinced assumption belief save down low cheap happy quiet simple easier quicker faster
        simpler cheaper"""
    ),
    _LATER_CHANGE: _gate("weeks months years terms seasons quarters sprints now every each"),
    _TOLD_CAUSE: _gate(
        """skipped skipping ignored ignoring overlooked overlooking misread miscalculated misunderstood rushed guessed cut took
        hired waited overcommitted overpromised glossed copied reused left worked spent kept tried didn did never hadn had failed
        forgot neglected couldn could without instead rather skip ignore overlook rush guess leave put forget"""
    ),
    "action": _gate(
        """told called rang phoned emailed e mailed messaged texted wrote walked talked apologised apologized admitted owned confessed reported
        escalated alerted warned informed notified contacted stopped halted paused pulled withdrew cancelled canceled rolled
        reverted restored recovered fixed repaired patched corrected replaced refunded repaid reimbursed compensated recalled paid
        re rebooked rescheduled reprinted resent recast reran redid rewrote rebuilt redesigned reissued resubmitted recontacted
        retested restarted rerouted reordered restocked refiled recalculated retrained repacked relabeled relabelled reshot
        rerecorded remade redrafted replanned reorganised reorganized covered offered arranged negotiated organised organized
        borrowed asked applied went took sat met agreed worked spent discarded binned deep cleared blocked briefed investigated
        triaged delegated brought shut isolated reached followed chased quarantined explained stepped ran published printed issued
        posted put sent gave"""
    ),
    "failure": _gate(
        """miss missed missing fail failed failure failures failing lost lose losing late delay delayed overran overan broke broken
        crash crashed outage tore torn went gone wrong mistake mistakes error errors complain complained complaint complaints
        rejected flagged contaminated injured hurt fell stalled slipped collapsed fizzled flopped overstated inflated forgot
        disappointed unhappy upset angry furious escalated penalty penalties breach leaked plagiarised plagiarized plagiarism
        plagiarising plagiarizing plagiarise plagiarize padded short shortfall staffed behind overdue backlog duplicate held caught
        doomed burned didn did couldn could ran off only just against down almost overpaid overcharged overbooked overspent
        overordered overquoted overestimated underpaid undercharged underbooked understated underspent underordered underquoted
        underestimated twice near incomplete unfinished harm harmed nowhere unusable wasted scrapped abandoned disaster chaos
        chaotic fiasco mess backfired bombed corrupted wiped damaged cracked stolen spilled spilt shut closed folded sacked fired
        disciplinary warning last below budget too later worst cost refund refunds cancelled canceled postponed"""
    ),
    "excuse": _gate("fair defence defense much hands control technically done fault down luck"),
    "unresolved": _gate("figured worked found know learned learnt solved cracked understood got"),
}
_TOKEN = compiled_patterns.compile(r"\p{L}+")

_CUES = tuple(
    (part, pattern, _GATES.get(part))
    for part, pattern in (
        ("learning", LEARNING), ("change", CHANGE), (_LATER_CHANGE, CHANGE_AFTER_FAILURE), ("cause", CAUSE), (_OWN_JUDGEMENT, OWN_JUDGEMENT), (_TOLD_CAUSE, SLIP), ("action", ACTION),
        ("failure", FAILURE), ("excuse", EXCUSE), ("unresolved", UNRESOLVED),
    )
)
_SURFACED_GATE = _gate("when once soon moment minute after within straight right immediately first delay afternoon evening night morning day week weekend")
_LATER_GATE = _gate("last next following later subsequent")


def _cues(draft: Draft, text: str, sentence: Sentence) -> set[str]:
    found: set[str] = set()
    start, end = sentence.start, sentence.end
    words = set(_TOKEN.findall(text[start:end].lower()))
    if LEARNING_LABEL.match(text, start, end):
        found.add("learning")
    if CHANGE_LABEL.match(text, start, end):
        found.add("change")
    for part, pattern, gate in _CUES:
        found_as = "cause" if part == _OWN_JUDGEMENT else part
        if found_as in found or (gate is not None and gate.isdisjoint(words)):
            continue
        for match in word_matches(draft, text, pattern, start, end):
            if _counts(draft, text, sentence, part, match):
                found.add(found_as)
                break
    if "action" not in found:
        after = start if not _SURFACED_GATE.isdisjoint(words) and _found(draft, text, SURFACED, start, end) else None
        if after is None and not _REALISED_GATE.isdisjoint(words):
            realised = _REALISED.search(text, start, end)
            after = realised.end() if realised else None
        if after is not None and any(_found(draft, text, p, after, end) for p in (ACTION_PRESENT, _DEED, _DISCLOSURE)):
            found.add("action")  # "I toned it down that afternoon", "when support told me, I rollback the change", "…I said I hadn't"
    if "failure" not in found and not _LATER_GATE.isdisjoint(words) and _found(draft, text, LATER_WORK, start, end):
        found.add("change")  # "on the next three launches, none slipped", not "I got it wrong on the next shift too"
    return found


def _found(draft: Draft, text: str, pattern, start: int, end: int) -> bool:
    return next(word_matches(draft, text, pattern, start, end), None) is not None


def _counts(draft: Draft, text: str, sentence: Sentence, part: str, match: regex.Match) -> bool:
    if quoted(draft, sentence, *match.span()):
        return False
    if part in ("excuse", "unresolved"):
        return True
    if part == "failure":
        return not negated(draft, sentence, match.start(), window=6)  # "I've never really failed" tells nothing
    if reported(draft, sentence, match.start()) and not _writer_is_subject(text, sentence.start, match.start()):
        return False  # "my manager said the lesson was…"; but in "the emails felt like admin, so I'd stopped…" the writer speaks
    if part in ("cause", _TOLD_CAUSE, _OWN_JUDGEMENT):
        if _group(match, "coordinated") and not _writer_is_subject(text, sentence.start, match.start()):
            return False
        if (match.group().lower().startswith(("without", "because it", "since it")) or _group(match, "writers")) and not _WRITER.search(
            text, sentence.start, sentence.end
        ):
            return False  # "without checking", "because it looked fine", "thinking it was fine": whose? Only the writer's counts
        if part == _TOLD_CAUSE and match.group().lower().startswith("without") and ACTION.search(text, sentence.start, match.start()):
            return False  # "I took advice … without damaging the relationship": how a response went, not a slip
        return part == _TOLD_CAUSE or not negated(draft, sentence, match.start(), window=3)
    if part == "action":
        if _HYPOTHETICAL.search(text, max(sentence.start, match.start() - 30), match.start()):
            return False
        if match.group("coordinated") is not None and not _writer_is_subject(text, sentence.start, match.start()):
            return False
    if part == "change" and match.group("attempt") is not None and FAILURE.search(text, sentence.start, sentence.end):
        return False  # "the second time I ran it, it went just as badly": a repeat, not a change
    if part == "change" and match.group()[:2].lower() not in ("i ", "i'", "we"):
        return True  # "we haven't had a single error since" is evidence, not a negated change
    return not negated(draft, sentence, match.start(), window=3)


_FRAME = compile_words(
    r"""(?:(?:my|the|our|one)\s+)?(?:(?:biggest|worst|greatest|main|real|first|most\s+\p{L}+)\s+)?(?:professional\s+|work\s+|career\s+)?
        (?:mistake|failure|error|fail|regret)s?(?:\s+(?:was|is|came|happened)\b|(?=\s*[.:—–-]))"""
)


def _frame_only(text: str, sentence: Sentence) -> bool:
    """Whether a sentence only names the topic ("My biggest mistake was on the early turn.", "Biggest mistake.")."""
    frame = _FRAME.match(text, sentence.start, sentence.end)
    if frame is None:
        return False
    return not any(m.start() >= frame.end() for m in FAILURE.finditer(text, sentence.start, sentence.end))


def _acts_beyond(text: str, sentence: Sentence, virtue: regex.Match) -> bool:
    """Whether the writer does something in the sentence besides the virtue: "I kept adding detail because I cared too much"."""
    return any(
        deed.end() <= virtue.start() or deed.start() >= virtue.end()
        for deed in _DEED.finditer(text, sentence.start, sentence.end)
    ) or bool(SLIP.search(text, sentence.start, sentence.end))


def _group(match: regex.Match, name: str) -> bool:
    """Whether the alternative that matched has the named (empty) marker group."""
    return name in match.re.groupindex and match.group(name) is not None


def _writer_is_subject(text: str, start: int, end: int) -> bool:
    """Whether the last subject before ``end`` in its sentence is the writer ("I rang them, apologised, ...")."""
    last = None
    for last in _SUBJECT.finditer(text, start, end):
        pass
    return last is not None and last.group().lower() in ("i", "we")


def _action_in_time(text: str, sentence: Sentence, index: int, failure_at: int | None) -> bool:
    """A response verb is an action once the failure is out, where the sentence says it surfaced or owns up to it, where
    it is a remedy ("we refunded three tables"), or where it follows the failure in the sentence that first tells it."""
    if failure_at is None or index > failure_at:
        return True
    start, end = sentence.start, sentence.end
    if SURFACED.search(text, start, end) or _DISCLOSURE.search(text, start, end) or _REMEDY.search(text, start, end):
        return True
    realised = _REALISED.search(text, start, end)
    if realised and ACTION.search(text, realised.end(), end):
        return True
    if index == failure_at:
        failure, action = FAILURE.search(text, start, end), ACTION.search(text, start, end)
        return failure is not None and action is not None and failure.end() <= action.start()
    return False


def _lead_in(sentence: str) -> tuple[str, ...]:
    """The part a line that is only a label names ("What I did", "Why it happened"), used as a heading."""
    stripped = sentence.strip(" \t*_:—–-")
    if not stripped or stripped[-1] in ".!?" or len(stripped.split()) > 6:
        return ()
    return _named_part(stripped, whole=True)


def _section_parts(draft: Draft, text: str, sentence: Sentence) -> tuple[str, ...]:
    """What the sentence's heading, or a "Why:"-style label opening it, says it is about."""
    label = _LABEL.match(text, sentence.start, sentence.end)
    if label:
        found = _named_part(label.group("label"), whole=True)
        if found:
            return found
    if sentence.section is None:
        return ()
    section = draft.sections[sentence.section]
    return tuple(section.parts) if section.framework_section else _named_part(section.heading)


@functools.lru_cache(maxsize=256)
def _named_part(name: str, whole: bool = False) -> tuple[str, ...]:
    """The part a heading or label outside any framework names: "Where I went wrong", "Putting it right".

    A heading may say more ("Why the launch slipped"); a label must be the name itself ("Why:").
    """
    name = " ".join(_NOT_WORD.sub(" ", fold(name)).split())
    for part, pattern in _HEADING_CUES:
        if pattern.fullmatch(name):
            return (part,)
    if not whole and len(name.split()) <= 6:  # "Why the launch slipped", "Lessons from the launch"
        for part, pattern in _HEADING_CUES:
            if part != "context" and pattern.match(name):
                return (part,)
    return ()


def _lent(text: str, sentence: Sentence, parts: tuple[str, ...], found: set[str]) -> set[str]:
    """The parts a section lends a sentence that loosely fits them (never where the section tells the failure)."""
    if not parts or "failure" in parts:
        return set()
    lent: set[str] = set()
    start, end = sentence.start, sentence.end
    if "learning" in parts and "unresolved" not in found and not _NO_LESSON.search(text, start, end):
        lent.add("learning")  # not to a lesson admitted missing, refused or turned into a virtue
    if (
        "cause" in parts
        and "action" not in parts
        and not found & {"learning", "excuse"}
        and _WRITER.search(text, start, end)
        and _TOLD_IN_PAST.search(text, start, end)  # "I would build the same menu again" is no cause
    ):
        lent.add("cause")
    if "action" in parts:
        if len(parts) == 1 or (not found & {"cause", "learning"} and _FIRST_PERSON_PAST.search(text, start, end)):
            lent.add("action")
    if "change" in parts and _FIRST_PERSON_PRESENT.search(text, start, end):
        lent.add("change")
    return lent


def _primary(sentence: Sentence, found: set[str], previous: Classified | None, section_parts: tuple[str, ...], told: bool) -> str:
    """The part a sentence's words count for: its strongest cue, else what the paragraph or section is about."""
    for part in _PRIORITY:
        if part in found:
            return part
    if "unresolved" in found:
        return "learning"
    if "excuse" in found:
        return "excuse"
    # the writer going on about their own part, right after naming the cause: "I hadn't asked…, and I scheduled…"
    if (
        previous is not None
        and previous.primary == "cause"
        and previous.sentence.block == sentence.block
        and (_DEED.search(sentence.text) or SLIP.search(sentence.text))
    ):
        return "cause"
    if "failure" in found:
        return "failure"
    if _TOLD_CAUSE in found:
        # a slip told in the past perfect once the failure is out explains it: "I'd made stock without asking anyone"
        return "cause" if told and _PLUPERFECT.search(sentence.text) else "failure"
    if previous is not None and previous.sentence.block == sentence.block and previous.primary not in ("cause", "excuse"):
        if previous.primary != "action" or _WRITER_ACTS.search(sentence.text):
            return previous.primary
    for part in section_parts:
        if part != "result" or len(section_parts) == 1:
            return part
    return "failure" if told else "context"


# -- sections: empty ones, and the fix that adds the one a part needs ----------------------------

_NOT_WORD = compiled_patterns.compile(r"[^\p{L}\p{N}]+")
_HAS_WORD = compiled_patterns.compile(r"[\p{L}\p{N}]")
_PLACEHOLDER = compiled_patterns.compile(
    r"^(?:todo|tbd|tbc|to\s+do|to\s+come|coming\s+soon|fill\s+(?:this|me|it)\s+in|placeholder|lorem\s+ipsum|x{3,})\b|^\s*(?:\.{3}|…)\s*$",
    FLAGS,
)


def placeholder(draft: Draft, section: Section) -> bool:
    """Whether a section has words but only its prompt or a "TODO" in them."""
    if not section.words:
        return False
    first = bisect.bisect_left(_block_starts(draft), section.heading_end)
    body = []
    for block in draft.blocks[first:]:
        if block.start >= section.end:
            break
        if block.kind == "paragraph":
            body.append(draft.prose[block.start : block.end])
            if len(body) > 3:
                return False  # more than a prompt
    text = " ".join(" ".join(body).split())
    if _PLACEHOLDER.match(text):
        return True
    prompts = _known_prompts()
    if section.framework_section is not None:
        prompts = prompts | {_normal(section.framework_section.prompt)}
    return _normal(text) in prompts


@functools.lru_cache(maxsize=1)
def _known_prompts() -> frozenset[str]:
    """The prompts of the built-in frameworks' sections, which any heading may be left holding."""
    from answerlint_rules.frameworks import FRAMEWORKS

    return frozenset(_normal(section.prompt) for framework in FRAMEWORKS for section in framework.sections) | frozenset(
        _normal(prompt) for prompt in _GENERIC_PROMPT.values()
    )


def _block_starts(draft: Draft) -> list[int]:
    cached = getattr(draft, "_block_starts", None)
    if cached is None:
        cached = [b.start for b in draft.blocks]
        draft._block_starts = cached  # type: ignore[attr-defined]
    return cached


def empty(draft: Draft, section: Section) -> bool:
    """No prose of the writer's own: nothing, an HTML comment, or only the prompt (cached on the draft)."""
    cache = getattr(draft, "_empty_sections", None)
    if cache is None:
        cache = draft._empty_sections = {}  # type: ignore[attr-defined]
    key = (section.start, section.end)
    if key not in cache:
        cache[key] = not section.words or placeholder(draft, section)
    return cache[key]


def _normal(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


# Where a framework has no section of its own for a part, or a draft has no framework: the heading
# to add, and the built-in section whose prompt it takes (so the heading is known when read back).
_GENERIC = {
    "cause": ("Why it happened", "what-why-did-learned", "Why it happened"),
    "action": ("How I responded", "what-why-did-learned", "What I did"),
    "change": ("What changed", "failure-reflection-improvement", "Improvement"),
    "learning": ("What I learned", "what-why-did-learned", "What I learned"),
}
_GENERIC_PROMPT = {
    "cause": "What decision or assumption of yours caused it?",
    "action": "What did you do when the problem surfaced, step by step?",
    "change": "What did you change afterwards, and what happened the next time?",
    "learning": "What specific practice did you take from it, and where have you used it since?",
}


# What to write in a section the draft has for a part but has not answered yet.
_ANSWER = {
    "learning": "write the lesson and what you now do differently",
    "cause": "say which of your own decisions led to the failure",
    "action": "say what you did when the problem came to light",
    "change": "show what you have done differently since",
}


def unanswered(draft: Draft, part: str) -> str | None:
    """The message for a section meant for ``part`` that holds only its prompt or a "TODO".

    Such a draft does not lack the section, it lacks the answer: the finding
    says so, offers nothing to insert, and differs from the "missing" one, so
    inserting a section visibly moves the draft on. (A heading with nothing
    under it is still "missing", and its fix writes the prompt there.)
    """
    for section in draft.sections:
        if part in section.parts and "failure" not in section.parts and section.words and empty(draft, section):
            heading = " ".join(section.heading.split()) or "untitled"
            return f"The '{heading}' section has no answer yet: {_ANSWER[part]}."
    return None


def missing_part_check(meta: RuleMeta, part: str, covered_by: tuple[str, ...] = (), negation_window: int = 0):
    """The check of a document rule that fires when no part of the draft covers ``part``.

    ``covered_by`` names other parts that imply it (a practice kept since
    implies a lesson). A user's ``extend-phrases`` also count as covering it,
    unless quoted, or negated within ``negation_window`` words when that is
    set. A section for the part that holds only its prompt gets the
    "no answer yet" message and no edit; otherwise the fix gives the part a
    place to be written.
    """

    def check(draft: Draft, context):
        if not draft.sentences:
            return
        parts = answer_parts(draft)
        if any(parts.has(p) for p in (part, *covered_by)):
            return
        extra = phrase_pattern(context.extra_phrases)
        if extra is not None:
            for sentence, match in sentence_matches(draft, extra):
                if quoted(draft, sentence, *match.span()):
                    continue
                if negation_window and negated(draft, sentence, match.start(), window=negation_window):
                    continue
                return
        waiting = unanswered(draft, part)
        if waiting is not None:
            yield meta.finding(*draft.anchor(), message=waiting)
            return
        yield meta.finding(*draft.anchor(), fix=section_fix(draft, context.frameworks, part))

    return check


def section_fix(draft: Draft, frameworks: Mapping[str, object], part: str) -> Fix | None:
    """The edit that gives ``part`` a place to be written: the framework's section for it, or a generic one.

    A section "for" a part carries it without telling the failure (STAR-L's "Action" also holds the
    decision that went wrong, so it is not a place for the cause). An absent one is inserted in the
    framework's order and an empty one gets its prompt. Where the framework has none, or it is there
    and still says nothing of the part, a generic heading ("Why it happened", "How I responded",
    "What changed") goes after the story, or at the end for a change. None when even that is there.
    """
    framework = draft.framework
    nl = line_ending(draft.text)
    if framework is not None:
        for wanted in (s for s in framework.sections if part in s.parts and "failure" not in s.parts):
            present = [s for s in draft.sections if s.framework_section is wanted]
            if not present:
                return insert_section(draft, framework, wanted)
            if all(not s.words for s in present):
                return _fill(draft, present[0], wanted, nl)
    title, source_id, source_title = _GENERIC[part]
    source = frameworks.get(source_id)
    known = source.section_named(source_title) if isinstance(source, Framework) else None
    generic = FrameworkSection(title, known.parts if known else (part,), known.prompt if known else _GENERIC_PROMPT[part])
    present = [s for s in draft.sections if known is not None and s.framework_section is known]
    if present:
        return _fill(draft, present[0], generic, nl) if all(not s.words for s in present) else None
    if framework is None:
        return insert_section(draft, None, generic)
    # after the sections that tell the story, before those that reflect on it; a change goes last
    order = list(framework.sections)
    telling = [i for i, s in enumerate(order) if {"context", "failure"} & set(s.parts)]
    at = len(order) if part in ("change", "learning") else (telling[-1] + 1 if telling else 0)
    order.insert(at, generic)
    return insert_section(draft, Framework(framework.id, framework.title, tuple(order)), generic)


def _fill(draft: Draft, section: Section, wanted: FrameworkSection, nl: str) -> Fix:
    """Write the prompt under an empty heading."""
    at = section.heading_end
    prefix = "" if draft.text[:at].endswith(("\n", "\r")) else nl
    return Fix(f"Add the '{wanted.title}' prompt", (Edit(at, at, f"{prefix}{nl}_{wanted.prompt}_{nl}"),))
