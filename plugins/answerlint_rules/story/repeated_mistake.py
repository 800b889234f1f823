"""The failure is told as a habit: something the writer keeps doing.

## What it does
Flags a slip that the writer says recurs:

- a frequency word with a slip: "I often miss", "I keep forgetting", "I always
  underestimate", "I tend to leave things until the last minute", "I'm always
  late", "I'm forever losing things", "I always have a bad month", "I have a
  habit of overcommitting", "I'm someone who always leaves things to the last
  minute", "I still do it sometimes";
- a check the writer habitually leaves out: "I never double-check my own
  work", "I never remember to charge the radios";
- a marker of repetition next to a slip of the writer's: "as usual I was
  rushing", "as I always do with written work", "yet again", "more than
  once", "a few times before", "I'd done the same thing the month before";
- the story said not to be the first: "this wasn't a one-off", "it wasn't (or
  isn't) the first time I'd", "this was no exception", "this happens to me a lot", "it's
  a pattern for me";
- "every time I…" or "whenever I…" when it describes what the writer does,
  not a new practice: "every time I build the forecast I round up the deals";
- more generally, any word of recurrence ("once more", "week after week",
  "most Mondays", "time after time", "for the umpteenth time", "in a row",
  "same as last year", "as per usual", "three weeks running", "typical of me",
  "like clockwork", "notorious for",
  "my usual thing of", "my habit of", "I'm prone to", "a history of") in a
  sentence where the writer is the one who slips: forgets, misses, rushes,
  leaves it until the night before, promises what cannot be met, does it
  without checking, picks the wrong thing, under-quotes, mislabels, sorts it
  out later, runs late. "As usually happens with my projects" counts alone. After "whenever" the
  marker must govern the slip: the same clause, an opening phrase of its own
  ("As usual, I ..."), or an explanation after a colon; "Every Friday the
  team went for lunch, and I forgot my wallet" is not a habit. After
  "whenever" the slip must be in the main clause (or a habitual one before it: "I'd forget
  the order whenever I'd had a weekend off"), and a "but" between the two
  breaks them apart ("I usually finish by Wednesday, but that week I left
  it").

It stays quiet for:

- a new practice: "every time I deploy now, I run the checklist", "whenever
  I'm unsure, I stop and ask", "I always check the dose twice", "since then I
  never check out of a shift without a handover" (a "now", "since then" or
  "these days" in the sentence, a learning section, or a checking verb after
  "every time I…, I" marks the practice);
- a first time, which is the opposite of a habit: "I'd never done a stocktake
  before", "it was the first time I had run one"; a repeat only feared ("I'm
  afraid I'll do the same thing again"); a memory that still hurts ("I
  wince every time I see my byline"); "a lot of", which is a quantity;
- a repetition that was not the writer's slip: "every time I asked, the
  supplier said next week", "I had asked more than once, and the supplier
  ignored me", "the vendor was late yet again";
- the habit denied or avoided: "so I don't keep forgetting, I set a reminder";
- other people's words and quotations.

A "still" only counts with a present-tense slip ("I still forget to label
the odd board"); "I still missed the deadline" means "nevertheless".

## Why it matters to an interviewer
A one-off mistake tells the listener you misjudged something once and then
fixed it. A habit tells them the mistake will arrive with you on your first
day. Even a good lesson does not recover a story that announces it has
happened before and will happen again.

## Example
```markdown
As usual I was rushing to get to the next job, and I keep forgetting to label
the circuits.
```

## Use instead
Tell the single occasion, and what ended the pattern.
```markdown
In March I left a new circuit unlabelled because I was rushing to the next
job. Since then I label each circuit before I test it, so the board is done
before I can leave.
```
"""

import regex

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.story._cues import SUBJECT, Stems, anchored, candidate_sentences, last_subject, sentence_tokens
from answerlint_rules.language import (
    WINDOW,
    clause_after,
    clause_before,
    compile_words,
    negated,
    phrase_pattern,
    plain,
    quoted,
    reported,
    sentence_matches,
)

META = RuleMeta(
    code="AL203",
    name="repeated-mistake",
    family="story",
    kind="span",
    severity=Severity.WARNING,
    summary="The failure is told as a habit the writer keeps repeating.",
    message="This presents the mistake as a habit. Tell one occasion and what has stopped it recurring.",
    docs=rule_docs(__doc__),
    phrases=True,
)

# Slips a habit is made of, in every form a frequency word can take before them.
_SLIP = r"""
    (?:forget|forgets|forgot|forgotten|forgetting|
       miss|misses|missed|missing|
       underestimat(?:e|es|ed|ing)|overestimat(?:e|es|ed|ing)|misjudg(?:e|es|ed|ing)|misread(?:s|ing)?|
       overcommit(?:s|ted|ting)?|overpromis(?:e|es|ed|ing)|overbook(?:s|ed|ing)?|double-?book(?:s|ed|ing)?|
       procrastinat(?:e|es|ed|ing)|rush(?:es|ed|ing)?|skip(?:s|ped|ping)?|neglect(?:s|ed|ing)?|overlook(?:s|ed|ing)?|
       ignor(?:e|es|ed|ing)|misplac(?:e|es|ed|ing)|miscount(?:s|ed|ing)?|panick?(?:s|ed|ing)?|freez(?:e|es|ing)|froze|
       oversle(?:ep|eps|eping|pt)|mix(?:es|ed|ing)?\s+up|cut(?:s|ting)?\s+corners|cut(?:s|ting)?\s+it\s+(?:fine|close)|
       (?:and\s+then\s+)?(?:not|never)\s+(?:done|did|do)\s+(?:it|them|that)|wing(?:s|ed|ing)?\s+it|
       (?:get|gets|getting|got)\s+distracted|(?:fall|falls|falling|fell)\s+behind|(?:drop|drops|dropped|dropping)\s+the\s+ball|
       (?:make|makes|made|making)\s+the\s+same\s+(?:mistake|error|slip)s?|
       (?:take|takes|took|taking)\s+on\s+too\s+much|(?:say|says|said|saying)\s+yes\s+to\s+(?:everything|every\s+\p{L}+|too\s+much)|
       (?:have|has|had|having)\s+a\s+(?:bad|rough|slow|poor|weak|off|shaky)\s+(?:day|week|month|quarter|patch|run|spell|term|season)|
       (?:put|puts|putting)\s+(?:\S+\s+){0,3}?off|
       (?:leave|leaves|leaving|left)\s+(?:\S+\s+){0,3}?(?:(?:until|till|to|for)\s+the\s+last\s+(?:minute|moment|day|week|hour)|(?:until|till)\s+\p{L}+|late|too\s+late)|
       (?:run|runs|running|ran)\s+(?:late|over|out\s+of\s+time)|
       (?:lose|loses|losing|lost)\s+(?:track|focus|patience|concentration|sight|my\s+temper|my\s+cool|things|stuff|paperwork)|
       (?:am|'m|was|be|are|were|'re)\s+late|
       struggl(?:e|es|ed|ing)\s+(?:with|to)|
       (?:sent|send|sends|sending|gave|give|giving|used|use|using|ordered|order|ordering|picked|pick|picking|loaded|load|loading|booked|book|booking|
          quoted|quote|quoting|printed|print|printing|put|putting|took|take|taking|labelled|labeling|labelling)\s+(?:\S+\s+){0,2}?(?:the\s+|a\s+)?wrong|
       (?:leave|leaves|leaving|left|do|does|did|doing|send|sends|sent|sign|signs|signed)\s+(?:\S+\s+){0,4}?without\s+(?:\p{L}+ing|a\s+(?:check|photo|signature|receipt))|
       # the same slips in other words: any verb done "without" what it needed, "the wrong" thing, too late or too much
       without\s+(?:having\s+|first\s+|even\s+)?(?:check|double-check|read|re-?read|test|ask|look|confirm|verify|tell|save|label|sign|attach|book|plan|back|
           proofread|review|count|writ|brief|updat|log)\p{L}*|without\s+(?:the|a|an|any|my|our)\s+(?:attachment|check|signature|receipt|handover|plan|backup|brief)|
       (?:the|a)\s+wrong\b|
       (?:under|over)-?(?:quot|pric|charg|spend|spent|order|estimat|commit|promis|book|fill|staff|sell|sold)\p{L}*|
       mis-?(?:label|fil|read|count|judg|typ|quot|plac|hear|heard|remember|key|spell|calculat|direct|rout|address|sort|match)\p{L}*|
       only\s+(?:then|later|afterwards|after\s+that)\s+(?:look|check|read|ask|realis|realiz|notic)\p{L}*|
       (?:too|very|really)\s+late|(?:after|past)\s+the\s+(?:deadline|cut-?off|due\s+date)|
       (?:start|starts|started|starting|began|begin|begun)\s+(?:\S+\s+){0,4}?(?:only\s+)?(?:\S+\s+)?(?:days?|hours?|the\s+night|the\s+day|weeks?)\s+before\s+(?:it|they|the\s+\p{L}+)\s+(?:was|were|is|are)\s+due|late\b(?<=\p{L}ed\s+(?:\S+\s+){0,3}late)|overdue|last[\s-]+minute|(?:the\s+)?night\s+before|
       over-?promis(?:e|es|ed|ing)|promis(?:e|es|ed|ing)\s+(?:\S+\s+){0,4}?(?:I|we)\s+(?:could\s*n[o']t|could\s+never|couldn't)|
       (?:take|takes|took|taking)\s+on\s+more\s+(?:\S+\s+){0,3}?than\s+(?:I|we)\s+could|
       (?:say|says|said|saying)\s+yes\b|(?:stop|stops|stopped|stopping)\s+(?:asking|checking|writing|listening|reading|planning)|
       assum(?:e|es|ed|ing)|dropp(?:ed|ing)\s+(?!off|by|in|into|round|out)(?:the|my|our|a)\b|
       (?:make|makes|made|making)\s+(?:this|that|a\s+similar|the\s+same)\s+(?:mistake|error|slip)|
       (?:leave|leaves|leaving|left)\s+(?:\S+\s+){0,5}?(?:until|till|to|for)\s+the\s+(?:end|last)|
       (?:sort|sorts|sorting|sorted|fix|fixes|fixing|deal|deals|dealing)\s+(?:\S+\s+){0,4}?later|(?:say|says|saying|said)\s+whatever|
       (?:round|rounds|rounding|rounded)\s+(?:things|it|them|figures|numbers|hours|estimates)\s+up|over-?sell(?:s|ing)?|oversold)
"""
# Past-tense slips: after "still" they mean "nevertheless", not "to this day".
_PAST = compile_words(r"\p{L}+ed|forgot|forgotten|froze|overslept|made|took|said|had|put|left|ran|lost|got|fell|was|were")

_FREQUENCY = r"""(?:always|often|usually|regularly|frequently|repeatedly|habitually|invariably|constantly|continually|routinely|
    sometimes|occasionally|generally|typically|normally|tend\s+to|tended\s+to|still)"""

_HABIT = compile_words(
    rf"""
    # "I often miss", "I always underestimate", "I've always struggled with", "I tend to leave things late"
      (?:I|we)(?:'ve|\s+have|'d|\s+would)?\s+(?:also\s+|just\s+|really\s+|still\s+|almost\s+)?(?P<frequency>{_FREQUENCY})\s+(?:\p{{L}}+ly\s+)?{_SLIP}
    # "every Friday I forgot to send the timesheets", "each month we'd underestimate"
    | (?:every|each)\s+(?:single\s+)?(?:day|week|month|morning|evening|night|shift|sprint|quarter|term|round|run|close|payday|audit|inspection|
        review|report|launch|release|deadline|project|job|event|order|delivery|stocktake|handover|month-end|year-end|
        (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*,?\s+(?:I|we)(?:'d|\s+would)?\s+(?:\p{{L}}+ly\s+)?
        (?:(?:find|found|realise|realize|discover|notice)\s+(?:that\s+)?(?:I|we)(?:'ve|\s+have|'d|\s+had)?\s+)?{_SLIP}
    | (?:I've|I\s+have|we've|we\s+have)\s+(?:always|forever)\s+been\s+(?:\p{{L}}+\s+)?(?:bad|terrible|hopeless|useless|poor|awful|rubbish|weak|sloppy)\s+(?:at|with)
    | (?:I've|I\s+have)\s+never\s+been\s+(?:any\s+|very\s+)?good\s+at
    # "it became a pattern", "I'd made a habit of it", "this kept happening"
    | (?:it|this|that)\s+(?:became|had\s+become|was\s+becoming|turned\s+into)\s+(?:a\s+)?(?:pattern|habit|regular\s+thing)
    | (?:I|we)(?:'d|\s+had)?\s+made\s+a\s+habit\s+of\s+{_SLIP}
    | (?:it|this|that|the\s+same\s+thing)\s+(?:kept|keeps)\s+(?:on\s+)?happening
    # "I keep forgetting", "I kept putting the complaints off"
    | (?:I|we)\s+(?:just\s+|still\s+|also\s+)?(?:keep|kept|keeps)\s+(?:on\s+)?(?=\p{{L}}+ing\b){_SLIP}
    # "I'm always late", "I'm forever running behind"
    | (?:I'm|I\s+am|I\s+was|we're|we\s+are|we\s+were)\s+(?:always|forever|constantly|often|usually|perpetually|chronically|notoriously)\s+
        (?:late|behind|running\s+(?:late|behind)|the\s+last\s+(?:one|to\s+\p{{L}}+)|(?=[\p{{L}}-]+ing\b){_SLIP})
    | (?:someone|the\s+kind\s+of\s+person|a\s+person)\s+who\s+(?:always|often|usually|regularly|tends\s+to|keeps)\s+{_SLIP}
    | (?:I|we)\s+still\s+(?:sometimes\s+|occasionally\s+)?(?:do|make)\s+(?:it|that|this|the\s+same\s+mistake|that\s+mistake|this\s+mistake)\b
    | (?:I'm|I\s+am|I\s+was|I've\s+always\s+been)\s+(?:notorious|known|famous)\s+for\s+(?:being\s+late|{_SLIP}|leaving|forgetting|missing)
    | (?:I|we)\s+(?:have|had)\s+a\s+(?:bad\s+)?(?:habit|tendency)\s+(?:of|to)\s+{_SLIP}
    | (?:I|we)\s+(?:have|had)\s+a\s+bad\s+habit\s+of
    # "I never double-check my own work": a check the writer habitually leaves out
    | (?P<omission>(?:I|we)\s+(?:never|rarely|seldom|don't\s+always|don't\s+usually)\s+(?:remember\s+to|think\s+to|check|double-check|proofread|proof-read|test|review|re-?read|
        plan|back\s+up|label|write\s+(?:things|it|anything)\s+down|follow\s+up|ask\s+for\s+help))\b
    """
)
# Markers of repetition that need a slip in their clause (or, for "as I always do", before it).
_AGAIN = compile_words(
    r"""
      as\s+usual | as\s+always | as\s+(?:I|we)\s+(?:always|usually|often|normally|typically|tend\s+to)(?:\s+do)?(?=\s*[,.;:]|\s+with\b|\s*$)
    | like\s+(?:I|we)\s+(?:always|usually)\s+do | like\s+always | typical(?:ly)?\s+(?:of\s+)?me | classic\s+me
    | again(?=\s*,\s*(?:I|we)\b)
    | (?:a\s+few|several|many|a\s+couple\s+of|two|three|four|five|numerous)\s+times\s+(?:before|already|that\s+(?:week|month|term|year|quarter))
    | more\s+than\s+once
    | (?:like|as\s+(?:in|with|on)|as)\s+(?:most|every|all\s+the\s+other|so\s+many\s+other)\s+(?:months?|weeks?|years?|quarters?|terms?|shifts?|times|Fridays|Mondays|closes|audits)
    """
)
# Repetition that counts only when the writer's own slip sits in the same clause.
_OVER_AGAIN = compile_words(
    r"""again\s+and\s+again | time\s+and\s+(?:time\s+)?again | over\s+and\s+over(?:\s+again)?
    | (?:for\s+)?the\s+(?:second|third|fourth|fifth|umpteenth|nth)\s+time
    | (?:twice|three\s+times|four\s+times|several\s+times)\s+(?:in\s+(?:a|one|two|three)\s+\p{L}+|that\s+\p{L}+|this\s+\p{L}+|running|in\s+a\s+row)"""
)
_SLIPS = compile_words(_SLIP)
# Repetition told outright, attached to a verb in its clause: the writer must be in that clause.
_REPEATED = compile_words(
    r"""
      yet\s+again | (?:once|yet)\s+again,?\s+(?:I|we)
    | (?:for\s+)?the\s+(?:second|third|fourth|fifth|umpteenth|nth)\s+time\s+(?:this|that|in\s+(?:a|one|two|three))\s+(?:week|month|year|term|quarter|shift|fortnight|row)
    | not\s+(?:for\s+)?the\s+first\s+time
    | (?:the\s+)?same\s+(?:mistake|error|slip)\s+(?:again|twice|as\s+(?:before|last\s+\p{L}+)|I'd\s+made|I\s+had\s+made|I\s+made)
    | (?:done|made)\s+the\s+(?:exact\s+)?same\s+(?:thing|mistake|error)\s+(?:the\s+\p{L}+\s+before|before|last\s+\p{L}+|twice|again)
    """
)
# Repetition said of the whole story: the writer must be somewhere in the sentence.
_NOT_ONCE = compile_words(
    r"""
      (?:it|this|that)\s+(?:wasn't|was\s+not|was\s+hardly|isn't|is\s+not|is\s+hardly|won't\s+be)\s+(?:even\s+)?the\s+first\s+time\s+(?:I|we|I'd|we'd|that\s+I)
    | (?:this|it|that)\s+(?:wasn't|was\s+not|isn't|is\s+not)\s+(?:a|the)\s+one-?off
    | (?:this|it|that)\s+(?:was|is)\s+no\s+(?:exception|different)
    | (?:it's|it\s+is|this\s+is|it\s+was|this\s+was)\s+(?:a|an\s+old|a\s+familiar)\s+pattern\s+(?:for|with)\s+me
    | a\s+recurring\s+(?:problem|issue|theme|pattern|weakness)\s+(?:for|with|of)\s+(?:me|mine)
    | (?:it|this|that|the\s+same\s+(?:thing|mistake|problem))\s+happened\s+(?:again|a\s+second\s+time|twice)
    | (?:this|it|that)\s+(?:happens|happened)\s+(?:to|with)\s+(?:me|us)\s+(?:a\s+lot|all\s+the\s+time|often|regularly|every\s+\p{L}+)
    """
)
_FIRST_PERSON = compile_words(r"I|I'[a-z]+|me|my|myself|we|we'[a-z]+|our|us")
# "every time I…", "whenever I…": a habit unless it is the new practice.
_EVERY_TIME = compile_words(r"(?:every\s+(?:single\s+)?time|each\s+time|whenever)\s+(?:I|we)(?P<verb>(?:'m|'re|\s+\p{L}+(?:'\p{L}+)?))")
_IRREGULAR_PAST = compile_words(
    r"""went|got|made|took|saw|came|gave|told|said|thought|had|did|was|were|ran|sent|wrote|spoke|left|felt|kept|brought|bought|
        found|heard|knew|met|paid|sat|stood|began|built|caught|chose|drove|fell|forgot|held|lost|meant|rang|rode|sold|spent|taught|tried|
        understood|won|woke|would|could|should|might|had|'d"""
)
_PRACTICE_NOW = compile_words(
    r"now|these\s+days|nowadays|since\s+then|ever\s+since|from\s+then\s+on|going\s+forward|today|make\s+sure|will|'ll|must|always\s+(?!\p{L}+ed\b)\p{L}+"
)
_PRACTICE = compile_words(
    r"""(?:I|we)\s+(?:also\s+|first\s+)?(?:check|ask|run|read|re-?read|review|test|confirm|double-check|verify|recruit|write|send|call|ring|phone|
        email|brief|book|block|schedule|set|add|log|note|label|tick|count|compare|print|pilot|walk|talk|meet|plan|share|invite|involve|
        (?:pause|stop)\s+(?:and|to)|slow|take|start|keep|use|follow|put|get|go\s+through|make\s+sure|make\s+a\s+point|remind|save|back\s+up|flag|escalate|record|copy|list)\b"""
)

# Any way of saying something recurs, in any trade's voice: frequency, counted or serial
# repetition, "as usual", "the same ... as before", a habit, a pattern, a history of it.
# The writer's own slip must sit in the same sentence (see _recurring_slips).
_UNIT = r"(?:time|day|week|month|year|morning|evening|night|shift|sprint|quarter|term|round|run|close|job|project|launch|release|audit|report|deadline|order|delivery|visit|stocktake|handover|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)s?"
_RECURRENCE = compile_words(
    rf"""
      (?:my|our)\s+usual\s+(?:thing|trick|habit|mistake|pattern|way\s+of)|as\s+per\s+usual|like\s+clockwork|notorious|(?:known|famous)\s+for|typical(?:ly)?\s+of\s+me|typically|yet\s+another|
      (?:two|three|four|five|six|\p{{N}}+|several)\s+(?:days|weeks|months|years|shifts|quarters|terms|times|sprints)\s+(?:running|in\s+a\s+row)|always|often|usually|regularly|frequently|repeatedly|habitually|invariably|constantly|continually|routinely|perpetually|
      chronically|forever|a\s+lot(?!\s+of\b)|all\s+the\s+time|(?:more\s+)?often\s+than\s+not|tend(?:s|ed)?\s+to|prone\s+to|
      once\s+more|yet\s+again|again\s+and\s+again|over\s+and\s+over|time\s+(?:after|and)\s+(?:time|again)|
      (?:day|week|month|year|shift|sprint|quarter|term|night)\s+after\s+(?:day|week|month|year|shift|sprint|quarter|term|night)|
      (?:many|several|countless|numerous|multiple|a\s+few|a\s+couple\s+of|two|three|four|five|so\s+many|how\s+many)\s+times|lost\s+count|
      more\s+than\s+once|(?:for\s+)?the\s+(?:second|third|fourth|fifth|sixth|umpteenth|nth|hundredth)\s+{_UNIT}|in\s+a\s+row|
      (?:every|each|most|every\s+other|every\s+single)\s+{_UNIT}|whenever|
      as\s+(?:usual|always|ever|so\s+often|often|happens|it\s+happens)|as\s+(?:usually|always|often|so\s+often)\s+happens\s+(?:with|to)\s+(?:me|us|my\s+\p{{L}}+|our\s+\p{{L}}+)|like\s+(?:always|usual|most|every)|
      same\s+as\s+(?:always|usual|last|before|ever|every)|(?:the\s+)?same\s+(?:thing|mistake|error|slip|story|problem)|
      (?:did|done|do|does|made)\s+(?:exactly\s+|precisely\s+)?the\s+(?:exact\s+)?same(?=\s+(?:on|in|with|at|last|before|twice|again|as)\b|\s*[,.;:\u2013\u2014-])|
      just\s+as\s+(?:I|we)\s+(?:had|did|always)|(?:previous|last)\s+(?:two|three|four|few|several|\p{{N}}+)|
      (?:habit|tendency|pattern|history|track\s+record|form|weakness)\s+(?:of|for|to|here|with)|recurring|recurrent|
      keeps?\s+(?:on\s+)?happening|kept\s+(?:on\s+)?happening|(?:keep|keeps|kept)\s+(?:on\s+)?(?=\p{{L}}+ing\b)
    """
)
# A sentence needs one of these words to hold a marker ...
_RECURRENCE_STEMS = Stems(
    """always often usually regularly frequently repeatedly habitually invariably constantly continually routinely perpetually chronically
    forever lot tend prone once again over time day week month year shift sprint quarter term night row running every each most whenever
    usual ever happens same previous last habit tendency pattern history record form weakness recurring recurrent keep kept typical
    clockwork notorious known famous count"""
)
# ... and a marker is only tried where a word begins with one of these.
_RECURRENCE_FIRST = Stems(
    """my our as like typical typically notorious known famous two three four five six several always often usually regularly
    frequently repeatedly habitually invariably constantly continually routinely perpetually chronically forever a all more tend
    prone once yet again over time day week month year shift sprint quarter term night many countless numerous multiple so how
    lost for the second third fourth fifth sixth umpteenth nth hundredth in every each most whenever same did done do does made
    just previous last habit tendency pattern history track form weakness recurring recurrent keep kept"""
)
# A new practice in the sentence: "from now on", "since then", "I make sure".
_PRACTICE_MARK = compile_words(r"now(?<!(?:times|years|months|weeks|days|while|before)\s+now)|these\s+days|nowadays|since\s+then|ever\s+since|from\s+then\s+on|going\s+forward|today|make\s+sure|will|'ll|must")
# A marker that is itself the repeated slip, or owned by the writer: "I'd done the same", "my habit of".
_SELF_EVIDENT = compile_words(r"same|habit|tendency|history|track\s+record|form|weakness|happens\s+(?:with|to)\s+(?:me|us|my|our)")
_MINE_BEFORE = regex.compile(r"(?:\b(?:my|our)\s+(?:\p{L}+\s+)?|\b(?:I'm|I\s+am|I've\s+always\s+been|I've\s+been)\s+(?:(?:the|a)\s+(?:kind|sort|type)\s+of\s+)?)$", regex.I)
# A repeat only feared or imagined: "I'm terrified I'll do the same thing with my thesis".
_FEARED = regex.compile(r"\b(?:terrified|afraid|worried|scared|fear|if|unless|might|may|could|will)\b|'ll\b", regex.I)
_MINE = compile_words(r"me|my|mine|us|our|ours")
# "I still wince every time I see my byline": a memory that hurts, not a habit.
_FEELING = compile_words(r"wince|winced|cringe|cringed|shudder|blush|feel\s+(?:sick|bad|awful|terrible|embarrassed|ashamed|guilty)|think\s+(?:about|of)\s+(?:it|that|them)")
# The writer must be in a sentence for its slip to be theirs.
_WRITER_WORDS = frozenset("i i'd i'm i've i'll we we'd we're we've my our me us mine ours myself".split())
# Someone else's habit: "which was her habit, not mine".
_OTHERS = compile_words(r"(?:his|her|their|its|your)\s+(?:own\s+)?(?:habit|tendency|pattern|history|form|weakness)")



# The words each pattern cannot match without: sentences lacking them are never scanned.
_STEMS = {
    "habit": Stems(
        """always often usually regularly frequently repeatedly habitually invariably constantly continually routinely sometimes
        occasionally generally typically normally tend tended still keep kept keeps forever perpetually chronically notoriously someone
        kind person notorious known famous habit tendency never rarely seldom don every each became become becoming turned made"""
    ),
    "again": Stems("usual always usually often normally typically tend like typical classic again times more over second third fourth fifth umpteenth nth twice three four several"),
    "repeated": Stems("again same second third fourth fifth umpteenth nth first"),
    "not_once": Stems("first one exception different pattern recurring happens happened"),
    "every_time": Stems("every each whenever"),
}


# The words each pattern starts with: it is tried, anchored, only there.
_FIRST = {
    "habit": Stems("i i'd i've i'm we we'd we've we're every each it this that someone the a"),
    "again": Stems("as like typical typically classic again a several many two three four five numerous more"),
    "over_again": Stems("again time over for the second third fourth fifth umpteenth nth twice three four several"),
    "repeated": Stems("yet once for the not same done made"),
    "not_once": Stems("it this that a the"),
    "every_time": Stems("every each whenever"),
}


def _scan(draft, key, pattern, first=None):
    sentences = candidate_sentences(draft, _STEMS[key])
    return anchored(draft, plain(draft), sentences, _FIRST[first or key], pattern)


def check(draft, context: RuleContext):
    text = plain(draft)
    found: dict[tuple[int, int], object] = {}  # span -> its sentence
    for sentence, match in _scan(draft, "habit", _HABIT):
        if match.group("omission") and _PRACTICE_NOW.search(text, sentence.start, sentence.end):
            continue  # "since then I never leave…" is the new rule, not the old habit
        if match.group("frequency") and match.group("frequency").lower() == "still" and _PAST.match(text, _slip_start(text, match)):
            continue
        found[match.span()] = sentence
    for sentence, match in _scan(draft, "again", _AGAIN):
        if _SLIPS.search(text, sentence.start, _marked_clause_end(draft, sentence, match)):
            found[match.span()] = sentence
    for sentence, match in _scan(draft, "again", _OVER_AGAIN, "over_again"):
        before = clause_before(draft, sentence, match.start())
        clause = before + text[match.start() : match.end()] + clause_after(draft, sentence, match.end())
        if _FIRST_PERSON.search(before) and _SLIPS.search(clause):
            found[match.span()] = sentence
    for sentence, match in _scan(draft, "repeated", _REPEATED):
        before = clause_before(draft, sentence, match.start())
        subject = last_subject(text, match.start() - len(before), match.start())
        if subject is not None and subject.group("me") is None:
            continue  # "my supplier was late yet again": someone else's repetition
        if _FIRST_PERSON.search(before + text[match.start() : _marked_clause_end(draft, sentence, match)]):
            found[match.span()] = sentence
    for sentence, match in _scan(draft, "not_once", _NOT_ONCE):
        if _FIRST_PERSON.search(text, sentence.start, sentence.end):
            found[match.span()] = sentence
    for sentence, match in _scan(draft, "every_time", _EVERY_TIME):
        if _FEELING.search(text, sentence.start, sentence.end):
            continue
        if _habit_not_practice(draft, sentence, match, text):
            found[(match.start(), match.start("verb"))] = sentence
    _recurring_slips(draft, text, found)
    extra = phrase_pattern(context.extra_phrases)
    if extra is not None:
        found.update((match.span(), sentence) for sentence, match in sentence_matches(draft, extra))
    for (start, end), sentence in sorted(found.items()):
        if quoted(draft, sentence, start, end) or reported(draft, sentence, start) or negated(draft, sentence, start, window=4):
            continue
        yield META.finding(start, end)


def _recurring_slips(draft, text: str, found: dict) -> None:
    """Any word of recurrence with a slip of the writer's in its sentence, unless the sentence
    already has a finding or tells a new practice ("whenever I'm unsure now, I ask")."""
    flagged = {id(sentence) for sentence in found.values()}
    by_sentence: dict[int, list] = {}
    words = sentence_tokens(draft)
    sentences = [
        sentence
        for sentence in candidate_sentences(draft, _RECURRENCE_STEMS)
        if id(sentence) not in flagged and any(word in _WRITER_WORDS for _offset, word in words.get(sentence.start, ()))
    ]
    for sentence, m in anchored(draft, text, sentences, _RECURRENCE_FIRST, _RECURRENCE):
        if id(sentence) not in flagged:
            by_sentence.setdefault(sentence.start, [sentence]).append(m)
    for sentence, *found_markers in by_sentence.values():
        markers = [
            m
            for m in found_markers
            if not negated(draft, sentence, m.start(), window=2) and not _FEARED.search(clause_before(draft, sentence, m.start()))
        ]
        if not markers or _PRACTICE_MARK.search(text, sentence.start, sentence.end) or _in_learning(draft, sentence):
            continue
        if _OTHERS.search(text, sentence.start, sentence.end):
            continue
        slips = [m for m in markers if _SELF_EVIDENT.search(m.group())]
        slips += _SLIPS.finditer(text, sentence.start, sentence.end)
        for marker in markers:
            if any(
                abs(slip.start() - marker.start()) <= WINDOW
                and _scoped(draft, sentence, marker, slip, text)
                and _writer_slipped(draft, sentence, slip.start(), text, slip in markers)
                for slip in slips
            ):
                found[marker.span()] = sentence
                break


# A turn between a marker and a slip: "I usually finish by Wednesday, but that week I left it".
_TURN = compile_words(r"but|however|although|though|yet(?!\s+(?:again|another))|whereas|except|this\s+time|that\s+(?:time|week|day|month)")
# Clause edges between a marker and the slip it governs.
_BOUNDARY = regex.compile(r"[,;]|\b(?:and|but|so|because|while|although|whereas|though)\b", regex.I)
_JOINED = regex.compile(r";|\b(?:and|but|so|because|while|although|whereas|though)\b", regex.I)
_EXPLAINS = regex.compile(r"^[^,;]*[:\u2014\u2013]")
# An opening phrase that is a clause of its own: it has a subject or a verb "to be".
_OWN_CLAUSE = regex.compile(
    r"\b(?:I|we|he|she|they|it|you|the\s+\p{L}+|my\s+\p{L}+|our\s+\p{L}+)\s+(?:\p{L}+ly\s+)?(?:\p{L}+ed|was|were|is|are|went|got|came|had|did|made|took|work|works|worked|\p{L}+s)\b|\b(?:was|were|is|are)\b",
    regex.I,
)
_SUBORDINATE = compile_words(r"whenever|every\s+(?:single\s+)?time|each\s+time")
_CLAUSE_OPENS = regex.compile(r"\s+(?:I|we|I'd|we'd|I'm|we're|I've|the|a|my|our|someone|somebody|anyone|he|she|they|it|things|work|\p{L}+s)\b", regex.I)
_HABITUAL_BEFORE = regex.compile(r"(?:'d|\bwould|\bused\s+to)\s+(?:\p{L}+ly\s+)?$", regex.I)


def _scoped(draft, sentence, marker, slip, text: str) -> bool:
    """The slip is the one the marker speaks of: no turn between them, and after a "whenever"
    clause the slip is in the main clause, not the condition ("whenever we missed a cut-off, the
    warehouse charged us")."""
    if marker.start() <= slip.start() < marker.end():
        return True
    lo, hi = sorted((marker.end(), slip.start()))
    if _TURN.search(text, lo, max(lo, hi)):
        return False
    if _SUBORDINATE.match(marker.group()):
        if not _CLAUSE_OPENS.match(text, marker.end()):
            return False  # "by 4,000 units each time": a measure, not a condition
        rest = clause_after(draft, sentence, marker.end())
        if slip.start() > marker.end() + len(rest):
            return True  # "whenever I'm busy, I skip the check"
        # "I'd forget the order whenever I'd had a weekend off"; not "I freeze whenever someone asks"
        return slip.start() < marker.start() and bool(_HABITUAL_BEFORE.search(text, max(sentence.start, slip.start() - 20), slip.start()))
    if slip.start() < marker.start():
        # "I make this mistake a lot", "I was late with the report, just as I had been every quarter";
        # not "I forgot my wallet, and the team always went for lunch"
        return not _JOINED.search(text, slip.end(), marker.start())
    between = text[marker.end() : slip.start()]
    if not _BOUNDARY.search(between) or _EXPLAINS.match(between):
        return True  # one clause, or "a pattern here: I stop asking"
    # The marker opens the sentence as its own phrase ("As usual, I ...", "For the umpteenth time,
    # I ..."), not inside a clause of its own ("Every Friday the team went for lunch, and I ...").
    comma = text.rfind(",", sentence.start, slip.start())
    opening = text[sentence.start : comma] if comma >= marker.end() else ""
    return bool(opening) and not _OWN_CLAUSE.search(opening) and not _JOINED.search(text, comma + 1, slip.start())


def _writer_slipped(draft, sentence, start: int, text: str, marker: bool = False) -> bool:
    """The writer is the one who slipped at ``start``: "I" leads, or "my habit of", "I'm someone who"."""
    if negated(draft, sentence, start, window=4):
        return False
    if marker and _MINE.search(text, start, min(sentence.end, start + 60)) and _SELF_EVIDENT.search(text, start, min(sentence.end, start + 60)):
        return True  # "as usually happens with my projects"
    subject = None
    for match in SUBJECT.finditer(text, max(sentence.start, start - WINDOW), min(sentence.end, start + 40)):
        if match.start() >= start:
            break
        subject = match
    if subject is not None and subject.group("me") is not None:
        return True
    lead = text[max(sentence.start, (subject.start() if subject is not None else start) - 40) : subject.start() if subject is not None else start]
    return bool(_MINE_BEFORE.search(lead))


def _marked_clause_end(draft, sentence, match) -> int:
    """The end of the clause a marker belongs to: its own, or the next one when the marker
    stands alone ("Like always, I had left the marking until Sunday")."""
    end = match.end()
    rest = clause_after(draft, sentence, end)
    if not rest.strip(" ,") and not clause_before(draft, sentence, match.start()).strip():
        end += len(rest) + 1
        rest = clause_after(draft, sentence, min(end, sentence.end))
    return min(sentence.end, end + len(rest))


def _slip_start(text: str, match) -> int:
    """Where the slip begins, after the frequency word (and any adverb)."""
    rest = text[match.end("frequency") : match.end()]
    return match.end("frequency") + len(rest) - len(rest.lstrip())


def _habit_not_practice(draft, sentence, match, text: str) -> bool:
    """'Every time I build the forecast I round up' is a habit; 'every time I deploy now, I run the checklist' a practice."""
    if _PRACTICE_NOW.search(text, sentence.start, sentence.end) or _in_learning(draft, sentence):
        return False
    after = text[match.start("verb") : min(sentence.end, match.end() + WINDOW)]
    main = _main_clause(after)
    if _SLIPS.search(" ".join(main.split()[:6])):
        return True
    if main and _SLIPS.search(after[: len(after) - len(main)]):
        return True  # "every time I fell behind on the round, I'd leave parcels on doorsteps"  # "whenever I'm busy, I skip the check", "every time I deployed, I forgot the flag"
    verb = match.group("verb").strip()
    if _IRREGULAR_PAST.fullmatch(verb) or verb.lower().endswith("ed"):
        return False  # a repeated event in the story ("whenever we missed a cut-off, the warehouse charged us")
    return not _PRACTICE.match(main)


def _main_clause(after: str) -> str:
    """In 'every time I X …, I Y …', the clause 'I Y …': it starts at the next 'I' or 'we'."""
    words = after.split()
    for index, word in enumerate(words):
        if index and word.strip(",;:").lower().replace("’", "'") in ("i", "we", "i'd", "we'd", "i'm", "we're", "i've", "we've"):
            return " ".join(words[index:])
    return ""


def _in_learning(draft, sentence) -> bool:
    if sentence.section is None:
        return False
    parts = draft.sections[sentence.section].parts
    return "learning" in parts or "change" in parts


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
