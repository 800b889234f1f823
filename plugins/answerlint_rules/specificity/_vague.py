"""The grammar of a content-free failure or recovery, for vague-failure (AL301).

A vague telling has a recognisable shape: a plan told as a non-event ("X
didn't go as planned"), a vague subject with a predicate of trouble ("things
went sideways"), trouble counted but never named ("some issues", "a few
mistakes"), or a recovery with no how ("it got sorted").

For speed, each shape is tried only where one of its opening words starts
(the standard library's ``re``, anchored, over the lower-cased prose). Only
at a hit does a second look at the few words before it decide whether the
subject fits: some predicates take any subject ("the launch didn't go as planned"),
some an event or a vague one ("the project went sideways"), some only a
vague one ("things slipped", not "the deal slipped").
"""

from __future__ import annotations

import bisect
import re

import regex

from answerlint import compiled_patterns

from answerlint_rules.language import LazyPattern, compile_words, per_sentence, plain, quantities
from answerlint_rules.specificity._text import lowered, word_alternation

L = r"[^\W\d_]"  # a letter, in ``re``

# -- subjects (``regex``, run only on the few words before a hit) -----------------------------

# Subjects that name nothing: the listener cannot tell what broke.
_VAGUE_SUBJECT = r"""(?:things|stuff|it(?:\s+all)?|everything(?:\s+else)?|something|all\s+of\s+(?:it|this|that)|
    (?:some|a\s+few|a\s+couple\s+of|several|many|lots\s+of|a\s+lot\s+of|various|other)\s+things|a\s+lot|lots|
    that|this|matters|the\s+situation|the\s+(?:whole|entire)\s+(?:thing|lot|affair|business|experience|project|process|day|week|month|
    launch|event|evening|night|shift|term|season|quarter|year|exercise|rollout|roll-out|migration|pitch|job|programme|program|campaign))"""
# The event itself: "the launch", "our first pitch", "that whole handover".
_EVENT = r"""(?:project|plan|plans|launch|campaign|event|rollout|roll-out|migration|pitch|meeting|presentation|demo|day|week|shift|term|
    relationship|partnership|deal|process|programme|program|initiative|trial|pilot|experiment|handover|hand-over|interview|opening|
    transition|restructure|implementation|integration|release|sprint|audit|inspection|visit|placement|internship|lesson|session|
    workshop|conference|exhibition|show|service|go-live|cutover|changeover|upgrade|installation|delivery|bid|tender|application|
    result|results|outcome|outcomes|quarter|season|year|period|collaboration|venture|idea|product|move|change|approach|strategy|
    redesign|reorganisation|reorganization|hire|recruitment|fundraiser|appeal|course|attempt|effort|experience|start|first\s+attempt|
    rota|schedule|system|forecast|budget|report|proposal|build|feature|design|website|app|menu|evening|night|party|wedding|trip|
    match|game|promotion|sale|sales|tour|contract|account|order|install|switch|test|exam|assessment|review|appraisal|
    month|morning|afternoon|weekend|stocktake|reshuffle|rebrand|refit|refurbishment|renovation|job|role|
    numbers|figures|feedback|response|reception|turnout|uptake|take-up|scores|ratings|reviews)"""
_EVENT_SUBJECT = rf"""(?:{_VAGUE_SUBJECT}|(?:the|my|our|that|this|their|his|her)\s+(?:[\p{{L}}-]+\s+){{0,2}}?{_EVENT}
    (?:\s+(?:on|at|in|with|for|of)\s+(?:(?:the|my|our|a|an|that|this)\s+)?[\p{{L}}-]+)?)"""
# Recoveries are told of "it", "things", "the problem".
_IT_SUBJECT = rf"""(?:{_VAGUE_SUBJECT}|(?:the|that|this|my|our)\s+(?:[\p{{L}}-]+\s+)?(?:issue|issues|problem|problems|mess|matter|error|errors|mistake|mistakes|
    damage|fallout|complaint|complaints|difference|discrepancy|mix-up|situation|backlog|delay|delays))"""
_STUFF_SUBJECT = r"(?:(?:some\s+|a\s+few\s+|other\s+)?(?:stuff|things)|a\s+lot|lots|life|shit)"
# Softeners between subject and verb: "it just", "things kind of", "everything then quickly".
_SOFT = r"""(?:(?:just|really|simply|ultimately|kind\s+of|sort\s+of|then|quickly|soon|all|also|sadly|unfortunately|honestly|basically|
    rather|somehow|eventually|predictably|inevitably|obviously|clearly|still|slowly|gradually|pretty\s+much|had|has|have|finally)\s+){0,2}"""
# "Eventually it got sorted": the time words belong to the vague telling.
_LEAD = r"(?:(?:eventually|finally|somehow|ultimately|in\s+the\s+end|after\s+a\s+while|luckily|thankfully|fortunately)\s*,?\s+)?"


def _subject(pattern: str) -> regex.Pattern:
    return LazyPattern(rf"(?<![\p{{L}}\p{{N}}'-])(?P<subject>{pattern})\s+{_SOFT}$", regex.V1 | regex.X)  # type: ignore[return-value]


_SUBJECTS = {
    "vague": _subject(_VAGUE_SUBJECT),
    "event": _subject(_EVENT_SUBJECT),
    "it": _subject(rf"{_LEAD}{_IT_SUBJECT}"),
    "stuff": _subject(_STUFF_SUBJECT),
}

# -- predicates (``re``, lower case, over the whole prose) ------------------------------------

_ADV = r"(?:(?:quite|really|exactly|entirely|fully|all|actually|totally|ever|even)\s+)?"
_NOT = rf"(?:didn't|did\s+not|never|hadn't|had\s+not)\s+{_ADV}"
_BE_NOT = r"""(?:wasn't|was\s+not|weren't|were\s+not|hasn't\s+been|haven't\s+been|was\s+hardly|was\s+never|were\s+never)\s+
    (?:(?:quite|really|exactly|entirely|very|all\s+that|that|particularly|much\s+of|ever)\s+)?"""
_WANTED = rf"""(?:planned|expected|intended|hoped|anticipated|imagined|envisaged|promised|
    (?:i|we|they|you|anyone|everyone|everybody|the\s+{L}+)(?:\s+had|'d)?\s+(?:{L}+ed|wanted|thought|hoped|planned|expected|meant|would\s+have\s+liked))"""
# A clause that stops here, or goes on only with "and …", a time or a who: nothing says what happened.
_END = r"""(?=\s*[.!?;,:)\u2013\u2014]|\s*\n|\s*\Z|\s+-\s|\s+(?:and|but|so|then|too|again|either|anyway|though|at\s+all|in\s+the\s+end|
    eventually|somehow|in\s+time|quickly|after\s+(?:a|all)|for\s+(?:me|us|them|him|her|a\s+while|the\s+best)|as\s+well|that\s+(?:day|week|time|year|term)|
    there|here|from\s+there|after\s+that|on\s+(?:that|this)\s+one|big\s+time|either\s+way|overall|at\s+first|early\s+on|at\s+work|on\s+(?:that|the)\s+(?:project|job|day|shift|account))\b)"""
# "with the panel", "for us": who it failed for still says nothing of what failed.
_WITH = rf"(?:\s+(?:with|for|among|on)\s+(?:(?:the|my|our|their|his|her|a|an|any|those|that|this)\s+)?[\w-]+(?:\s+[\w-]+)?)?"
_TRAIL = r"(?:\s+(?:eventually|in\s+the\s+end|somehow|in\s+time|after\s+a\s+while|in\s+the\s+long\s+run|quickly|together|again))?"
_FIXED = r"""(?:fixed|sorted(?:\s+out)?|resolved|dealt\s+with|handled|taken\s+care\s+of|ironed\s+out|cleared\s+up|straightened\s+out|
    smoothed\s+over|put\s+right|rectified|remedied|corrected|solved|patched\s+up|cleaned\s+up|under\s+control|back\s+on\s+track|back\s+to\s+normal)"""
_FIX_VERB = r"""(?:fix(?:ed)?|sort(?:ed)?(?:\s+out)?|resolved?|handled?|solved?|deal\s+with|dealt\s+with|figured?\s+out|work(?:ed)?\s+out|
    turn(?:ed)?\s+(?:a)?round|straighten(?:ed)?\s+out|salvaged?|rescued?|iron(?:ed)?\s+out|smooth(?:ed)?\s+over|
    clear(?:ed)?\s+up|clean(?:ed)?\s+up|patch(?:ed)?\s+up|put\s+right|rectif(?:y|ied)|repair(?:ed)?|recover(?:ed)?|
    smooth(?:ed)?|straighten(?:ed)?|iron(?:ed)?|patch(?:ed)?|clean(?:ed)?|clear(?:ed)?)"""
_IT = r"(?:it|things|everything|it\s+all|that|the\s+(?:issue|issues|problem|problems|situation|mess|matter|error|errors|mistake|damage|fallout))"
_SOME = r"""(?:(?:my|our|their)\s+(?:fair\s+)?share\s+of|some|a\s+few|quite\s+a\s+few|several|various|certain|a\s+lot\s+of|lots\s+of|many|a\s+couple\s+of|a\s+number\s+of|numerous|
    multiple|plenty\s+of|a\s+series\s+of|a\s+bunch\s+of|a\s+host\s+of|a\s+whole\s+host\s+of|a\s+few\s+more|more\s+than\s+a\s+few|one\s+or\s+two|
    a\s+handful\s+of|all\s+sorts\s+of|all\s+kinds\s+of|loads\s+of|tons\s+of)"""
_SIZE = r"""(?:(?:unexpected|unforeseen|minor|major|big|serious|technical|small|real|significant|little|initial|early|various|
    frustrating|annoying|costly|silly|stupid|careless|obvious|bad|poor|wrong|rookie|basic|avoidable|honest|typical|classic|
    (?:a\s+)?(?:few|couple\s+of))\s+){0,2}"""
_TROUBLE = r"""(?:issues|problems|challenges|difficulties|hiccups|hiccoughs|setbacks|obstacles|bumps(?:\s+in\s+the\s+road)?|roadblocks|complications|
    snags|glitches|teething\s+(?:problems|issues|troubles)|headaches|hurdles|mishaps|misunderstandings|miscommunications|mix-ups|trouble)"""
_MISTAKES = r"""(?:mistakes|errors|missteps|mis-steps|slip-?ups|blunders|misjudge?ments|oversights|bad\s+calls|poor\s+calls|wrong\s+calls|
    (?:bad|poor|wrong|questionable|unwise|hasty)\s+(?:choices|decisions|judge?ments|judge?ment\s+calls))"""
_MISTAKE = r"(?:mistake|error(?:\s+of\s+judge?ment)?|misstep|slip-?up|blunder|misjudge?ment|(?:bad|poor|wrong)\s+(?:call|choice|decision))"
_WENT_BAD = r"""(?:wrong|badly|poorly|south|sideways|pear-shaped|awry|haywire|downhill|belly[\s-]up|off\s+the\s+rails|off\s+track|off\s+course|
    to\s+pot|to\s+pieces|from\s+bad\s+to\s+worse|up\s+in\s+smoke|off\s+a\s+cliff|terribly|horribly)"""
_DISASTER = r"""(?:mess|muddle|disaster|fiasco|car\s+crash|train\s*wreck|shambles|omnishambles|nightmare|write-off|washout|wash-out|flop|failure|
    let-?down|damp\s+squib|catastrophe|debacle|dumpster\s+fire|horror\s+show|disappointment|non-starter|mixed\s+bag|chaos|circus|
    rollercoaster|roller-coaster|bust)"""
_INTENSE = r"""(?:(?:a\s+bit\s+of\s+an?|something\s+of\s+an?|quite\s+an?|such\s+an?|an?|a\s+total|a\s+complete|an\s+absolute|a\s+real|an\s+utter|
    a\s+proper|a\s+right|a\s+massive|a\s+huge|a\s+big|a\s+minor|a\s+major|a\s+slight|a\s+little|a\s+small|total|complete|absolute|utter|
    a\s+bit\s+of|pure)\s+)"""

_WE_SHAPE = r"(?:i|we)(?:'ve|\s+have|'d|\s+had)?\s+"
_RECOVERY_LEAD = r"(?:(?:eventually|finally|somehow|ultimately|in\s+the\s+end|after\s+a\s+while|luckily|thankfully|fortunately)\s*,?\s+)?"
_IT_PRE = r"(?:(?:all|eventually|finally|quickly|soon|somehow|luckily|thankfully|fortunately|slowly|gradually|just)\s+)?"

# Each shape: (kind, the words it can open with, pattern). ``kind`` says what subject it needs
# before it: "any" (none; a vague one joins the span), "event", "vague", "stuff", "it", or "self"
# (the shape carries its own subject).
SHAPES = [
    # a plan told as a non-event, whatever its subject: "the launch didn't go as planned"
    ("any", "didn't did never hadn't had", rf"""{_NOT}
        (?:(?:go(?:es)?|went|turn\s+out|work\s+out|pan\s+out|play\s+out|end\s+up|unfold|run|come\s+off|come\s+together|end)\s+
           (?:as\s+{_WANTED}|(?:(?:very|so|too|that|all\s+that|particularly|especially|terribly|quite\s+so)\s+)?(?:well|smoothly|great|brilliantly|perfectly|happily)
             |the\s+way\s+(?:i|we|they|it|you|anyone|everyone|everybody)(?:\s+had|'d)?\s+(?:{L}+ed|wanted|thought|hoped|meant|should\s+have|needed\s+to|was\s+supposed\s+to)
             |(?:my|our|their)\s+way|(?:according\s+)?to\s+plan|right|to\s+script|to\s+schedule)
         |(?:work\s+out|pan\s+out|come\s+together|come\s+off|take\s+off|get\s+off\s+the\s+ground|go\s+anywhere|get\s+anywhere|pay\s+off|
            land|gain\s+(?:any\s+)?traction|catch\s+on|end\s+well|succeed){_WITH}{_END})"""),
    # an event or a vague subject that never got going, or wasn't a success
    ("event", "never", rf"""never\s+(?:(?:quite|really|actually)\s+)?
          (?:worked\s+out|panned\s+out|came\s+together|came\s+off|took\s+off|got\s+off\s+the\s+ground|went\s+anywhere|got\s+anywhere|paid\s+off|
             landed|gained\s+(?:any\s+)?traction|caught\s+on|delivered|succeeded|worked|got\s+going|found\s+its\s+feet){_WITH}{_END}"""),
    ("event", "didn't did", rf"(?:didn't|did\s+not)\s+{_ADV}(?:work|deliver){_END}"),
    ("event", "wasn't was weren't were hasn't haven't", rf"""{_BE_NOT}(?:ideal|great|good|pretty|smooth|successful|a\s+(?:great\s+|big\s+|real\s+|total\s+)?success|
             a\s+triumph|a\s+highlight|plain\s+sailing|(?:my|our)\s+(?:finest|best|proudest|greatest|strongest)\s+(?:hour|moment|work|day|performance|effort)|
             what\s+{_WANTED}(?:\s+for)?)(?!\s+(?:to|that|for\s+{L}+\s+to)\b)"""),
    ("event", "was were turned proved", rf"""(?:was|were|turned\s+out(?:\s+to\s+be)?|proved(?:\s+to\s+be)?)\s+
          (?:(?:far\s+from|less\s+than|anything\s+but|not\s+exactly)\s+(?:ideal|perfect|great|smooth|a\s+success|successful|stellar|what\s+{_WANTED})
            |(?:(?:pretty|quite|very|deeply|a\s+bit|rather|somewhat|hugely|really)\s+)?(?:disappointing|underwhelming|mixed|patchy|lacklustre|lackluster))
          (?!\s+(?:to|for\s+{L}+\s+to)\b)"""),
    # trouble told of an event or a vague subject: "the project went sideways"
    ("event", "went had were was started began seemed ended", rf"""(?:went|had\s+gone|were\s+going|was\s+going|started\s+(?:going|to\s+go)|began\s+to\s+go|
            seemed\s+to\s+go|ended\s+up\s+going)\s+
            (?:(?:a\s+(?:bit|little)|really|pretty|very|badly|horribly|completely|slightly|quite|seriously|terribly|all|totally)\s+)?{_WENT_BAD}"""),
    ("event", "failed flopped bombed", rf"(?:failed|flopped|bombed)(?:\s+(?:badly|miserably|completely|spectacularly))?{_END}"),
    ("event", "fell came started began", r"""(?:fell|came|started\s+to\s+fall|began\s+to\s+fall)\s+
            (?:apart|through|flat|to\s+pieces|unstuck|undone|crashing\s+down|off\s+the\s+rails)"""),
    ("event", "got became turned grew was were started", r"""(?:got|became|turned|grew|was\s+getting|were\s+getting|started\s+getting|started\s+to\s+get)\s+
            (?:(?:a\s+bit|a\s+little|pretty|really|very|quite|rather|way|increasingly)\s+)?(?:messy|complicated|out\s+of\s+hand|out\s+of\s+control|ugly|chaotic|
            hectic|heated|hairy|derailed|side-?tracked)"""),
    ("event", "was were turned became ended descended", rf"""(?:was|were|turned\s+into|became|ended\s+up(?:\s+as|\s+being)?|descended\s+into)\s+
            {_INTENSE}?{_DISASTER}(?!\s+(?:to|for\s+(?:me\s+|us\s+)?to)\b)"""),
    # these say little only of a vague subject: "the deal slipped" is already an event
    ("vague", "spiralled spiraled unravelled unraveled snowballed backfired imploded blew derailed went slipped fell ground stalled fizzled took "
              "nosedived nose-dived tanked got came suffered felt",
     rf"""(?:spiral+ed(?:\s+out\s+of\s+control)?|unravell?ed|snowballed|backfired(?:\s+on\s+(?:me|us))?|imploded|blew\s+up(?:\s+in\s+(?:my|our)\s+faces?)?|
            derailed|went\s+nowhere|slipped(?!\s+(?:my|his|her|our|their)\s+mind)|fell\s+through\s+the\s+cracks|fell\s+by\s+the\s+wayside|
            went\s+by\s+the\s+wayside|ground\s+to\s+a\s+halt|stalled|fizzled(?:\s+out)?|took\s+a\s+turn\s+for\s+the\s+worse|nose-?dived|tanked|
            went\s+out\s+(?:of\s+)?the\s+window|got\s+away\s+from\s+(?:me|us)|got\s+on\s+top\s+of\s+(?:me|us)|came\s+to\s+a\s+head|took\s+a\s+hit|suffered|
            got\s+(?:(?:a\s+bit|a\s+little|pretty|really|very|quite|rather)\s+)?(?:tricky|difficult|worse|sticky|stressful|tense|bad|rocky)|
            felt\s+like\s+{_INTENSE}?{_DISASTER}){_END}"""),
    ("vague", "was were got", r"""(?:was|were|got)\s+(?:(?:a\s+bit|a\s+little|pretty|quite|really|very|rather|totally|completely)\s+)?(?:chaotic|messy|hectic|frantic|crazy)"""),
    ("stuff", "just happened came got", rf"(?:just\s+)?(?:happened|came\s+up|got\s+in\s+the\s+way){_WITH}{_END}"),
    # a recovery with no how, told of "it" or "the problem"
    ("it", "all eventually finally quickly soon somehow luckily thankfully fortunately slowly gradually just got was were had has gets is ended came "
           "worked sorted turned improved settled calmed blew died",
     rf"""{_IT_PRE}(?:
          (?:got|was|were|had\s+been|has\s+been|gets|is|ended\s+up|came)\s+
            (?:(?:all|eventually|finally|quickly|soon|somehow|mostly|largely|more\s+or\s+less|pretty\s+much)\s+)?{_FIXED}{_TRAIL}
         |(?:(?:all|eventually|finally|somehow)\s+(?:worked|sorted)\s+(?:(?:itself|themselves)\s+)?out
           |(?:worked|sorted)\s+(?:itself|themselves)\s+out
           |(?:worked|sorted)\s+out\s+(?:in\s+the\s+end|eventually|fine|okay|ok|alright|all\s+right|somehow|for\s+the\s+best|in\s+the\s+long\s+run|well\s+enough)){_TRAIL}
         |(?:was|were|turned\s+out|ended\s+up|came\s+out)\s+(?:(?:all|mostly|more\s+or\s+less)\s+)?(?:fine|okay|ok|alright|all\s+right)
            \s+(?:in\s+the\s+end|eventually|after\s+all|in\s+the\s+long\s+run)
         |came\s+(?:good|right|together)\s+(?:in\s+the\s+end|eventually)
         |(?:improved|got\s+better|settled(?:\s+down)?|calmed\s+down|blew\s+over|died\s+down){_END})"""),
    # whole clauses that carry their own subject
    ("self", "in eventually ultimately after luckily thankfully fortunately finally somehow",
     r"""(?:in\s+the\s+end|eventually|ultimately|after\s+a\s+while|luckily|thankfully|fortunately|finally|somehow)\s*,?\s+
          (?:it|everything|things|it\s+all)\s+(?:was|were|turned\s+out|ended\s+up|came\s+out|worked\s+out)\s+(?:(?:all|mostly|more\s+or\s+less)\s+)?
          (?:fine|okay|ok|alright|all\s+right|good)"""),
    ("self", "everything not little nothing one life",
     r"""everything\s+that\s+could\s+(?:have\s+)?(?:go|gone)\s+wrong\s+(?:did|went\s+wrong)
      | (?:not\s+everything|not\s+much|little|nothing|not\s+a\s+lot)\s+(?:really\s+)?went\s+(?:smoothly|to\s+plan|as\s+planned|right|well|perfectly|
          according\s+to\s+plan|our\s+way|my\s+way)
      | not\s+(?:my|our)\s+(?:finest|best|proudest)\s+(?:hour|moment|day)
      | one\s+thing\s+led\s+to\s+another | life\s+got\s+in\s+the\s+way"""),
    # trouble counted but never named: "I made some mistakes", "there were a few issues"
    ("self", "i we", rf"""{_WE_SHAPE}(?:(?:also|definitely|certainly|probably|clearly|obviously|really|still|then|inevitably|undoubtedly)\s+)?
          made\s+(?:{_SOME}\s+|(?:my|our)\s+(?:fair\s+)?share\s+of\s+)?{_SIZE}{_MISTAKES}
      | (?:i|we)(?:'d|\s+had)?\s+made\s+(?:a|an)\s+{_SIZE}{_MISTAKE}{_END}
      | {_WE_SHAPE}(?:(?:also|then|soon|quickly|still|eventually|definitely)\s+)?(?:had|hit|ran\s+into|run\s+into|faced|encountered|experienced|came\s+across|
          went\s+through|struggled\s+with|dealt\s+with|had\s+to\s+deal\s+with|ran\s+up\s+against|came\s+up\s+against|bumped\s+into|kept\s+(?:hitting|running\s+into))\s+
          (?:{_SOME}\s+)?{_SIZE}{_TROUBLE}
      | {_WE_SHAPE}(?:had|hit|ran\s+into|faced|encountered)\s+(?:an?\s+(?:(?:small|minor|slight|unexpected|big|major)\s+)?)(?:issue|problem|hiccup|snag|glitch|setback|mix-up)
          {_WITH}{_END}
      | {_WE_SHAPE}(?:had|hit|went\s+through|ran\s+into|faced)\s+(?:a|some|one)\s+(?:(?:really|pretty|very|bit\s+of\s+a)\s+)?
          (?:rough|rocky|difficult|tough|bad|bumpy|hard|sticky|shaky)\s+(?:patch|period|spell|time|start|ride|stretch|phase|few\s+(?:days|weeks|months))
      | {_WE_SHAPE}dropped\s+(?:a\s+few|some|a\s+couple\s+of|several)\s+balls
      | {_WE_SHAPE}(?:(?:really|completely|totally|badly|properly|just|kind\s+of|sort\s+of)\s+)?dropped\s+the\s+ball{_WITH}{_END}
      | {_WE_SHAPE}(?:(?:really|completely|badly|properly|totally|just|kind\s+of|sort\s+of|royally)\s+)?(?:messed|screwed|mucked|cocked|fouled|stuffed|fluffed|botched)\s+
          (?:(?:it|things|everything|it\s+all|that|this)\s+)?up(?:\s+(?:badly|big\s+time|massively|royally|properly|a\s+bit|somewhat))?{_END}
      | {_WE_SHAPE}(?:(?:really|completely|badly|properly|totally|just)\s+)?(?:messed|screwed|mucked|fouled)\s+up\s+(?:on\s+)?(?:some|a\s+few|a\s+couple\s+of)\s+things
      | {_WE_SHAPE}got\s+(?:(?:it|that|things|everything|it\s+all|a\s+lot)\s+|(?:some|a\s+few|a\s+couple\s+of|several|many)\s+things\s+)
          (?:(?:badly|completely|so|all|totally|a\s+bit|quite|very)\s+)?wrong{_WITH}{_END}
      | {_WE_SHAPE}made\s+(?:a\s+)?(?:(?:real|total|complete|bit\s+of\s+a|right)\s+)?(?:mess|hash|pig's\s+ear|dog's\s+dinner)\s+of\s+(?:it|things|everything|the\s+whole\s+thing){_END}
      | {_WE_SHAPE}(?:didn't|did\s+not|never|failed\s+to)\s+(?:quite\s+|really\s+)?(?:meet|live\s+up\s+to)\s+
          (?:(?:the|their|his|her|my|our|anyone's|everyone's|the\s+client's)\s+)?expectations
      | {_WE_SHAPE}(?:under-?performed|under-?delivered|struggled){_END}
      | {_WE_SHAPE}(?:didn't|did\s+not)\s+(?:get|achieve|see|deliver|hit|reach)\s+(?:the\s+)?(?:results?|outcomes?|numbers|impact|response)
          (?:\s+(?:that\s+)?(?:we|i|they|the\s+{L}+)(?:\s+had|'d)?\s+(?:wanted|hoped\s+for|expected|needed|promised))?{_END}"""),
    ("self", "i we it they", rf"""(?:i|we|it|they)\s+(?:(?:just|ultimately|slightly|somewhat)\s+)?(?:fell|came\s+up)\s+short
          (?:\s+of\s+(?:(?:the|my|our|their|everyone's)\s+)?(?:expectations|the\s+mark|mark|goal|target|what\s+{_WANTED}))?{_END}"""),
    ("self", "there", rf"""there\s+(?:was|were|had\s+been|have\s+been|were\s+still|ended\s+up\s+being|turned\s+out\s+to\s+be)\s+(?:{_SOME}\s+)?{_SIZE}(?:{_TROUBLE}|mistakes|errors)
      | there\s+(?:was|had\s+been)\s+(?:a\s+bit\s+of\s+an?|a\s+slight|a\s+small|a\s+minor|some\s+sort\s+of|some\s+kind\s+of|a\s+kind\s+of|an?\s+(?:unexpected|unforeseen))\s+
          (?:issue|problem|hiccup|snag|glitch|setback|mix-up|misunderstanding|complication|situation)
      | there\s+(?:was|had\s+been)\s+(?:an?\s+)?(?:issue|problem|hiccup|snag|glitch|mix-up|misunderstanding|complication){_WITH}{_END}
      | there\s+(?:was|were|had\s+been)\s+(?:(?:some|a\s+bit\s+of|a\s+lot\s+of|quite\s+a\s+lot\s+of|plenty\s+of|a\s+fair\s+amount\s+of|real|serious)\s+)?
          (?:fallout|confusion|friction|disruption|backlash|upset|drama|tension|bad\s+feeling|knock-on\s+effects?){_WITH}{_END}"""),
    ("self", "some a quite several various certain lots many numerous multiple plenty more loads tons one all",
     rf"""(?:{_SOME}|several|various)\s+{_SIZE}(?:issues|problems|complications|difficulties|challenges|hiccups|snags|things|details|tasks|balls)\s+
          (?:came\s+up|arose|cropped\s+up|popped\s+up|emerged|surfaced|crept\s+in|came\s+to\s+light|went\s+wrong|got\s+missed|got\s+overlooked|got\s+dropped|got\s+lost|
             were\s+(?:missed|overlooked|dropped|forgotten|lost|not\s+(?:done|great|ideal))|(?:slipped|fell|got\s+lost)\s+through\s+the\s+cracks)"""),
    ("self", "issues problems complications difficulties challenges hiccups snags mistakes errors",
     r"""(?:issues|problems|complications|difficulties|challenges|hiccups|snags|mistakes|errors)\s+(?:(?:soon|quickly|then|also)\s+)?
          (?:came\s+up|arose|cropped\s+up|popped\s+up|emerged|surfaced|crept\s+in|came\s+to\s+light|started\s+(?:to\s+)?(?:pile|piling)\s+up|piled\s+up)"""),
    ("self", "i we", rf"""{_WE_SHAPE}(?:(?:really|just|probably)\s+)?(?:didn't|did\s+not|never)\s+(?:really\s+)?handle\s+(?:it|things|that|the\s+situation|the\s+pressure)\s+
          (?:(?:very|that|particularly|too)\s+)?well{_END}
      | {_WE_SHAPE}(?:(?:really|just|probably)\s+)?(?:handled|managed|dealt\s+with)\s+(?:it|things|that|the\s+situation)\s+(?:(?:quite|really|very|pretty)\s+)?(?:badly|poorly){_END}"""),
    ("self", "things details tasks balls", r"(?:things|details|tasks|balls)\s+(?:slipped|fell|got\s+lost)\s+through\s+the\s+cracks"),
    # a recovery with no how, told by the writer
    ("self", "i we eventually finally somehow ultimately in after luckily thankfully fortunately",
     rf"""{_RECOVERY_LEAD}(?:i|we)\s+(?:(?:eventually|finally|somehow|quickly|soon|then|just|also)\s+)?(?:managed\s+to\s+|were\s+able\s+to\s+|was\s+able\s+to\s+)?
        (?:{_FIX_VERB}\s+{_IT}(?:\s+(?:out|around|round|up)|\s+over(?:\s+with\s+(?:the|my|our|their)\s+[\w-]+)?)?
          |(?:got|get|brought|bring|put|steered)\s+(?:it|things|everything|the\s+project|them|us)\s+back\s+(?:on\s+track|to\s+normal|under\s+control|on\s+course)
          |got\s+there|got\s+through(?:\s+it)?|pulled\s+through|muddled\s+through|scraped\s+through|made\s+it\s+work|bounced\s+back|recovered|
           pulled\s+it\s+(?:back|off|round|around)|turned\s+(?:it|things)\s+(?:around|round)|got\s+it\s+over\s+the\s+line|got\s+on\s+top\s+of\s+(?:it|things)|
           made\s+it(?:\s+through)?|survived|coped){_TRAIL}{_END}"""),
]


def _dispatch() -> dict[str, re.Pattern]:
    """For each opening word, one pattern of the shapes that can open with it (a named group per kind)."""
    by_word: dict[str, list[tuple[str, str]]] = {}
    for kind, words, pattern in SHAPES:
        for word in words.split():
            by_word.setdefault(word, []).append((kind, pattern))
    compiled = {}
    for word, shapes in by_word.items():
        kinds: dict[str, list[str]] = {}
        for kind, pattern in shapes:
            kinds.setdefault(kind, []).append(f"(?:{pattern})")
        alternatives = "|".join(f"(?P<{kind}>{'|'.join(patterns)})" for kind, patterns in kinds.items())
        compiled[word] = LazyPattern(alternatives, re.X, compiled_patterns.compile_re)  # most drafts open only a few; re matches these twice as fast as regex
    return compiled


_DISPATCH = _dispatch()
_NEEDS = ("event", "vague", "stuff", "it")
_SUBJECT_REACH = 70


# Where a shape can open: any word that opens one, at a word start ("i've" opens as "i").
_OPENING = compiled_patterns.compile_re(rf"\b(?:{word_alternation(_DISPATCH)})(?![\w-])")


def vague_spans(draft):
    """(sentence, start, end) of each vague telling whose subject fits its predicate."""
    low = lowered(draft)
    sentences = draft.sentences
    if not sentences:
        return
    starts = [s.start for s in sentences]
    dispatch = _DISPATCH
    resume = 0
    for word in _OPENING.finditer(low):
        start = word.start()
        if start < resume or (start and low[start - 1] in "'-"):
            continue
        index = bisect.bisect_right(starts, start) - 1
        if index < 0 or start >= sentences[index].end:
            continue
        sentence = sentences[index]
        match = dispatch[word.group()].match(low, start, sentence.end)
        if match is None:
            continue
        end = match.end()
        if end < len(low) and (low[end].isalnum() or low[end] == "-"):
            continue
        kind = match.lastgroup
        before = low[max(sentence.start, start - _SUBJECT_REACH) : start]
        if kind == "any":
            subject = _SUBJECTS["vague"].search(before)
        elif kind in _NEEDS:
            subject = _SUBJECTS[kind].search(before)
            if subject is None:
                continue
        else:
            subject = None
        resume = end
        if subject is not None:
            first_at = start - len(before) + subject.start()
            if relative_subject(low, sentence.start, first_at, subject.group("subject")):
                if kind != "any":
                    continue
            else:
                start = first_at
        yield sentence, start, end


# -- context ----------------------------------------------------------------------------------

# "what went wrong", "if it didn't work out", "so nothing falls through the cracks": asked about,
# supposed or guarded against, not told. "When it slipped, I called…" is background to the action
# that follows, about something already named.
_HYPOTHETICAL = compiled_patterns.compile_re(
    r"""\b(?:if|whether|unless|in\s+case|so\s+that|lest|what|where|how|why|whatever|wherever|whenever|however|worried|worry|afraid|
    scared|fear|feared|risk|risked|chance|could|might|would|should|make\s+sure|making\s+sure|ensure|ensuring|to\s+avoid|prevent|
    preventing|before|expect|expected|thought|assumed|hoped|hope|pretend|pretended|as\s+if|as\s+though|anything|nothing|
    not\s+that|the\s+idea\s+that|the\s+fear\s+that|now|unlikely|
    when|once|as\s+soon\s+as|the\s+moment|by\s+the\s+time|until|till|likely|may|must|can|will|won't|wouldn't|couldn't|going\s+to)\b
    [^.,;:!?\u2013\u2014]{0,40}\Z""",
    re.X,
)
_BEFORE_REACH = 50


def hypothetical(low: str, sentence_start: int, start: int) -> bool:
    """A question, a condition, a fear or a precaution governs the words at ``start``."""
    return bool(_HYPOTHETICAL.search(low, max(sentence_start, start - _BEFORE_REACH), start))


_CLAUSE_OPENER = compiled_patterns.compile_re(
    r"""(?:^|[.,;:!?(\u2013\u2014"“‘]|\b(?:and|but|so|then|because|honestly|frankly|really|basically|yet|still|though|
    although|unfortunately|sadly|eventually|ultimately|finally|soon|and\s+then|which|when|until))\s*\Z""",
    re.X,
)


def relative_subject(low: str, sentence_start: int, first: int, subject: str) -> bool:
    """"that"/"this" as a relative pronoun, not the subject: "the deal that went nowhere",
    "I wrote down everything that went wrong"."""
    if subject.split(None, 1)[0] not in ("that", "this") or " " in subject.strip():
        return False
    return not _CLAUSE_OPENER.search(low, max(sentence_start, first - 30), first)


# -- content in the same sentence -------------------------------------------------------------

_EXPLAINING_PUNCT = (":", "\u2014", "\u2013", " - ", "(")
_EXPLAINED = compile_words(
    r"""because|since\s+(?!then)|as\s+(?:I|we|he|she|they)\s+(?!was\b|were\b)|due\s+to|thanks\s+to|owing\s+to|
    by\s+(?:\p{N}|\p{L}+ing)|
    (?:when|once|the\s+moment|as\s+soon\s+as|until|where)\s+(?!(?:it|things|everything|that|this|stuff|the\s+(?:day|week|time|end)|all)\b)\p{L}+|
    (?:after|before)\s+(?:I|we|he|she|they|someone|somebody|the\s+[\p{L}-]+\s+(?:had|was|were|\p{L}+ed))\b|
    (?:at|in|during)\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:stage|step|phase)|
    (?:after|before|from|with)\s+\p{L}+ing|
    the\s+(?:big|biggest|worst|main|first|most\s+serious|costliest|real|key|chief)(?:\s+(?:one|of\s+which|of\s+them|problem|issue|mistake|error))?\s+(?:was|being)|
    including|such\s+as|namely|for\s+(?:example|instance)|e\.g\.|in\s+particular|notably|especially|starting\s+with|mainly|mostly|chiefly|
    like\s+(?:the|a|an|my|our|when)|over\s+(?:the|a|an|my|our|which)|about\s+(?:the|a|an|which|how|my)|
    (?<=,\s{0,2})(?!(?:leaving|meaning|causing|making|forcing|resulting|costing|leading|putting|landing|taking|giving|sending|
       adding|creating|hurting|damaging|affecting|frustrating|annoying|upsetting|embarrassing|everything|nothing|something|anything|morning|evening)\b)\p{L}+ing"""
)
_FIGURE_REACH = 8
# "went wrong at the emulsion": the point where it broke is content.
_PINPOINT = compiled_patterns.compile_re(r"\s*at\s+(?:the|my|our)\s+(?!end\b|time\b|start\b|moment\b)\w+", re.I)
_NON_SPACE = compiled_patterns.compile_re(r"\S+")


# Content must explain the vague words themselves, in their own clause: "it didn't work out, and
# as usual I left the review to the end" goes on to a new clause and leaves the phrase as vague.
_CLAUSE_BREAK = compiled_patterns.compile_re(r";|\.\s|,\s*(?:and|but|so|which|then|while|though|although|yet|after\s+which)\b|\s(?:and\s+then|but|so|while|whilst)\s")
# Except a list of the trouble, however it is joined on: "…, and the worst was a wrong postcode".
_ENUMERATED = compile_words(
    r"the\s+(?:big|biggest|worst|main|first|most\s+serious|costliest|real|key|chief)(?:\s+(?:one|of\s+which|of\s+them|problem|issue|mistake|error))?\s+(?:was|being)"
)


def content_follows(draft, sentence, end: int, rest: str) -> bool:
    """The clause goes on to say what happened: words after a colon or dash, a cue such as
    "because" or "when the supplier…", or a figure within a few words."""
    if _ENUMERATED.search(rest):
        return True
    cut = _CLAUSE_BREAK.search(rest.lower())
    clause = rest[: cut.start()] if cut else rest
    for mark in _EXPLAINING_PUNCT:
        where = clause.find(mark)
        if where >= 0 and len(rest[where + len(mark) :].split()) >= 3:
            return True
    if _PINPOINT.match(clause):
        return True
    cue = _EXPLAINED.search(clause)
    if cue and len(rest[cue.end() :].split()) >= 2:
        return True
    return _figure_after(draft, sentence, end, clause)


def _figure_after(draft, sentence, end: int, rest: str) -> bool:
    cache = per_sentence(draft, "vague-figures")
    if sentence.start not in cache:
        cache[sentence.start] = [sentence.start + m.start() for m in quantities(plain(draft)[sentence.start : sentence.end], dates=False)]
    reach = end + len(rest)
    for count, word in enumerate(_NON_SPACE.finditer(rest), 1):
        if count == _FIGURE_REACH:
            reach = end + word.end()
            break
    return any(end <= at < reach for at in cache[sentence.start])
