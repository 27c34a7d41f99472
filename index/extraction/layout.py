"""A release's parts, read from its printed layout: the header block above the body.

Releases, speeches and transcripts that keep their line breaks print their
metadata as lines of their own before the body: a letterhead ("THE HON.
JANE SMITH MP" / "MINISTER FOR HEALTH"), page furniture ("MEDIA RELEASE",
"FOR IMMEDIATE RELEASE", contacts), a photo credit, the headline, a speech
header ("Remarks by Governor Jane Doe", "At the Harbour Conference,
Rotterdam", "Address to the ... Forum, Sydney"), a date line. Each line of
the header is classified once here; the field extractors read the parts
they need (:class:`Layout`). Transcripts are read as turns ("SMITH: ...").

Texts scraped into one run of words have no such block; for them the
layout is empty and the run-on rules of the other modules apply.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from index.extraction import names, titles, wordlists
from index.extraction.names import LOWER, UPPER
from index.language import language_scores

#: The header is read in this many lines and characters at most.
HEADER_LINES = 16
HEADER_CHARS = 1600
#: A line with more words than this is body text, not header.
MAX_HEADER_WORDS = 32

# "Check against delivery" in the languages speeches print it in.
_DELIVERY_NOTE = (
    r"(?:check against delivery|as prepared for delivery|only the spoken word counts|"
    r"es gilt das gesprochene wort|seul le (?:texte )?prononc[ée] fait foi|le texte prononc[ée] fait foi|"
    # ("Só faz fé a versão efectivamente proferida")
    r"s[oó]lo vale lo pronunciado|(?:s[oó] )?faz f[ée] a vers[aã]o (?:efe(?:c)?tivamente )?"
    r"proferida|het gesproken woord geldt|"
    r"enkel de uitgesproken tekst geldt|det talte ord gælder|fa fede (?:solo )?il "
    r"(?:testo )?pronunciato)"
)
# A newswire's field labels (see _OWN_LINES).
_WIRE_FIELD = (
    r"(?:slug|distribution|priority|language|word\s+count|multimedia|industry|circuits?|"
    r"subject|ticker|category)"
)
# A page's controls and a press desk's own lines: furniture that never stands in as
# a heading (see _GENERIC_FURNITURE_RE).
_OWN_LINES = (
    # A site's bare domain, its language switch ("Språk: Norsk | English"), a wire's
    # codes ("OTS0147 5 II 0402 NEF0012 CI  Do, 14.Mär 2024"), a dated label in other
    # languages ("Pressemitteilung vom 07.02.2025"), a page's meta row ("News article |
    # 6 March 2025 | Representation in Portugal | 3 min read", "Posted: 21 October 2024 |
    # Category: Speeches | Share: f X").
    r"(?-i:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})|"
    r"(?:language|languages|språk|sprog|kieli|sprache|langue|idioma|lingua|taal)\s*:\s*"
    r"[^\W\d]+(?:\s*[|/·]\s*[^\W\d]+)+|"
    r"(?-i:[A-Z]{2,6}\d{3,6}(?:\s+\S+){0,4}?\s+[A-Z]{2,6}\d{3,6}\b(?:\s+\S+){0,6})|"
    # ("OTS0112 | WIRTSCHAFT | Di, 03.Dez 2024, 10:45": the code, its desk and time)
    r"(?-i:[A-Z]{2,6}\d{3,6})(?:\s*\|\s*[^|\n]{1,40}){1,4}|"
    r"(?:pressemitteilung|presseinformation|medienmitteilung|communiqué de presse|"
    r"comunicado de prensa|comunicato stampa|persbericht)\s+(?:vom|du|del|van)\s+[\d./-]+|"
    r".{2,120}\|\s*\d+\s*min(?:ute)?s?\s+read|(?:posted|published)\s*:.{2,60}\|.*|"
    # A notice's kind: "CALL FOR PROPOSALS"
    r"call for (?:proposals|applications|papers|nominations|tenders|expressions of interest)|"
    r"skip to (?:the )?(?:main )?content|cookies on .{2,40}|to:\s.{0,40}\bmedia\b.*|"
    r"media replies|verbatim extract|speakers?\s+key:?|"
    r"\[?\s*check against (?:audio|video)\s*\]?|"
    # "Check against delivery" in other languages, one or in a row: "Seul le prononcé
    # fait foi – Enkel de uitgesproken tekst geldt – Check against delivery", "Es gilt das
    # gesprochene Wort | Check against delivery", "Only the spoken word counts / Faz fé a
    # versão proferida"
    rf"{_DELIVERY_NOTE}(?:\.?\s*[/|–—-]\s*{_DELIVERY_NOTE})*\.?|"
    # A release's status and its number under a local label: "STATUS: Immediate",
    # "Nomor: 027/HUMAS-DKP/III/2025".
    r"status\s*:.{0,40}|(?:nomor|n[uú]mero|numéro|nummer|numer|číslo|broj)\s*[:.]\s*[\w/.-]*\d[\w/.-]*|"
    # An exchange feed's fields: "Market: Euronext Oslo Børs", "Ticker: NKSH", "ISIN: ..."
    r"(?:market|ticker|isin|lei|category)\s*:.{0,120}|"
    # a newswire's and an exchange's fields: "SLUG: PE-X", "PRIORITY: Routine", in
    # capitals; in any case two or more on a line ("Distribution: Brazil | Circuits:
    # Energy"), a count ("Multimedia: 2 photos", "Word count: 400") or a share's code
    # ("BSE Share Code: MML"); not a headline's label ("Distribution: Board tightens ...")
    r"(?-i:SLUG|DISTRIBUTION|PRIORITY|WORD COUNT|MULTIMEDIA|INDUSTRY|CIRCUITS?)\s*:.{0,160}|"
    rf"{_WIRE_FIELD}\s*:[^|\n]{{1,80}}?(?:\s*\||[^\S\n]{{2,}})\s*{_WIRE_FIELD}\s*:.{{0,160}}|"
    r"(?:multimedia|word\s+count)\s*:\s*(?:approx\.?\s*)?\d.{0,80}|"
    r"(?:[a-z]{2,5}\s+)?(?:share|stock)\s+code\s*:.{0,160}|"
    # a broadcast's channels and hour: "Broadcast on Radio Greenvale and GTV at 8 pm"
    r"(?:broadcast|aired|streamed|televised)(?:\s+live)?\s+on\s+(?!.*\bfrom\b).{2,80}|"
    # a byline naming only the office: "By H.E. the President", "By the Prime Minister"
    r"by\s+(?:(?:h\.\s?e\.|his|her)\s+(?:excellency\s+)?)?the\s+(?:[\w-]+\s+){0,3}?(?:president|"
    r"prime\s+minister|premier|governor|minister|mayor|chair(?:man|person)?|secretary-general)"
    # ("by the Minister of Labour and Social Security": with the portfolio)
    r"(?:\s+(?:of|for)\s+[^\W\d][^,;:.\n]{2,70})?|"
    # A press release's label, a page's reading time and a translation's note in other
    # languages: "Nota de prensa", "Leestijd: 2 minuten", "[Unofficial English translation
    # – the Italian original is authoritative]".
    # (a joint one's too: "Gemensamt pressmeddelande · Yhteinen tiedote")
    r"(?:gemensamt\s+|fælles\s+|felles\s+|yhteinen\s+|gezamenlijk\s+|wspólny\s+)?"
    r"(?:nota de prensa|nota à imprensa|persbericht|pressmeddelande|pressemelding|"
    r"pressemeddelelse|(?:lehdistö)?tiedote|komunikat prasowy|tisková zpráva)|"
    r"(?:reading\s+time|leestijd|lesezeit|lesedauer|temps de lecture|tiempo de lectura|"
    r"tempo di lettura|lästid|lesetid)\s*:?\s*\d+\s*\w*(?:\s*\([^()]{1,30}\))?|\[[^\[\]\n]*\btranslation\b[^\[\]\n]*\]|"
    r"(?:last\s+)?updated\s*:.*|"
    # A UN document's furniture: "Provisional agenda item 3    ORIGINAL: ENGLISH".
    r"(?:provisional\s+)?agenda\s+item\s+[\w.()]+(?:\s+original\s*:\s*\w+)?|"
    r"original\s*:\s*\w+|distr\.?\s*:\s*\w+|"
    # A parliament's record of its sittings: "Official Report", "Version finale",
    # "Uncorrected transcript", "Hansard".
    r"official\s+report(?:\s+of\s+debates)?|hansard|version\s+(?:finale|préliminaire|provisoire)|"
    r"(?:uncorrected|unrevised|provisional)\s+(?:transcript|evidence|version)|"
    r"(?:oral|written)\s+evidence|examination\s+of\s+witness(?:es)?|witness(?:es)?|"
    r"questions?\s+\d+\s*[-–]\s*\d+|"
    # a sitting's question time: "QUESTIONS AND ANSWERS", "Oral Answers to Questions",
    # "Question No. 287", "PARLIAMENTARY DEBATES (HANSARD)"
    r"questions\s+(?:and|&)\s+answers|(?:oral|written)\s+answers(?:\s+to\s+questions)?|"
    r"question\s+(?:no\.?|number)\s*\d+|parliamentary\s+debates(?:\s+\(hansard\))?|"
    # An editor's note in square brackets: "[Governor X joined by telephone. Transcript
    # edited for length.]" (a caption, "[Photo: ...]", is a photo's line)
    r"\[(?![^\[\]\n]*\b(?:photos?|fotos?|pictures?|images?|photograph|caption|credit|pictured)\b)"
    r"[^\[\]\n]{3,300}\]"
)
# A page's languages, as its switch names them: "Cymraeg | English", "LT | EN".
_LANGUAGE_NAMES = (
    r"(?:english|cymraeg|français|francais|deutsch|español|espanol|gaeilge|gàidhlig|norsk|"
    r"svenska|suomi|dansk|nederlands|italiano|português|portugues|polski|lietuvių|eesti|"
    r"latviešu|íslenska|čeština|slovenčina|slovenščina|magyar|română|ελληνικά|türkçe|"
    r"te reo māori|māori|bahasa(?: melayu| indonesia)?|русский|українська|中文|日本語|한국어|"
    r"العربية|(?-i:[A-Z]{2}))"
)
# A page's list of other stories over the headline: "Most read this week" / "1. New rector
# sworn in ..." / "2. Admissions 2024: ...".
_STORY_LIST_LABEL = (
    r"(?:most\s+(?:read|popular|viewed)(?:\s+(?:this|last)\s+(?:week|month))?|"
    r"related\s+(?:news|articles|stories)|(?:latest|top|more)\s+(?:news|stories))"
)
_PERSONAL_STATEMENT = r"personal\s+statement"
#: An agency's line over or under the release it sends for its issuer: "Issued on behalf of
#: Stiftung Bergwald Zukunft", "Communiqué distributed on behalf of the X Commission",
#: "Distributed by PanAfrica Newswire on behalf of Sokoni Cold Chain Ltd."
ON_BEHALF = (
    r"(?:(?:(?:communiqu[ée]|(?:press|media|news)\s+release|release|statement)\s+)?"
    r"(?:issued|released|distributed|sent)(?:\s+by\s+[^\n]{3,80}?)?\s+on\s+behalf\s+of\s+"
    # (and in French, German, Spanish: "Diffusé par Actu-Presse pour le compte de X")
    r"|(?:diffusé|verbreitet|distribuido)\s+(?:par|durch|por)\s+[^\n]{3,80}?\s+"
    r"(?:pour\s+le\s+compte\s+de|im\s+auftrag\s+von|en\s+nombre\s+de)\s+)"
)
# When a page was put up: "Published 15.01.2025", "Posted on June 3, 2024".
_PUBLISHED_ON = (
    r"(?:published|posted|updated)(?:\s+on)?\s+(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\s+"
    r"[a-z]{3,9}\.?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})"
)
_FURNITURE_RE = re.compile(
    # "For immediate release    12 July 2023" (and scanned: "For irnmediate re1ease",
    # "For lmmediate Release")
    r"(?i)^(?:for [il1](?:m|rn){2}ediate re[l1]ease\b.*|joint release|"
    # Canada.ca's "Joint news release with the Government of Nova Scotia"
    r"joint\s+(?:media|press|news)\s+(?:release|statement)\s+with\s+(?:the\s+)?(?-i:[A-Z]).{2,100}|"
    r"(?:joint\s+)?(?:media|press|news)\s+(?:release|statement|"
    r"advisory|conference|briefing|announcement|note|summary)s?(?:\s+summary)?|official (?:release|statement)|"
    # a site's press section over the headline: "Press centre", "Newsroom"
    r"(?:press|media)(?:\s+and\s+communications?)?\s+(?:centre|center)|newsroom|"
    # "News releases Manitoba": a site's section and the site's name
    r"(?:media|press|news)\s+releases(?:\s+(?-i:[A-Z][\w'’-]+)){1,2}|"
    # A transcript's legend: "Time: 10.00am", "On the record: Governor X; Deputy Governor Y".
    # ("Zeit / Heure: 10:00", "Beginn: 11:00 Uhr", "Rubrik: Zeugenaufruf", a tender's
    # "Delivery location: Entebbe"; a field's label in one language or two)
    r"(?:time|zeit|heure|hora|ora|uhrzeit|beginn|rubrik|rubrique|kategorie|category|"
    r"delivery\s+location)(?:\s*/\s*[^\W\d_]+)?\s*:.*|on the record\s*:.*|(?:members\s+|also\s+)?present\s*:.*|in\s+attendance\s*:.*|"
    r"apologies\s*:.*|(?:post|pre)-?(?:match|game|race|fight)\s+(?:press|media|news)\s+"
    r"conference|(?:remarks|speech|text)\s+as\s+(?:prepared\s+for\s+delivery|delivered)|"
    r"delivered\s+(?:upon|on\s+the\s+occasion\s+of)\b.*|"
    # "Main topics:", "Number: 47", "Press release 4 March 2025", "News item 4.3.2025 14.05",
    # "District News", "Spokesperson's Briefings"
    r"(?:main\s+)?topics?\s*:.*|number\s*:\s*\d+|(?:(?:press|media|news) release|news item)\s+[\w.,: ]*\d{4}[\d.: ]*|"
    # "PRESS RELEASE SG/CP 071-2024": the label and its code
    r"(?:press|media|news)\s+release\s+\w+[/-][\w/.-]*+(?:\s+(?=[\w/.-]*\d)[\w/.-]++)?|"
    # "REGIONAL ADVISORY No. 112, s. 2025", "Handout No. 1184/PR/2024 Dated 14.08.2024",
    # "ADVISORY No. NDMA/NEOC/ADV/2025/071": a numbered label
    # ("GIS BULLETIN No. 114/2024    Page 1 of 2")
    # ("TSUNAMI INFORMATION STATEMENT No. 3", "SITUATION REPORT No. 14": a series' number)
    r"(?:[\w-]+\s+){0,2}(?:advisory|handout|press\s+note|circular|bulletin)\s+no\.?\s*[\w/.-]*\d[\w/.-]*\b.*|"
    # (a warning's number ends its line: not "Tsunami Warning No. 2 cancelled for Tonga")
    r"(?:[\w-]+\s+){0,3}(?:(?:information|situation)\s+(?:statement|report|update)|warning|alert)"
    r"\s+no\.?\s*[\w/.-]*\d[\w/.-]*(?:\s*[–—:-]?\s*(?:final|update|cancellation))?|"
    # a transcript's legend: "Q = reporters", "A = Minister"
    r"[a-z]{1,3}\s*=\s*\w[\w ,.;]{0,60}|"
    # who the note is sent to: "Dissemination: All Newspapers / TV Channels ..."
    r"(?:dissemination|distribution|circulation|copy\s+to)\s*:.*|"
    r"(?:daily|weekly)\s+hansard|nota de prensa\s+[\d\s/.-]+|"
    # the Commission's "Daily News 13 / 06 / 2025", "News article | 24 March 2025 | DG X"
    r"(?:daily|weekly)\s+news\s+[\d\s/.-]+|news\s+article\s*\|.*|"
    # an Italian office's protocol number: "Prot. n. 2025/0184233"
    r"prot(?:ocollo)?\.?\s*(?:n|nr|no)\.?\s*[\w/.-]*\d[\w/.-]*|"
    # "Reference: log 1538 of 1st March 2025"; a listed company's "Regulated information
    # | 30 October 2025, 07:00 CET"
    r"(?:our\s+|your\s+)?ref(?:erence)?\.?\s*:.{1,80}|regulated\s+information\b.*|"
    # a court's bench and case number: "Coram: A, B and C", "Civil Appeal No. 14 of 2022"
    r"coram\s*:.*|(?:civil|criminal|constitutional)\s+(?:appeal|application|petition|case)\s+"
    r"no\.?\s*\d+\s+of\s+\d{4}|"
    # a listing, then the label: "IDX: SBKN For immediate release"
    r"[a-z]{2,6}\s*:\s*[\w.]{2,8}\s+for immediate release\b.*|"
    r"(?:[\w'’]+\s+)?news|spokes(?:person|man|woman)['’]s\s+briefings?|media alert|statement|joint statement|transcript|"
    # a person's own statement's label: "PERSONAL STATEMENT"
    rf"{_PERSONAL_STATEMENT}|"
    # a news service's stamp under the headline: "Published by Federal News Service on 3
    # February 2025"
    r"(?:published|posted)\s+by\s+.{3,80}?\s+on\s+.{0,20}\d{4}.*|"
    # whom an agency sends it for: "Issued on behalf of Stiftung Bergwald Zukunft"
    rf"{ON_BEHALF}.*|"
    # a numbered notice's label: "PUBLIC NOTICE No. 27 of 2024"; whom it is for:
    # "Attention: Residents, businesses, schools and health facilities"
    # ("PRESS NOTICE No. 27", "Notice to Mariners No. 58/2024")
    # ("Notice No. MRID/2024/09": a division's code before the number)
    r"(?:(?:public|general|press)\s+)?notice(?:\s+to\s+\w+)?\s+no\.?\s*(?:[a-z]{2,8}/)?\d+(?:/\d+)*"
    r"(?:\s+of\s+\d{4})?|"
    r"attention\s*:.*|attn\.?\s*:.*|"
    # a notice's addressees over its headline: "NOTICE TO PASSENGERS AND SHIPPERS"
    r"(?:public\s+)?notice\s+to\s+(?:all\s+)?[a-z]+(?:\s+(?:and|&)\s+[a-z]+)?|"
    # a company's tag under its name: "A member of the Kumul Valley Group of Companies" (not
    # "A member of the public rescued from the river", a headline)
    r"an?\s+(?:member|subsidiary|division|unit)\s+of\s+(?:the\s+)?\S.{0,60}\b(?:group(?:\s+of\s+"
    r"companies)?|companies|holdings?|plc|limited|ltd)\.?|"
    # a listed company's disclosure field: "Legal basis: Article 17(1) MAR – inside information"
    r"legal\s+basis\s*:.*|"
    # a page's list of other stories: "Most read this week", "Related news"
    rf"{_STORY_LIST_LABEL}|"
    # ("JOINT TRANSCRIPT"; a page's kind: "Publication - Speech/statement")
    r"publication\s+[-–—]\s+[\w/ ]{3,30}|(?:joint\s+)?"
    r"(?:doorstop|television|radio|press conference|tv|joint press conference)?\s*(?:interview|"
    r"transcript|doorstop)|e\s*&\s*oe|e\.\s*&\s*o\.\s*e\.?|(?:please\s+)?check against delivery|"
    # ("Sperrfrist: Beginn der Rede", "Embargo : jusqu'au discours": an embargo's line)
    r"(?:as )?prepared for delivery|embargo(?:ed)?\b.*|sperrfrist\b.*|speech|address|keynote|remarks|news|"
    # "TEKS UCAPAN / SPEECH TEXT": a speech's label, in Malay too
    r"speech text|text of (?:the )?speech|teks ucapan|"
    # a speech's opening invocation or greeting: "Bismillahir Rahmanir Rahim",
    # "Assalamualaikum Warahmatullahi Wabarakatuh", "Om Swastiastu", "Salam Sejahtera"
    r"bismillah(?:ir)?[\s-]*rahman(?:ir)?[\s-]*rahim\W*|assalamu['’]?\s*alaikum\b.*|"
    r"om\s+swastiastu\W*|salam\s+sejahtera\W*|"
    # (a scan's space inside a word: "PRESS RE LEASE")
    r"press (?:re\s?lease|rel\s?ease)|(?:(?:press|media)\s+)?communiqu[ée]|for release\b.*|release|"
    r"update|latest news|"
    r"subjects?:.*|subject/s:.*|topics?:.*|published:.*|for immediate release:.*|proof only|"
    r"for immediate use|notice to (?:newsdesks|editors)|photo opportunity|media advisory|"
    # a disclosure wire's lines: "EQS-News: X AG / Key word(s): Contract", "04.03.2024 /
    # 07:00 CET/CEST", its disclaimer; a news room's widget ("Report this content")
    r".{0,80}\bkey\s*words?(?:\(s\))?:.*|\d\d\.\d\d\.\d{4}\s*/\s*\d{1,2}:\d\d(?:\s+[A-Z]{3,4}(?:/[A-Z]{3,5})?)?|"
    r"the issuer is solely responsible for the content of this announcement\.?|"
    r"report this content|peer-reviewed publication|"
    # a wire release's addressees: "TO BUSINESS AND FINANCIAL EDITORS:", "Attention News
    # Editors", "TO NATIONAL DESK"
    r"(?:to|attn\.?|attention)\s*:?\s+(?:[a-z]+(?:,?\s+(?:and|&)?\s*|\s+)){0,4}"
    r"(?:editors?|desks?|writers?|correspondents?)\s*:?|"
    r"for planning purposes only|statistical release|also available in \w+\b.*|"
    # A site's section ("Speeches and articles"); a report's kind ("Annual Report 2025 |
    # Letter to Shareholders").
    r"speeches\s+(?:and|&)\s+(?:articles|statements|remarks|addresses|transcripts)|"
    r"annual report(?:\s+\d{4})?|"
    r"letter to (?:the\s+)?(?:shareholders|stakeholders|members|investors)|"
    # A listed company's disclosure labels: "FATO RELEVANTE / MATERIAL FACT", "Ad-hoc-Mitteilung".
    r"material fact|fato relevante|hecho relevante|comunicado ao mercado|ad[- ]hoc(?:[- ]mitteilung|"
    r" announcement)?|"
    r"as delivered|and|&|with|(?:at\s+)?\d{1,2}[.:]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+\w{2,5})?|ends|-?\s*ends\s*-?|#+|\*+|-{3,}|page \d+ of \d+|"
    r"[A-Z]{2,5}/\d{2}/\d{1,5}|ref(?:erence)?[:.]?\s*\S+|contacts?:?|media contacts?:?|"
    r"(?:(?:press|media|news|official) (?:release|statement)|pressemitteilung|medienmitteilung|"
    r"communiqué(?: de presse)?|comunicado(?: de prensa)?|comunicato(?: stampa)?) "
    r"(?:no\.?|nr\.?|n°|number)\s*:?\s*\S+.*|no\.\s*\d+/\d+|"
    r"from the desk of\b.*|no\.?\s+[A-Z]*[\w/-]*\d[\w/-]*(?:\s+dated?\b.*)?|"
    r"page \d+|-\s*\d+\s*-|[*※]*\s*check against delivery\s*[*※]*|public notice|notice|"
    r"press briefing notes?|briefing notes?|pressemitteilung|medienmitteilung|communiqué|"
    r"communiqué de presse|comunicado de prensa|comunicato stampa|media statement|"
    r"(?:press|media) notice|sala de (?:prensa|imprensa)|salle de presse|"
    # Malay and Indonesian: "KENYATAAN MEDIA", "Kenyataan Akhbar", "SIARAN PERS"
    r"kenyataan (?:media|akhbar)|siaran (?:pers|media)|"
    # "PRESS RELEASE N°087/2025", "Comunicato stampa n. 58 – 16/04/2025"
    r"(?:press release|comunicato stampa|communiqué(?: de presse)?|comunicado(?: de prensa)?|"
    r"nota de prensa|pressemitteilung|persbericht|press note)\s+(?:n[°º.o]*\s*|nr\.?\s*)?\d[\w/-]*"
    r"(?:\s+dated\s*:?\s*[\d./-]+)?"  # ("Press Note No. 1423/IPR   Dated: 04.11.2024")
    r"(?:\s*[–—-]\s*[\d/.]+)?|briefings?\s*(?:&|and)\s*statements|"
    r"transcript of (?:proceedings|press conference|interview)\b.*|"
    r"transcript of (?:an? |the )?(?:doorstop|(?:radio|television|tv|doorstop) interview)|"
    r"(?:joint\s+)?press conference|statement to the (?:media|press)|"
    # A series' name and its issue over the headline: "MONETARY POLICY STATEMENT | JUNE 2025"
    r"(?-i:[A-Z][A-Z &-]{2,60})\|\s*(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+\d{4}|"
    r"[A-Z]{1,4} \d+/\d{2,4}|[A-Z]{2,8}/\d{2}/\d{1,5}|(?:view|watch)(?: live)?(?: video)?|"
    r"live webcast|webcast|video|audio|podcast|share|print|introduction|overview|background|"
    # a court's summary: "Background to the petition", "Facts of the case", its bench
    # ("Members of the Tribunal: Judge X, ...", "Justices: Lord A, Lady B"), its case's
    # number ("Case reference: TCA 2024/0178"), "Information note"
    r"(?:background\s+to|facts\s+of)\s+the\s+(?:petition|case|appeal|application|complaint|claim)|"
    r"(?:members\s+of\s+the\s+)?(?:tribunal|bench|panel|justices|judges|coram)\s*:.*|"
    r"case\s+(?:reference|number|no\.?)\s*:.*|information\s+note|"
    r"conclusion|summary|.{0,80}\bpresented (?:identical|similar) (?:remarks|speech)\b.*|"
    r".{0,80}\bpresented an identical speech\b.*|"
    # Numbers and identifiers: "RNS Number : 7364T", "LEI: 2138…", "Episode 112",
    # "Comunicado No. 087/2022 (English translation)", "Release ID: 1908123".
    # An Indian company's identity and registered office: "CIN: L63090MH1996PLC101873",
    # "Regd. Office: Plot No. 18, Sector 11, ..."
    r"(?:regd\.?|registered)\s+office\s*:.*|"
    # a site's section: "News & Announcements", "News and Events"
    r"(?:news|media)\s*(?:&|and)\s*(?:announcements|events|updates|releases|media|press)|"
    # a German wire's header: "EQS-Ad-hoc: X AG / Key word(s): Change in Forecast"
    r"(?:eqs|dgap)[\w-]*\s*:.{1,120}/\s*key\s+words?(?:\(s\))?\s*:.*|"
    r"(?:rns|release|document|reference|ref|lei|isin|cin|legal entity identifier|securities code|"
    r"episode|issue|bulletin|circular|comunicado|comunicato|communiqué|communique|boletín|statement)"
    r"(?:\s+(?:no\.?|n\.|number|id|code|uin))?\s*[:#.]?\s*[\w/-]*\d[\w/-]*(?:\s*\(.*\))?|"
    r"(?:news|press|media) releases? (?:from|of|by)\b.*|inside information|"
    # A fax's or notice's count, hashtags, a listed company's or a harbour's kind of
    # notice, and who attended: "Number of pages: 3", "#KilifiBlueEconomy", "Market
    # Release", "NOTICE TO MARINERS", "Also present: X", "In attendance".
    r"(?:number of |no\.? of )?pages\s*:\s*\d.*|#\w+(?:\s+#\w+)*|"
    r"(?:market|asx|nzx|jse|sgx) (?:release|announcement)|notice to (?:mariners|airmen)|"
    r"also present\s*:.*|(?:members\s+)?in attendance\b\s*:?.*|present\s*:.*|"
    r"transcript\s*\(.*\)|(?:host|presenter|interviewer|moderator)s?\s*:.*|"
    # a broadcast's fields: "Program: Atlantic Tonight (ATV7)", "Date of broadcast: …"
    r"(?:program|programme|show|station|channel|guests?|date of broadcast)\s*:.*|"
    # A record's state: "Unrevised transcript — excerpt", "Uncorrected verbatim record".
    r"(?:unrevised|uncorrected|unedited|provisional|draft|official)\s+(?:verbatim\s+)?"
    r"(?:transcript|record|verbatim|report)(?:\s*[—–:-]\s*(?:excerpts?|extracts?|not\s+for\s+citation\b.*))?|"
    # A news page's widgets and a wire's credit: "Share this article", "NEWS PROVIDED BY".
    r"share (?:this|on)\b.{0,30}|share\s*:.{0,60}|(?:news )?provided by\b.{0,60}|"
    # the headline's translation under it, labelled with its language: "EN: New cycle streets"
    r"(?-i:EN|ENG|FR|DE|NL|IT|ES|PT)\s*:\s.*|"
    # a wire's masthead over its client's release: "PR Newswire", "GLOBE NEWSWIRE"
    r"(?:pr ?newswire|globe ?newswire|business ?wire|accesswire|newsfile(?: corp\.?)?|"
    r"ein presswire|prweb|canada newswire|cnw(?: group)?|cision(?: pr newswire)?)|"
    # the share buttons alone: "Facebook X LinkedIn Email"
    r"(?:(?:facebook|x|twitter|linkedin|whatsapp|e-?mail|print|telegram|reddit|bluesky|threads)"
    r"\s*[|·]?\s*){2,}|"
    # "Share this page: Facebook | X | WhatsApp | Email", "Share [Facebook] [X] [Email]"
    r"share(?: this(?: page| article| story)?)?\s*:?(?:[\s|·,]*\[?(?:facebook|x|twitter|"
    r"linkedin|whatsapp|e-?mail|telegram|reddit|copy link|print)\]?)+|"
    # A page's counters: "Views: 1,204", "3 min read"
    r"(?:views|hits|reads|page views)\s*:\s*[\d,.\s]+|\d+\s*min(?:ute)?s?\s+read|"
    # ... when it was put up, with the counter after it: "Published 3 June 2024 2 min read"
    # (a date line without it)
    # ("TOURISM 4 min read": a category in capitals and the reading time)
    rf"(?:{_PUBLISHED_ON}|(?-i:[A-Z][A-Z&]+(?: [A-Z&]+){{0,2}}))\s*[|·-]?\s*\d+\s*min(?:ute)?s?\s+read|"
    # A label and its category: "PRESS STATEMENT NARCOTICS" (not "... BY", "... ON")
    r"(?:media|press|news)\s+(?:release|statement)\s+(?!(?:by|on|of|from|for)$)(?-i:[A-Z]{3,20})|"
    # A mail bulletin's and a page's own lines: "Having trouble viewing this email? View it
    # as a Web page.", "Text Size: A A A", "Release: For immediate release", a listing
    # rule's number ("Capital Markets Rule: 5.16")
    r"having trouble viewing this\b.*|view (?:it|this (?:e-?mail|message)) (?:as a web page|"
    r"in (?:your|a) (?:web )?browser)\b.*|text size\s*:.*|"
    r"release\s*:\s*(?:for immediate release|immediate)\b.*|"
    r"(?:capital markets|listing|disclosure)\s+rules?\s*:?\s*[\d.]+.*|"
    # A chamber's record: "Sitting No. 241 – unrevised excerpt", "Simultaneous
    # interpretation from Slovenian and Croatian; unofficial transcript"
    r"sitting\s+(?:no\.?|number)\s*\d+\b.*|simultaneous interpretation\b.*|"
    r"(?:unofficial|official) transcript|"
    # What kind of text follows: "News story", "Written Statement by the Welsh
    # Government", "MINISTERIAL STATEMENT TO THE HOUSE", a speech's "Protocols."
    r"news story|(?:opening|closing) statement|(?:media|press) briefing transcript|protocols?|"
    r"(?:written|oral|ministerial) statement(?:\s+(?:by|to|from|of)\b.*)?|"
    # A forwarded e-mail's header: "To: Regional Media List", "Sent: 08 March 2004 11:52"
    r"(?:to|sent|cc|date sent)\s*:.*|"
    # ("– Unofficial English translation –", "Unofficial translation from the French")
    r"[\[(–—-]?\s*(?:provisional |unofficial )?(?:english )?translation"
    r"(?: from (?:the )?[a-zé]+(?: original)?)?\s*[\])–—-]?|"
    # "Boletín de prensa - English version"
    r"(?:(?:bolet[ií]n|comunicado|nota) de prensa|communiqu[ée] de presse)?[\s|/–-]*"
    r"\(?(?:english|en) (?:version|translation)\)?|(?:bolet[ií]n|nota) de prensa|"
    # A page's widgets and a press office's name: "Share Print Download PDF (312 KB)", "Press Wing".
    r"(?:(?:share|print|download|email|e-mail|tweet|pdf|listen|save|facebook|twitter|linkedin|"
    r"whatsapp|weibo|wechat|partager|imprimer|courriel|teilen|drucken|compartir|imprimir|"
    r"condividi|stampa|delen|printen)\b[\s|·,]*)+(?:pdf\s*)?(?:\(\d+\s*[kKmM]B\))?|"
    r"press wing|date\s*:.*|"
    # A speech's kind on a line of its own: "Keynote address", "Commencement speech".
    r"(?:keynote|opening|closing|welcome|welcoming|commencement|inaugural|budget)\s+"
    r"(?:address|speech|remarks|lecture)|"
    # A chamber record's section: "MEMBERS STATEMENTS", "Statements by Members".
    r"members'?’? statements|statements by members|questions without notice(?:\s+and\s+"
    r"ministers'?’?\s+statements)?|"
    # A chamber record's proof: "PROOF VERSION – not to be quoted as final", "Uncorrected proof"
    r"(?:uncorrected\s+)?proof(?:\s+version)?(?:\s*[–—-]\s*not\s+to\s+be\s+quoted\b.*)?|"
    r"(?:oral |written )?questions? time|adjournment(?: debate)?|matters of public importance|"
    # A web page's meta lines: "Posted 2 weeks ago · 5 min read", "Part of: Transport".
    r"(?:posted|updated|published)\s+\d+\s+\w+\s+ago\b.*|\d+\s+min(?:ute)?s?\s+read|part of\s*:.*|"
    # ... "Posted on 18 April 2024 · 4 min read": the date and reading time
    r"(?:posted|updated|published)(?:\s+on)?\s*:?\s+[\w ,.]{0,30}?\d{4}\s*[·|]\s*\d+\s+min(?:ute)?s?\s+read|"
    # A page's share buttons ("Compartir: Facebook X WhatsApp", "Share f X in"), its
    # cookie banner, its language switch ("Cymraeg | English"); an e-mail's attachments;
    # a transcript's note ("Check against recording. Passages translated ...").
    r"(?:share(?:\s+this(?:\s+page|\s+article|\s+story)?)?|compartir|compartilhe|compartilhar|"
    r"partager|teilen|condividi|"
    r"delen|del)\s*:?(?:\s+(?:facebook|x|twitter|linkedin|whatsapp|e-?mail|print|f|in|telegram|"
    r"reddit|bluesky|threads|copy link|[✉🖂🖨🔗⎙]))*|(?:we|this (?:site|website)) uses?\s+(?:[\w-]+\s+){0,3}?cookies\b.*|"
    r"(?:accept|reject|view|manage)\s+(?:[\w-]+\s+)?cookies\b.*|"
    rf"{_LANGUAGE_NAMES}(?:\s*[|/·]\s*{_LANGUAGE_NAMES})+|attachments?\s*:\s*\S+\.(?:pdf|docx?|xlsx?|jpe?g|png|zip)\b.*|"
    r"check against (?:the\s+)?(?:recording|broadcast|transcript)\b.*|"
    # A web page's own controls: "Skip to main content", "Menu", "EN FR DE SL".
    r"skip to (?:the )?(?:main )?(?:content|navigation|menu)|aller au contenu(?: principal)?|"
    # (a page's skip link and menu run together onto one line, its lines lost)
    r"skip to (?:the )?(?:main )?content\s.{10,600}|"
    r"zum inhalt(?: springen)?|menu|search(?:\.{3}|…)?|search (?:this|the) (?:site|website)|"
    r"print(?: this page)?|"
    r"(?-i:(?:[A-Z]{2}(?:\s*[|/·]\s*|\s+)){1,6}[A-Z]{2})|"
    # a page's controls flattened into one line: "Menu   Search   Svenska"
    rf"(?:(?:menu|search|home|sitemap|log\s?in|{_LANGUAGE_NAMES})(?:\s*[|/·]\s*|\s+)){{1,5}}"
    rf"(?:menu|search|{_LANGUAGE_NAMES})|"
    # A site's domain over its page: "gov.scot", "www.gov.ie", "Government.se".
    r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|gob|gouv|govt|scot|org|int|eu|(?-i:[a-z]{2}))|"
    r"e\s*&\s*oe\s+transcript|stock exchange (?:announcement|release|notice)|"
    r"(?:company |corporate )?announcement\s+(?:no\.?|number)\s*:?\s*[\w/-]*\d[\w/-]*|"
    # ("POLICE MEDIA RELEASE No. 112/2024", "News release #24-412", "Press Bulletin No. 2025/31")
    r"(?:[\w'’]+\s+){0,2}(?:press|media|news) (?:release|bulletin)\s+"
    r"(?:[A-Z]{1,4}\s+|no\.?\s*|#\s*)?[\w/-]*\d[\w/-]*|"
    # "PRESS NOTICE 27th January 1998": a label and its date
    r"(?:press|media|news) (?:notice|release|statement)\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+\d{4}|"
    # "Press release ENVI 29-01-2026 - 13:05": a label with its committee and date
    r"(?:press|media|news) release\s+(?:\S+\s+){0,3}\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b.{0,12}|"
    # A UN document symbol: "SG/SM/23187", "GA/EF/3551".
    r"(?:[A-Z]{2,5}/){1,3}\d{3,6}|(?:statements?|press releases?|meetings coverage)\s*\|\s*\S.*|"
    r"(?:speakers|participants|in attendance|present|release type|body|text)\s*:.*|"
    # A document page's fields: "Format: Situation Report", "Origin: View original",
    # "Attachments: Download report (PDF)", "Disaster type: Tropical Cyclone"
    # (not a headline behind a label: "Attachments: How Early Bonds Shape Adult Lives")
    r"format\s*:\s*\S+(?:\s+\S+){0,2}|origin\s*:\s*view\b.*|"
    r"attachments?\s*:\s*(?:download|view|pdf|\d).*|"
    r"(?:(?:content|document|disaster) type|(?:primary )?countr(?:y|ies)|file size)\s*:.*|"
    # "Version française disponible à / French version available at: ..."
    r"(?:version (?:française|anglaise|en français) disponible|(?:french|english|spanish) "
    r"version (?:available|here))\b.*|"
    # ... in other languages: "Sprecherinnen und Sprecher: ...", "Intervenants :"
    r"(?:sprecher(?:innen)?(?: und sprecher)?|teilnehmer(?:innen)?|teilnehmende|intervenants|"
    r"participantes|ponentes|relatori)\s*:.*|"
    r"key points|(?:story |key )?highlights|key (?:messages|facts|figures|findings)|quick facts|"
    r"at a glance|in brief|notes to editors?|"
    # "[Northern Lakes Health Service logo]"; "Ráiteas an Aire | Minister’s Statement"
    r"\[[^\[\]\n]{0,80}\blogos?\]|(?:the\s+)?(?:minister|premier|mayor|governor|president|"
    r"chair|speaker)['’]s\s+statement|"
    r"editor'?s notes?|about (?:the|this) (?:report|study|programme|program)|"
    # "ASX RELEASE" (an exchange's code, not "Early release"), "Registered charity no.
    # 1187342", "Neutral citation: [2022] X 318"
    r"(?-i:[A-Z]{2,6}) (?:release|announcement)|question|answer|supplementary questions?|"
    # A court's citation lines: "[2025] NZHC 2614", "On appeal from: [2023] IECA 117",
    # "Composition of Court: Five judges"; a speech's "Theme: ..." line.
    # (after the court's file number: "(SC 41/2024) [2025] NZSC 33")
    r"(?:\(?[A-Z]{2,6}\s+\d{1,5}/\d{2,4}\)?\s+)?"
    r"\[\d{4}\]\s+[A-Z]{2,8}(?:\s+(?:Civ|Crim|Fam|Admin))?\s+\d{1,5}|on appeal from\s*:.*|"
    r"composition of (?:the )?court\s*:.*|judgment\s*:\s*(?:unanimous|majority|reserved)\b.*|"
    r"theme\s*:.*|"
    # A state's name over its ministry: "Republic of the Philippines", "Hellenic Republic".
    r"(?:(?!of\b)[\w'’-]+\s+){0,3}(?:republic|kingdom)(?:\s+of\b.{2,40})?|"
    r"(?:independent|sovereign|plurinational)\s+state\s+of\b.{2,40}|"
    # ... in French, Spanish, Portuguese, Italian: "République de Côte d'Ivoire"
    r"(?:r[ée]publique|rep[úu]blica|repubblica)\s+(?:de|du|d['’]|della|dell['’]|do|da|del)\s*"
    r"(?-i:[A-ZÀ-Ý][\w'’-]*)(?:\s+(?:(?-i:[A-ZÀ-Ý][\w'’-]*)|d['’](?-i:[A-ZÀ-Ý])[\w-]*|de|del|la)){0,4}|"
    # and its motto under it: "Union – Discipline – Travail", "Paix – Travail – Patrie"
    r"[^\W\d]+\s[–—-]\s[^\W\d]+\s[–—-]\s[^\W\d]+|"
    r"(?:[\w'’]+ ){0,3}(?:press|media|communications?) (?:office|unit|team|service|department|"
    r"division|section|directorate)|(?:registered )?(?:charity|company) (?:no\.?|number)"
    r"\s*:?\s*[\w-]+|neutral citation:.*|"
    # A recall's "Recall Number: 25-318"; transcripts' and press pages' kinds; a
    # parliament's "Written questions, answers and statements"; a listed company's
    # "Investor relations · Current report no. 14/2025" and "Ad hoc announcement
    # pursuant to Art. 53 LR"; a speech's "SALUTATIONS"; a UN office's "For use of
    # information media – not an official record"; an earnings call's sections.
    r"recall (?:notice|number|no\.?|id)\b.*|(?:event|edited|unedited|verbatim|full) transcript|"
    r"(?:(?:media|press|news) conference|doorstop|(?:radio |television |tv )?interview) transcript|"
    r"(?:press|media) information|written questions,? answers and statements|"
    r"investor relations|current report\b.*|ad[ -]hoc (?:announcement|release)\b.*|"
    r"salutations?|(?:ref(?:erence)?\.?\s*:?\s*\S+\s+)?for (?:the )?use of (?:the )?"
    r"information media\b.*|"
    r"not an official record|(?:corporate|conference call|call|company) participants|"
    r"presentation|operator|question[- ]and[- ]answer session|(?:main\s+)?q\s*&\s*a(?: session)?|"
    # a summary's section labels: "Main points", "Key messages"
    r"(?:main|key)\s+(?:points|messages|takeaways)|"
    # A page's "Category: Statements"; a member's tagline "Proudly Representing Ohio's
    # 6th Congressional District".
    r"(?:espace presse|sala stampa|ufficio stampa|sala de prensa|press room)\b.*|speeches|interviews(?: and articles)?|articles and interviews|"
    r"pastoral letters?|\[\s*check against delivery\s*\]|"
    # A speech's or briefing's opening invocation and greeting: "Bismillah ir Rahman
    # ir Raheem.", "Assalam-o-Alaikum."
    r"bismillah\b.{0,40}|a?s+alam[\w-]*[ -]*(?:o[ -])?alaikum\b.{0,40}|"
    # A handout's kind and number: "PRESS HANDOUT", "Handout No. 2147"
    r"(?:press\s+)?handout(?:\s+no\.?\s*[\w/-]+)?|"
    # "Ref. No.: MRH/PR/025/2025"; a newsletter's "In this issue: ..."; a court's "Before:
    # Chief Justice X, Justice Y" (the bench, not a headline)
    r"ref(?:erence)?\.?\s*(?:no|number)\.?\s*:?\s*\S+|in this issue\b.*|"
    # "Ref: MCLAR/MR/2025/063   29.05.2025"
    r"ref\s*:\s*\S*\d\S*(?:\s+[\d./-]{6,10})?|"
    # A posting stamp: "04 MAR 2025 6:10PM by PIB Lucknow"
    r"(?:\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})[,\s]+"
    r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s+by\s+\S.{0,60}|"
    r"before\s*:\s*(?:the\s+)?(?:(?:chief|lord|lady|deputy)\s+)?(?:justice|judge|hon)\b.*|"
    # a court's "PRESS SUMMARY" and "Case No: X"; a page's "You are here: Home / ..." and
    # "Posted on 11th March 2025 by X Communications"
    # ("PRESS SUMMARY - NOT AN OFFICIAL OPINION", scanned)
    r"press summary(?:\s*[-–—]\s*not an official opini[o0]n)?|case\s+no\.?\s*:?\s*\S+|you are here\s*:.*|posted on\b.*\bby\b.*|"
    # "Released by: Public Information Office"; "Comunicato stampa Press release"
    r"(?:released|issued|prepared)\s+by\s*:.*|"
    r"(?:comunicato stampa|communiqué de presse|nota de prensa|pressemitteilung|"
    r"komunikat prasowy|persbericht|pranešimas spaudai|pressmeddelande|tiedote)\s+press release|"
    # "Notícias | News (English version)", "(English version for international media)"
    r"notícias|noticias|actualités|nachrichten|notizie|"
    r"(?:[\w'’]+\s+){0,2}\(?english (?:version|translation)\b[^)]{0,40}\)?|"
    r"\[?\d{1,2}:\d\d:\d\d\]?|"  # a recording's timestamp
    rf"{_OWN_LINES}|(?:pour )?diffusion immédiate|public relations wing|"
    r"(?:press|media) (?:release|statement) ref(?:erence)?\.?\s*:?\s.*|"
    # "Reference Number: PR250611en, Release Date: 13/03/2025", "ASX: KRW"
    # ("Release Number: DR-4864-KY NR-019", FEMA's; "ASX ANNOUNCEMENT AND MEDIA RELEASE")
    r"(?:reference|release) (?:number|no\.?)\s*:.*|"
    # a release's page count in its header block: "Total pages: 3 (including 1 attachment)",
    # "No. of pages: 2", "Attachments: 1"
    r"(?:(?:total|no\.?\s+of|number\s+of)\s+)?pages?\s*:\s*\d{1,3}\b.*|attachments?\s*:\s*\d{1,2}\b.*|"
    r"(?:asx|nzx|tsx|jse|sgx)\s+announcement(?:\s+(?:and|&)\s+(?:media|press)\s+release)?|"
    # ("NEWS RELEASE      TSX: NRH": the label and the listing, their wide spaces lost)
    r"(?:(?:press|news|media)\s+release\s+)?(?:asx|nyse|nasdaq|lse|tsx(?:-?v)?|cse|hkex|sgx|jse|nse|bse)"
    r"(?:\s+code)?\s*:\s*[\w.]{1,8}|(?:comunicato stampa|communiqué de presse|press release|media release|"
    r"comunicado de prensa|pressemitteilung)\s*\([^()]{3,60}\)|\d{1,2}(?:\.\d{1,2})*\.?\s+(?:introduction|background|overview|summary)|"
    r"(?:categor(?:y|ies)|tags?|filed under)\s*:.*|"
    # a government site's kicker: "Speech from Ministry of Infrastructure", "Press release
    # from Prime Minister's Office"
    r"(?:speech|press\s+release|article|opinion\s+piece|debate\s+article)\s+from\s+(?:the\s+)?"
    r"(?:ministry|department|prime\s+minister['’]s\s+office|government\s+offices)\b.*|"
    # a company's parent under its name: "Part of Havlund Group", "A member of the X Group"
    # (a name of four words at most: not "Part of the A9 to close for repairs by X Group")
    r"(?:part|a\s+member|a\s+subsidiary|a\s+division)\s+of\s+(?:the\s+)?(?:[\w&'’.-]+\s+){1,4}"
    r"(?:group|holdings?|plc|ltd|inc|corporation)|"
    # an open letter's label: "OPEN LETTER – RELEASED TO MEDIA"
    r"open\s+letter(?:\s*[–—:-]\s*(?:released|for|issued|copied)\b.*)?|"
    # whom a notice is for, over its headline: "Announcement to shipping agents and masters
    # of vessels", "ANNOUNCEMENT TO THE MONGOLIAN STOCK EXCHANGE"
    # (its audience, not what it is about: "Advisory to parents on measles vaccinations")
    r"(?:announcement|notice|circular|advisory)\s+to\s+(?:all\s+)?(?:the\s+)?"
    r"(?:(?!on\b|about\b|regarding\b)[\w'’-]+\s+){0,6}?(?:agents|masters|vessels|operators|"
    r"holders|shareholders|stakeholders|traders|exporters|importers|mariners|airmen|carriers|"
    r"dealers|licensees|members|investors|owners|cooperatives|residents|users|customers|"
    r"passengers|fishers|farmers|applicants|bidders|contractors|suppliers|(?:stock\s+)?exchange|"
    r"public)|"
    # A government letter's note over its reference: "In case of reply, the number and date
    # of this letter should be quoted."
    r"(?:in\s+case\s+of\s+reply|when\s+replying)\b.{0,60}\bquoted?\b.{0,20}|"
    r"(?:proudly\s+)?(?:representing|serving)\s+"
    r".{3,80}?(?:district|county|constituency|electorate|riding))[.:!]?$"
)
# Breadcrumbs: "Newsroom › Statements", "Home » News » 2021".
#: A release's own label: "FOR IMMEDIATE RELEASE", "Press Release", "Media Statement".
RELEASE_LABEL = r"for\s+immediate\s+release|(?:press|media|news)\s+(?:release|statement)"
# A release's label with its number: "NEWS RELEASE    Ref: AHC/25/031", "Pressemitteilung /
# Press release Nr. 14/2025", "PRESS NOTE No. 087-2025".
_NUMBERED_LABEL_RE = re.compile(
    rf"(?i)^(?:{RELEASE_LABEL}|pressemitteilung|communiqu[ée](?:\s+de\s+presse)?|press\s+note|"
    rf"nota\s+(?:de|à)\s+imprensa|nota\s+de\s+prensa|comunicado)"
    rf"(?:\s*/\s*(?:{RELEASE_LABEL}))?[\s:,.–—-]*(?:ref\.?|no\.?|nr\.?|n[º°]\.?|number)?[\s:.]*"
    rf"[\w./-]*\d[\w./-]*\s*$"
)
_BOX_TAGLINE_OR_SEARCH_RE = re.compile(
    # (a mail bag or box in other countries' forms: "P.M.B. 1354", "G.P.O. Box 88", "B.P. 2061"
    # with its dots, not "BP 130/80",
    # "Postfach 12 34", "Apartado Postal 101", "Casilla 52", "Caixa Postal 17")
    # ("P0 Box 1127, Waigani NCD": a scan's zero for the O)
    # ("Capital Hill, P.O. Box 30134, Lilongwe 3", "PLOT 17795, KGALE VIEW, PRIVATE BAG
    # 00276, GABORONE": the box after its place)
    r"(?i)^(?:[^,\n]{2,40},\s*){0,3}(?:(?:g\.?\s?)?p\.?\s?[o0]\.?\s+box|private\s+(?:mail\s+)?bag|p\.?\s?m\.?\s?b\.?|b\.\s?p\.|"
    r"postfach|apartado(?:\s+postal)?|casilla(?:\s+de\s+correo)?|caixa\s+postal)\s+[\w/-]*\d|"
    r"^(?:the\s+)?official\s+(?:web\s*site|portal|site|page)\s+of\s|"
    r"^(?:page\s+contents|table\s+of\s+contents|on\s+this\s+page)$|"
    # a site's search box: "Search Canada.ca   [Search]", "Search this site"
    r"^search(?:\s+(?:this\s+site|the\s+(?:web)?site|[\w-]+(?:\.[\w-]+)+))?\s*(?:\[search\])?$"
)
_RELEASE_NUMBER_LINE_RE = re.compile(
    # (or a statement's: "Statement No. (2)")
    r"(?i)^(?:(?:press\s+|media\s+)?statement\s+)?(?:no|nr|ref|reference|number)\.?\s*[:.]?\s*"
    r"\(?(?=[\w/.-]*\d)[\w/.-]++\)?$"
)
# A statement's topic after whose it is: "... BY THE GOVERNOR ON THE CHOLERA OUTBREAK".
_TOPIC_WORD = r"(?:on|about|regarding|concerning|following|after)"
_STATEMENT_FROM_RE = re.compile(
    r"(?i)^(?:joint\s+)?(?:(?:press|media)\s+)?statement\s+(?:from|by|of)\s+(?:the\s+)?"
    rf"(?!.*\s{_TOPIC_WORD}\s)[^\n]+$"
)
# A headline's past or present verb that our lists leave out: "glaciers lost", "prices rose".
_SENTENCE_VERB_RE = re.compile(
    r"\b(?:[a-z]+ed|lost|rose|fell|grew|won|saw|hit|set|cut|got|made|took)\b"
)
_TRANSCRIPT_PLACE_LINE_RE = re.compile(
    r"(?i)^(?:joint\s+)?(?:(?:media|press|news)\s+(?:conference|briefing)|doorstop(?:\s+interview)?)"
    r",\s+(?-i:[A-Z])[^\n]*$"
)
# Release labels alone on a line: "PRESS RELEASE        For Irnmediate Release" (scanned).
_LABELS_ONLY_RE = re.compile(
    rf"(?i)^(?:(?:{RELEASE_LABEL}|for\s+[il1](?:m|rn){{2}}ediate\s+re[l1]ease)[\s:.,–—-]*){{2,}}$"
)
_JOINT_LABEL_RE = re.compile(rf"(?i)(?:joint\s+)?(?:{RELEASE_LABEL})\s+(?:from|by|of)\s")
_SITE_SECTION_RE = re.compile(
    r"(?i)\s[|›»>]\s+(?:newsroom|news(?:\s+releases?)?|media\s+(?:centre|center|releases?)|"
    r"press\s+(?:room|releases?|centre|center)|latest\s+news|"
    # "United Nations | Meetings Coverage and Press Releases"
    r"meetings\s+coverage(?:\s+and\s+press\s+releases)?)\s*$"
)
# ("Date of issue: Monday, 5 May 2025 at 1100 hrs EAT")
_DATED_FIELD_RE = re.compile(
    # (its label in two languages: "TARIKH / DATE: 14 OKTOBER / OCTOBER 2025")
    r"(?i)^(?:[^\W\d]{3,12}\s*/\s*)?"
    r"(?:date\s+of\s+(?:issue|release|publication)|issued|dated?|released|published|posted)"
    rf"\s*:\s*(?:(?:{'|'.join(wordlists.WEEKDAYS_EN)}),?\s+)?\d"
)
_LAST_CRUMB_RE = re.compile(r"[›»>]\s*([^›»>\n]+?)\s*$")


def _same_label(crumb: str, line: str) -> bool:
    """ "Floor Remarks" and "FLOOR REMARKS", "Speeches" and "Speech": one section's short
    name (not a headline the breadcrumb repeats in full)."""
    a, b = crumb.casefold().strip(" .:"), line.casefold().strip(" .:")
    return len(b.split()) <= 3 and (a == b or a in (b + "s", b + "es") or b in (a + "s", a + "es"))


_BREADCRUMB_RE = re.compile(
    # (not a name in guillemets: "« Cap Emploi 2030 » targets ...")
    r"^(?!.*«)(?:[^›»>\n]{1,40}\s[›»>]\s){1,5}[^›»>\n]{1,160}$"
    # ("Ministry of Finance of the Czech Republic > Media > Transcripts": a long first
    # piece with two marks or more; not "Wind output across ... > coal for first time")
    r"|^(?!.*«)(?:[^›»>\n]{1,60}\s[›»>]\s){2,5}[^›»>\n]{1,160}$"
    # "Home / News / Justice", "Inicio / Noticias / Ciencia", "Accueil › Actualités"
    r"|^(?i:home|you are here:?|inicio|início|accueil|startseite|inizio|etusivu|forside|hjem|"
    r"startsida|beranda|laman utama)(?:\s[/›»>|]\s[^/›»>|\n]{1,80}){1,6}$"
    # "News | First Team | Transfers" (not "Posted: 9 May 2024 | Category: Development")
    r"|^(?:[^|:\n]{1,25}\s\|\s){2,6}[^|:\n]{1,25}$"
)
# "Share: Facebook | X | WhatsApp", "Partager : Facebook | X | LinkedIn": a page's
# share buttons under its heading, not a breadcrumb over it.
_SHARE_LINE_RE = re.compile(
    r"(?i)\b(?:share|partager|teilen|compartir|condividi|delen|facebook|linkedin|whatsapp)\b"
)
# "E&OE – PROOF ONLY", "Media release / Communiqué": furniture joined into one line.
_FURNITURE_SEP_RE = re.compile(r"\s+[/–—|·-]\s+")
# ... or in sentences: "— As prepared for delivery. Please check against delivery. —"
_FURNITURE_PIECE_RE = re.compile(r"\s+[/–—|·-]\s+|(?<=[a-z]\.)(?<![Nn]o\.)\s+")
_PAGE_TAIL_RE = re.compile(
    r"(?i)(?<=\S)\s+(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d\s*/\s*\d)\s*$"
)  # ("… Press release   1/2": a running header's page)
_CONTACT_RE = re.compile(
    # (not "MEDIA OFFICE OF HON X": whose office issues the release)
    r"(?i)^(?:(?:media|press)\s+(?:contact|enquiries|inquiries|office(?!\s+of\b)|adviser|advisor|"
    r"officer)s?|"
    r"contacts?|enquiries|inquiries|for more information|for further information|"
    r"twitter|follow us)\b"
    # "Phone: 555 0100", "Tel. +44", "Email:"; not "Phone interview with the Secretary"
    # ('Telegrams: "MAJI" DODOMA', a government letterhead's cable address; "Telex:")
    r"|^(?i:tel(?:ephone)?|phone|ph|mobile|mob|fax|e-?mail|web(?:site)?|telegrams?|telex|cables?)"
    r"\b(?=\s*(?:[:.]|[\d+(]|$))"
    # (not a headline's closing year range: "... plan départemental 2025-2027")
    r"|@|https?://|www\.|(?<![\w-])(?!(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\s*$)\+?\d[\d ()-]{7,}\d\)?\s*$"
)
# A photo's own words, in the languages of our word lists ("Foto:", "[Imagen]").
_PHOTO_WORDS = "photo|foto|fotografía|fotografia|picture|image|imagen|immagine|bild"
_PHOTO_RE = re.compile(
    rf"(?i)^(?:\(?\s*(?:{_PHOTO_WORDS}|photograph|credit|pictured|caption)s?\b"
    rf"(?:\s+(?:credit|caption))?\s*[:\-–—(]|\(?photo\)?$|.*\b(?:photo|foto|credit)\s*:"
    rf"|\[(?:{_PHOTO_WORDS})(?:\s*/\s*(?:{_PHOTO_WORDS}))*\]\s)"  # "[Photo] Firefighters ...", "[Foto / Photo]"
    # "[Minister X tours the new wing. PHOTO | MINISTRY OF HEALTH]": a bracketed caption
    r"|^\[[^\[\]]{2,300}\b(?i:photo|credit)\b[^\[\]]{0,60}\]$"
    # "... flags off water bowsers at Maji House, Nairobi. PHOTO | MWDR / Brian Otieno": a
    # caption ending in its credit after a bar
    rf"|^[^\n]{{10,300}}[.)][^\S\n]+(?:{_PHOTO_WORDS})s?[^\S\n]*\|[^\S\n]*[^|\n]{{2,80}}$"
    # "© UNHCR/Oksana Melnychuk": a picture's copyright under it
    r"|^©[^\n]{2,80}$"
    r"|^\([^()]{2,80}/[^()]{1,40}\)$"
    # "(Photo courtesy of DA-RFO 6)", "[Image: Nurse X with the first patient]", a caption
    # ending in its credit ("… the new unit. Photo © Morag Sinclair Photography")
    rf"|^\(\s*(?:{_PHOTO_WORDS})s?\s+(?:courtesy|by)\b[^()\n]{{2,80}}\)$"
    rf"|^(?:{_PHOTO_WORDS})s?\s+courtesy\s+of\b[^\n]{{2,60}}$"
    rf"|^\[(?:{_PHOTO_WORDS})\s*:[^\[\]\n]{{2,300}}\]$"
    # "Superintendent Rodrigo Astudillo Peña (file photo)"
    rf"|^[^\n]{{2,120}}\((?:file|archive|stock)\s+(?:{_PHOTO_WORDS})\)$"
    rf"|^[^\n]{{2,300}}[.)]\s+(?:{_PHOTO_WORDS})\s*(?:©|\(c\)|copyright\b)[^\n]{{2,80}}$"
)
# A caption labelled as such may run past a header line's length (at most 60 words).
_LONG_CAPTION_RE = re.compile(
    rf"(?i)^(?:\(?(?:{_PHOTO_WORDS}|photograph|caption|pictured)s?(?:\s+(?:credit|caption))?"
    rf"\s*:|\[(?:{_PHOTO_WORDS})(?:\s*/\s*(?:{_PHOTO_WORDS}))*(?:\]|\s*:))"  # ("[Foto/Photo: ...]")
    r"(?:\s+\S+){1,90}$"
    # "From left: X, Y and Z during ... Photo: Comunicación Social / Raúl Ortega": a
    # caption naming who stands where, or ending in its credit
    rf"|(?i:^\(?(?:from left|left to right|l-r)\)?\s*[:,])[^\n]{{10,700}}$"
    rf"|^[^\n]{{20,700}}\b(?i:{_PHOTO_WORDS}|credit)\s*:\s*[^.:\n]{{2,80}}$"
)
_VENUE_LINE_RE = re.compile(
    r"^(?:(?P<at>At|AT|Aboard|ABOARD|Before|BEFORE|To the|TO THE"
    # "Delivered at the Forum", "Delivered on 9 October 2025 at X Hall, Singapore"
    r"|Delivered (?:on [\w ,]{6,30}? )?(?:at|to|before|in(?= (?:the )?[A-Z]))|Presented (?:at|to)"
    r"|DELIVERED (?:AT|IN)(?= [A-Z])"  # ("DELIVERED AT GOVERNMENT COMPLEX, LUSAKA")
    # "Keynote address by X, Chairman of Y," / "at the Fintech Week, Seoul": a wrapped byline
    # ("Recorded at: Zambezi Television studios, Longacres, Lusaka": with its colon)
    r"|(?:Held|HELD|Recorded|RECORDED) (?:at|AT|in|IN):?|at(?= the )"
    # a committee's record: "Meeting held in the Grimond Room, Portcullis House"
    r"|(?:Meeting|Hearing|Sitting|Session) held (?:at|in)"
    # "Delivered at: Auditorium, ...", "Delivered on the Floor of the House, Accra",
    # "Broadcast live from the X studios, Nairobi"
    r"|Delivered at:|Delivered on(?= the (?:[Ff]loor|FLOOR)\b)"
    # ("Broadcast live on Pwani FM and Baraka TV from Mzima House, Mombasa": its channels)
    # (not a time: "Broadcast on Radio X at 8 pm"; "Recorded on 14 May 2025 at X House")
    r"|(?:Broadcast|Recorded|Filmed|Streamed)(?: live)?(?: (?:from|at|in)| on [^\n,]{2,60}? "
    r"(?:from|at(?! \d)))"
    # "Delivered by video link from the Reserve Bank building, Nukuʻalofa"
    r"|(?:Delivered|Given|Presented) (?:by video(?: ?link| ?conference)?|virtually|remotely) from)"
    r"|(?P<speech>(?:(?:Opening|Closing|Prepared|Keynote|Welcoming)\s+)?(?:Remarks|Address|"
    r"Speech|Keynote(?: address| speech)?|Lecture|Presentation|Statement|Testimony|Talk|"
    r"Comments|Opening statement)|Addressing|Speaking"
    # "Press briefing at Frontex headquarters, Warsaw", "Doorstop interview at ..."
    r"|(?:Press|Media|News)\s+(?:[Bb]riefing|[Cc]onference)|Doorstop(?:\s+[Ii]nterview)?)"
    r"\s+(?:(?:delivered|given|made|held)\s+)?"
    r"(?:at|to|before|in front of)"
    # "Address of His Holiness X to …" is a byline, not a venue.
    # "Address to the Nation" names its audience, not a place.
    r"|(?P<address>Address|ADDRESS)(?!\s+(?:of|by|from|OF|BY|FROM)\b)"
    r"(?!(?i:\s+to\s+the\s+(?:nation|people|country)(?![\w'’]))))"
    # Without an article the place is a name: not "At approximately 10:20 a.m. today, ...".
    rf"\s+(?P<venue>(?:(?:the|THE|a|an)\s+\S|[{UPPER}\d\"“‘']).*)$"
)
# A delivery note's place after "in the": "Delivered by group chair X in the Folketing
# chamber, Christiansborg, on 3 October 2024" (not "Leader of Government Business in the
# Senate", a role's).
_DELIVERED_IN_RE = re.compile(
    rf"(?i:delivered|read|given|presented|spoken)\b[^\n]{{0,120}}?[^\S\n]in[^\S\n]+the[^\S\n]+"
    rf"(?P<place>[{UPPER}][^,\n]*(?:,[^\S\n]+[{UPPER}][^,\n]*)?)(?:,?[^\S\n]+on[^\S\n]+[^\n]*)?\.?$"
)


def _delivered_in_a_venue(line: str) -> re.Match[str] | None:
    """ "... in the Folketing chamber, ...": a building's or room's word in the place (not
    "in the Case of Boateng v Attorney General")."""
    m = _DELIVERED_IN_RE.match(line)
    words = m["place"].replace(",", " ").split() if m else []
    return m if any(w.title() in wordlists.venue_word_set() for w in words) else None


_BYLINE_PLACE_RE = re.compile(
    rf"(?:,[^\S\n]+(?:at|in)|[^\S\n]+at)[^\S\n]+(?:the[^\S\n]+)?(?P<place>[{UPPER}][^,\n]*"
    rf"(?:,[^\S\n]+[{UPPER}][^,\n]*)?)"
    r"(?:,?[^\S\n]+on[^\S\n]+[^\n]*)?\.?$"  # "..., on Tuesday 7 January 2025"
)


def _date_or_foreign_name(line: str) -> bool:
    """A header line that is a date, or a name in a language other than English."""
    return bool(_DATE_ONLY_RE.match(line)) or (
        language_scores(line)["en"] == 0 and not _verbs_in(line) and len(line.split()) <= 8
    )


_TRANSCRIPT_OCCASION_RE = re.compile(
    r"(?i)\b(?:doorstop|press conference|media conference|news conference|press briefing|"
    r"media briefing|interview)\b"
)


def _no_title_line(line: str) -> bool:
    """A header line no one would title a text with: a date (and time), a site's
    section ("Transcripts"), a place ("Lismore Incident Control Centre")."""
    words = line.split()
    place = not _verbs_in(line) and len(words) <= 6 and _names_a_venue(line)
    dated = bool(_DATE_ONLY_RE.match(line)) or bool(_DATE_AND_TIME_RE.match(line))
    return len(words) <= 1 or place or dated


_DATE_AND_TIME_RE = re.compile(
    r"(?i)^\W*(?:[a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\.?,?\s+\d{4},?\s+"
    r"\d{1,2}[.:]\d\d\s*(?:[ap]\.?m\.?)?\W*$"
)


def _no_speech_title(line: str) -> bool:
    """A line under a speech's heading that titles nothing: the speaker's office
    ("Chief Justice of the Republic of Ghana") or byline, a date, a greeting ("Good morning!"), a
    delivery note ("Only the spoken word counts / Faz fé a versão proferida")."""
    office = names.titled_re().match(line) and not _verbs_in(line)
    return bool(
        office
        or _BY_LINE_RE.match(line)  # "Speech by the Minister of the Sea, Dr. X"
        or _DATE_ONLY_RE.match(line)
        # (a greeting in the speech's language: "Magandang umaga po sa inyong lahat!"; not
        # "London is open!")
        or (line.rstrip().endswith("!") and language_scores(line)["en"] == 0)
        or re.search(rf"(?i)\b{_DELIVERY_NOTE}", line)
    )


_DATE_ONLY_RE = re.compile(
    r"(?i)^\W*(?:[a-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\.?|[a-z]+\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?),?\s+\d{4}\W*$"
)
# A letterhead's postal address: "Hope Gardens, Kingston 6, Jamaica W.I.", "12 Harbour
# Road, Port Ellis" (a number among its comma-separated parts, no verb).
# (three parts at least: not "Budget 2025, explained")
_ADDRESS_LINE_RE = re.compile(
    r"^(?=(?:[^,\n]*,){2})(?:[^,\n]+,\s*)*(?:\d{1,5}[A-Za-z]?\s+[A-Z][^,\n]*|"
    # (a town and its postcode in two groups: "Shivamogga - 577 201")
    r"[A-Z][^,\n\d]*(?:\s\d{1,5}){1,2})(?:,\s*[^,\n]+)+$"
)
# A headline that names a speech: "Remarks of Mayor X at …", "Eulogy for …".
_SPEECH_HEADING_RE = re.compile(
    # ("Chairperson's address to the 2024 Annual General Meeting": whose, first)
    # ("Budget Vote Speech delivered by ...", "Second Reading Speech by ...": its kind)
    # ("Budget Speech 2026: Address to ...": a label with its year first)
    r"(?i)^(?:[\w'’ -]{2,40}\b(?:19|20)\d\d\s*[:–—]\s+)?"
    # ("Minister Lindqvist's remarks at the X Forum": a name's, up to three words)
    r"(?:(?:[a-z-]+\.?\s+){0,2}[a-z-]+['’]s\s+)?(?:(?:opening|closing|keynote|prepared|budget(?:\s+vote)?|"
    r"(?:second|third)\s+reading|inaugural|ministerial|maiden|valedictory|acceptance|"
    r"feature|featured|welcome|welcoming)\s+)?"
    r"(?:remarks|address|speech|statement|"
    r"testimony|lecture|eulogy|homily|sermon|toast|tribute|keynote|intervention)"
    r"(?:\s+as\s+(?:prepared\s+for\s+delivery|delivered))?\s+(?:of|by|to|at|for|delivered)\b|"
    # "Keynote Message at the Opening of ..." (not "Message to Parents at the Start of ...")
    r"^keynote\s+message\s+(?:of|by|at|to)\b|"
    # "Policy Address to the February Session", "State of the State Address to ..." (not
    # "Annual Statement of Accounts": only spoken kinds after these)
    r"^(?:policy|annual|farewell|commencement|graduation|"
    r"state\s+of\s+the\s+(?:state|union|nation|city|county|province))\s+"
    r"(?:remarks|address|speech|lecture)\s+(?:of|by|to|at|for|delivered)\b|"
    # "Message of the Secretary-General ... to the Third ... Dialogue"
    r"^(?:video\s+|new\s+year['’]s\s+|christmas\s+)?message\s+(?:of|by|from)\s"
)
# A meeting's moment before the meeting: "the Start of the Weekly Cabinet Meeting".
_CLAUSE_VERB_RE = re.compile(r"\b(?:is|are|was|were|says|said|will|has|have|had)\b")
_START_OF_RE = re.compile(
    r"(?i)^(?:start|beginning|end|close)\s+of\s+(?:the\s+)?"
    r"(?=(?:[\w-]+\s+){0,3}(?:meeting|session|sitting)\b)"
)
# "Transcript of press conference, X Centre, Accra", "Transcript of a doorstop at X".
_TRANSCRIPT_PLACE_RE = re.compile(
    r"(?i)^transcript\s+of\s+(?:an?\s+|the\s+)?(?:joint\s+)?(?:press|media|news)\s+"
    r"(?:conference|briefing)(?:\s+held)?(?:,\s*|\s+(?:at|in)\s+)(?P<place>[^\n]{3,120})$"
)
# "Transcript of Doorstop Interview with Minister X at Y Hawker Centre", "Transcript of the
# statement by Minister X to the media at Tivat Airport, 3 July 2024": a transcript's
# heading, which may say where it was spoken as a speech's heading does
_TRANSCRIPT_OF_RE = re.compile(
    r"(?i)^transcript\s+of\s+(?:an?\s+|the\s+)?(?:joint\s+)?(?:(?:doorstop|press|media|radio|"
    r"television|tv)\s+)?(?:interview|statement|remarks|conference|briefing|doorstop|stand-?up)"
    r"\s+(?:with|by|of|to|at|in)\b"
)
# A chamber's record and the chamber: "Hansard – Legislative Assembly", "Official Report |
# House of Lords"
_HANSARD_CHAMBER_RE = re.compile(
    r"(?i)^(?:hansard|official\s+report|record\s+of\s+proceedings)\s*[–—|:-]\s*"
    r"(?P<place>(?:legislative|national|house|senate|dáil|seanad)\b[^\n]{3,60})$"
)
_TODAY_RE = re.compile(r"\s(?:today|yesterday|this (?:morning|afternoon|week))\s")
_DELIVERED_BY_RE = re.compile(r"(?i)delivered\s+by\b")
# "Rural bus services: Chair's opening statement": the speech's kind after its topic.
_SPEECH_KIND_TAIL_RE = re.compile(
    r"(?i):\s+(?:[\w’'-]+['’]s\s+)?(?:(?:second|third)\s+reading|opening|closing|budget|"
    r"keynote|maiden|inaugural|welcome|farewell|acceptance|policy)\s+"
    r"(?:speech|address|remarks|statement)$"
)
# A speech's kind in other languages, for its heading and its byline below.
_FOREIGN_SPEECH_WORDS = "discours|allocution|ansprache|grußwort|discurso|intervento"
# A speech's heading in another language: "Allocution à l'occasion du 20e anniversaire",
# "Discours de l'Ambassadeur", "Grußwort zur Eröffnung".
_FOREIGN_SPEECH_HEADING_RE = re.compile(rf"(?i)^(?:{_FOREIGN_SPEECH_WORDS}|festrede|toespraak)\s")
# "2025 State of the City Address — Excerpts", "STATE OF THE CITY ADDRESS 2024"
_STATE_OF_ADDRESS_RE = re.compile(
    r"(?i)\bstate\s+of\s+the\s+(?:state|union|nation|city|county|province|territory|region|"
    r"borough|town|municipality|district|shire|island)\s+(?:address|speech)\b"
)
# A page's section that holds speeches: "Accueil > Actualités > Discours", "Newsroom |
# Speeches and Transcripts".
# (a breadcrumb's, not a menu's "Home | News | Speeches")
_SPOKEN_SECTION_RE = re.compile(
    r"(?i)(?:[>›»]\s*)(?:speeches|discours|reden|discursos|discorsi|toespraken)\b[^>›»]*$"
)
# A site's section in two languages: "Statements and Messages | Déclarations et messages".
_BILINGUAL_SECTION_RE = re.compile(r"^[A-Z][\w ,&'’]{2,40} [|/] [A-Z][\w ,&'’]{2,40}$")


def _bilingual_section(line: str) -> bool:
    """A site's section in English and another language ("Statements and Messages |
    Déclarations et messages"), not a headline with a bar ("Gaza | Situation Update")."""
    m = _BILINGUAL_SECTION_RE.match(line)
    if not m:
        return False
    first, second = re.split(r" [|/] ", line, maxsplit=1)
    return (language_scores(first)["en"] == 0) != (language_scores(second)["en"] == 0)


# A place and its comma before a date: "Geneva, 20 January 2025".
_DATELINE_PLACE_RE = re.compile(r"^[A-Z][\w .'’-]{1,30},\s+")
_DELIVERY_NOTE_RE = re.compile(
    r"(?i)\b(?:check against delivery|as delivered|as prepared for delivery)\b"
)
# A speech's kind on a line of its own: "PRIVILEGE SPEECH", "Maiden Speech", "Budget Address".
# ("Remarks" after any word or two, "Brief Remarks"; a speech or address only of a kind:
# "Protecting Free Speech" is a topic.)
_SPEECH_KIND_LINE_RE = re.compile(
    r"(?i)^(?:[\w’'-]+\s+){1,2}remarks$|^(?:maiden|privilege|budget|inaugural|keynote|opening|"
    r"closing|farewell|acceptance|commencement|graduation|victory|concession|welcome|welcoming|"
    r"policy|national day|new year(?:['’]s)?|christmas|independence day)\s+"
    r"(?:speech|address|lecture|oration)$"
)
# ... in other languages: "Discours de Hélène Dutronc-Varenne, Maire de Lyon", "Discurso
# del Presidente X", "Rede von Bundesminister X", "Intervento del Ministro X".
_FOREIGN_BY_LINE_RE = re.compile(
    rf"(?i)^(?:{_FOREIGN_SPEECH_WORDS}|intervention|intervenci[oó]n|rede|pronunciamento)"
    r"\s+(?:de\s+la\s+|de\s+|d['’]|du\s+|del\s+|di\s+|"
    r"della\s+|dello\s+|von\s+|des\s+|der\s+|do\s+|da\s+)(?P<who>[^\n]+)$"
)
_BY_LINE_RE = re.compile(
    r"(?i)^(?:(?:opening|closing|prepared|keynote|written|joint)\s+)?(?:remarks|speech|address|"
    r"statement|testimony|lecture|keynote(?: address| speech)?|presentation|comments|transcript|"
    r"interview|op-ed|opinion|column|media release|press release)"
    r"(?:\s+as\s+(?:prepared\s+for\s+delivery|delivered))?\s+"
    # "Statement presented to Parliament by Dr. X", "Speech delivered at the Forum by X"
    r"(?:(?:given|delivered|made|presented)\s+(?:(?:to|in|at|before)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,4}\s+)?)?(?:by|of|from|with)\s+"
    r"(?P<who>.+)$"
)
_HEADING_AT_RE = re.compile(
    rf"\s(?:at|in|AT|IN)\s+(?:the\s+|THE\s+)?(?P<place>(?:[{UPPER}\d]|(?:official\s+)?"
    r"(?:opening|closing|launch|inauguration|unveiling)\s+of\s)[^\n]{2,160})$"
)
# "Speech by X to the Y Conference, Empress Ballroom, Blackpool": only an event then
# its hall (not "to Parliament", "to the House Committee on ...", the audience).
_HEADING_TO_RE = re.compile(
    rf"\s(?:to|TO)\s+(?:the\s+|THE\s+)?(?P<place>[{UPPER}\d][^\n]{{2,160}})$"
)
# A town's name of one to three capitalised words: "Yasmine Hammamet", "Port Elm".
_TOWN_NAME_RE = re.compile(rf"[{UPPER}][{LOWER}'’-]+(?:\s+[{UPPER}][{LOWER}'’-]+){{0,2}}")


def _a_towns_name(phrase: str) -> bool:
    """One to three capitalised words, not all common ones ("Opening Session") nor a
    speech's note ("Check Against Delivery")."""
    common = wordlists.lowercase_words()
    return (
        bool(_TOWN_NAME_RE.fullmatch(phrase))
        and not all(w.lower() in common for w in phrase.split())
        and not _FURNITURE_RE.match(phrase)
    )


_OCCASION_RE = re.compile(
    r"(?i)(?:the\s+)?(?:official\s+)?(?:opening|closing|launch|inauguration|unveiling)\s+of\b"
)
_EVENT_NOUN_RE = re.compile(
    r"\b(?:Summit|Forum|Conference|Congress|Convention|Symposium|Dialogue|Assembly|Meeting|"
    r"Lecture|Luncheon|Dinner|Gala|Ceremony|Festival|Expo|Fair)\b"
)
# An occasion's name: "... Summit", "Financial Literacy Week 2026", "Youth Day".
_OCCASION_NAME_RE = re.compile(rf"{_EVENT_NOUN_RE.pattern}|\b(?:Week|Day)\b|\b(?:19|20)\d\d$")
_KICKER_RE = re.compile(
    # ("Joint release: X University and Y University")
    r"(?i)^(?:(?:joint\s+)?(?:media|press|news)\s+(?:release|statement)s?|joint\s+release|speech|"
    r"remarks|address|keynote(?: address)?|transcript|interview)\s*[:–—-]\s*(?P<who>.+)$"
    # GOV.UK and Canada.ca: "From: Department of Health and The Rt Hon Jane Doe MP"
    r"|^From:\s*(?P<issuer>.+)$"
)
# A fax's header: its date and time, sender and page ("JUL-03-2024 09:14 UTWSB NYERI +254
# 61 203 0917 P. 1/2", "21/11/2024 08:07 FROM: LECCT ... PAGE 01 OF 01").
_FAX_HEADER_RE = re.compile(
    r"(?i)^(?=[^\n]*\b\d{1,2}:\d\d\b)[^\n]{0,120}\b(?:p\.?\s*0*\d{1,3}(?:\s*/\s*0*\d{1,3})?|"
    r"page\s+0*\d{1,3}(?:\s+of\s+0*\d{1,3})?)\s*$"
)
# ... with a colon ("TRANSCRIPT — GOVERNMENT ACCOUNTABILITY SERIES" after a dash is a series)
_SPOKEN_KICKER_RE = re.compile(r"(?i)^(?:transcript|speech|remarks|address|keynote|interview)\s*:")
# "MEDIA STATEMENT BY THE MEC FOR HEALTH, MS NOMVULA DLADLA": who issues, over the
# headline (not "PRESS STATEMENT BY THE GOVERNOR ON THE CHOLERA OUTBREAK", a heading).
_STATEMENT_BY_RE = re.compile(
    r"(?i)^(?:joint\s+)?(?:media|press|news)\s+(?:release|statement)\s+by\s+"
    # (an "issuer" group that never matches: the kicker's reader asks for both groups)
    rf"(?P<who>(?:(?!\s{_TOPIC_WORD}\s).)+)(?P<issuer>(?!))?$"
)
_DATELINE_START_RE = re.compile(
    rf"^[{UPPER}][{UPPER}' .]{{2,30}}(?:,\s*[{UPPER}][\w.' ]{{1,20}})?\s*(?:--|[–—])\s*\S"
)
_DATED_DATELINE_START_RE = re.compile(
    rf"^[{UPPER}][\w'’.-]*(?:[^\S\n]+[{UPPER}][\w'’.-]*){{0,3}},[^\S\n]*(?P<when>[^–—\n]{{6,40}}?)"
    # (a wire's code in brackets, or its name between slashes: "/PRNewswire/ --")
    r"[^\S\n]*(?:(?:\([\w.]{2,12}\)|/[A-Z][\w .-]{2,30}/)[^\S\n]*)?(?:--|[–—]|-(?=\s))[^\S\n]*\S"
)
_WEEKDAY_RE = re.compile(
    r"(?i)[\s,;–—-]*\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$"
)
_TURN_RE = re.compile(
    # "[00:01:05] MOKOENA:", "[113] Gwenllian Ap Dafydd:": a recording's time or a
    # record's paragraph number before the label.
    r"^(?:[\[(](?:\d{1,2}(?::\d\d){1,2}|\d{1,4})[\])][^\S\n]*)?"
    rf"(?P<label>(?:(?:Mr|Mrs|Ms|Dr|Prof|Senator|Sen|Minister|Premier|Governor|Chairman|Chair|"
    rf"The Hon|Hon)\.?\s+)?"
    rf"(?:[{UPPER}][\w'’‐.-]*(?:[^\S\n]+(?:of|for|the|[{UPPER}][\w'’‐.-]*)){{1,5}}(?=,)"
    # "Journalist 2", "Secretary for Housing", "THE DEPUTY MINISTER FOR WATER"
    rf"|[{UPPER}][\w'’‐.-]*(?:\s+(?:(?:for|of|the|and|FOR|OF|THE|AND)[^\S\n]+)?[{UPPER}][\w'’‐.-]*){{0,3}}"
    rf"(?:[^\S\n]+\d{{1,2}})?)"
    # "Official Spokesperson, Shri Arjun Mehrotra:", "Arjun Mehrotra, Minister of State:"
    rf"(?:,[^\S\n]+[{UPPER}][\w'’‐.-]*(?:[^\S\n]+(?:of|for|the|[{UPPER}][\w'’‐.-]*)){{0,5}})?)"
    # "JOANNA DELA PEÑA/RADYO BALITA:": a journalist and their outlet.
    rf"(?P<outlet>/[^\S\n]*[{UPPER}][^/:()\n]{{1,40}})?"
    # Hansard: "Mr SINGH (Riverton) (10:32): I rise ..."; "CHAIR (Professor Elspeth Marr):"
    r"(?P<aside>(?:[^\S\n]*\([^()\n]{1,60}\)){0,2})\s*:\s+\S",
    re.MULTILINE,
)
# Turn labels that are not the person the transcript is of.
_NOT_MAIN_SPEAKERS = frozenset(
    [
        "journalist",
        "journalists",
        "reporter",
        "reporters",
        "question",
        "questions",
        "q",
        "a",
        "answer",
        "host",
        "interviewer",
        "moderator",
        "chair",
        "chairman",
        "chairperson",
        "presenter",
        "compere",
        "mc",
        "emcee",
        "audience",
        "unidentified",
        "unknown",
        "caller",
        "male",
        "female",
        "voice",
        "speaker",
        "narrator",
        "participant",
        "participants",
        "crowd",
        "announcer",
        "subjects",
        "subject",
        "note",
        "contact",
        "contacts",
        "media",
        "ends",
        "date",
        "time",
        "location",
        "transcript",
        "e&oe",
        "topics",
        "source",
        "editor",
        "end",
        "voiceover",
        "operator",
        "staff",
        "moderators",
        # the same roles in other languages: "MODERADORA:", "PREGUNTA:", "JOURNALISTE :"
        "moderador",
        "moderadora",
        "pregunta",
        "periodista",
        "reportero",
        "reportera",
        "entrevistador",
        "entrevistadora",
        "modérateur",
        "modératrice",
        "journaliste",
        "moderatorin",
        "journalistin",
        "frage",
        "pergunta",
        "jornalista",
        "moderatore",
        "moderatrice",
        "giornalista",
        "domanda",
    ]
)
_LEADING_TITLES = frozenset(
    [
        "the",
        "hon",
        "hon.",
        "honourable",
        "honorable",
        "rt",
        "right",
        "rt.",
        "senator",
        "sen",
        "sen.",
        "dr",
        "dr.",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "prof",
        "prof.",
        "professor",
        "sir",
        "dame",
        "governor",
        "chairman",
        "chairwoman",
        "chair",
        "justice",
        "judge",
        "vice",
        "president",
        "minister",
        "premier",
        "mayor",
        "cllr",
        "councillor",
        "commissioner",
        "secretary",
        "ambassador",
        "director",
        "general",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "deputy",
        "prime",
        "assistant",
        "acting",
        "lord",
        "lady",
        "baroness",
        "baron",
        "congressman",
        "congresswoman",
        "representative",
        "rep",
        "rep.",
        "judge",
    ]
)
_PARTICLES = names.NAME_PARTICLES | frozenset(
    # Particles a header line's name may hold beside names' own list
    ["el", "ibn", "af", "zu", "y", "e", "ní", "nic", "mac", "ó", "ua"]
)
_NAME_TOKEN_RE = re.compile(rf"^(?:[{UPPER}]\.|[{UPPER}][{LOWER}{UPPER}'’‐-]*[{LOWER}{UPPER}])$")
# Titles with small words inside: "Vice Chair for Supervision Michael S. Barr".
_LONG_TITLE_RE = re.compile(
    r"^(?:Vice Chair(?:man)? for Supervision|Secretary of State|Minister of State|"
    r"Chancellor of the Exchequer|Leader of the Opposition)\s+"
)
_PARTY_TAG_RE = re.compile(r"\s*\((?:[DRI]|Dem|Rep|Ind)[-–,\s][^()]{1,20}\)")
# An alumna's class year after her name: "Adaeze Okafor-Lindqvist ’94", "Jo Bell '02 MBA".
_CLASS_YEAR_RE = re.compile(r"[^\S\n]+[’'‘]\d\d(?:[^\S\n]+[A-Z][A-Za-z]{1,4})?$")


@dataclass
class Part:
    """One classified line of the header."""

    kind: str  # furniture, contact, photo, date, venue, speech_venue, byline, name, role, headline
    text: str
    start: int
    end: int
    value: str | None = None  # the venue, or the person's name


class PrintedPerson(NamedTuple):
    """A person the header names: the name, where it is printed, the roles printed
    with it (folded)."""

    name: str
    start: int
    roles: str


# A motto of one-word sentences: "Independent. Free. Fair."
_ONE_WORD_SENTENCES_RE = re.compile(r"^(?:[^\W\d_]+\.\s){2,3}[^\W\d_]+\.$")


@dataclass
class Layout:
    parts: list[Part] = field(default_factory=list)
    #: Where the body starts (after the header block); 0 when there is no block.
    body_start: int = 0
    #: Words spoken per transcript label, in text order of first appearance.
    turns: Counter[str] = field(default_factory=Counter)
    #: Full names the header gives for turn labels ("BOWEN" -> "Chris Bowen").
    turn_names: dict[str, str] = field(default_factory=dict)
    #: Each turn: its label, where its words start and end.
    turn_spans: list[tuple[str, int, int]] = field(default_factory=list)
    #: Where the release begins after an e-mail's cover note (0: no cover note).
    release_start: int = 0
    #: A column's author, named at its foot ("Jane Doe is the MPP for Algoma.").
    foot_author: str | None = None
    #: The subject line of the mail that sent the release ("Subject: FW: MEDIA RELEASE:
    #: City names X fire chief"), without its labels: the title of a release printed
    #: without a headline.
    mail_subject: Part | None = None
    #: "Delivered on her behalf by Mr X, ... at the Y Centre": who read the text out
    #: for its author (the line is the venue's too).
    read_by: list[Part] = field(default_factory=list)

    def _motto_under_letterhead(self, i: int) -> bool:
        """ "Rwanda Revenue Authority" / "Taxes for growth and development" / the
        headline: a short phrase with no verb right under the body's name, over a line
        that has one, is the body's motto."""
        line, below = self.parts[i].text, self.parts[i + 1].text
        under_the_name = (
            i > 0
            and self.parts[i - 1].kind == "org"
            # (set with the name, apart from the headline: "Measles outbreak in Northland"
            # in one block with its body's name and deck is the headline)
            and self.parts[i].start == self.parts[i - 1].end + 1
            and self.parts[i + 1].start > self.parts[i].end + 1
        )
        if under_the_name and _ONE_WORD_SENTENCES_RE.match(line):
            return True  # "Independent. Free. Fair." (not a headline "Ready. Set. Vote.")
        return (
            under_the_name
            and len(line.split()) <= 6
            and not line.isupper()
            # (not a notice's fields: "Gefahr: …" / "Betroffene Produkte: …")
            and ":" not in line
            and not _FIELD_LABEL_RE.match(below)
            and not _verbs_in(line)
            and _verbs_in(below)
            and not below.endswith(".")  # (the body's first sentence)
        )

    def _over_the_letterhead(self, i: int) -> bool:
        """A line right over the first body's name: its twin in another language
        ("An Roinn Gnóthaí Tuaithe" over "Department of Rural Affairs")."""
        return (
            i + 1 < len(self.parts)
            and self.parts[i + 1].kind == "org"
            and not any(p.kind == "org" for p in self.parts[:i])
        )

    def _other_language_twin(self, i: int) -> bool:
        """A twin under the letterhead with none of English's small words ("An Roinn
        Fiontar agus Fáis"; not "Sermon for St David's Day")."""
        line = self.parts[i].text
        return (
            self._under_the_letterhead(i)
            and ":" not in line  # (a field: "Rückrufendes Unternehmen: X AG")
            and not _ENGLISH_SMALL_WORDS_RE.search(line)
        )

    def _under_the_letterhead(self, i: int) -> bool:
        """A line right under the first body's name, in another language: its twin
        ("Department of Housing, ..." over "An Roinn Tithíochta, Rialtais Áitiúil ...")."""
        if (
            i < 1
            or self.parts[i - 1].kind != "org"
            or any(p.kind == "org" for p in self.parts[: i - 1])
        ):
            return False
        line, body = self.parts[i].text, self.parts[i - 1].text
        words = re.findall(r"[^\W\d_]+", line.lower())
        common, body_words = wordlists.lowercase_words(), wordlists.organization_word_set()
        return (
            len(words) >= 3
            and abs(len(words) - len(body.split())) <= 3
            # (few words ours: the Irish "An", "agus" of our Irish bodies' names)
            and sum(w in common or w in body_words for w in words) <= len(words) // 3
            and not _verbs_in(line)
        )

    def first(self, *kinds: str) -> Part | None:
        return next((p for p in self.parts if p.kind in kinds), None)

    def all(self, *kinds: str) -> list[Part]:
        return [p for p in self.parts if p.kind in kinds]

    @property
    def headline(self) -> Part | None:
        """The headline: the last headline line of the header (letterhead lines,
        organisation names and kickers come first), or the first of a final run
        of them (a headline over its subhead)."""
        found = self._headline()
        if found is None:
            return None
        return self._speech_heading_over(self._heading_broken_over(found))

    def _heading_broken_over(self, found: Part) -> Part:
        """ "Address to the 2025 Annual Dinner" / "of the Maitland and Lower Hunter" /
        "Business Chamber" / the speaker's name: a speech's heading broken over lines, joined
        (the line found is the heading itself, or one of the lines under it that open in
        lower case); its last piece a short name's end."""
        k = next((i for i, p in enumerate(self.parts) if p.start == found.start), 0)
        first = k  # (over lines that open in lower case: "of the Maitland ..." / "on Skills")
        while (
            first > 0
            and self.parts[first - 1].kind == "headline"
            and _opens_lower(self.parts[first - 1].text)
        ):
            first -= 1
        if found.kind == "speech_venue" and found is self.parts[k]:
            # the heading itself, with lower-case lines under it
            if k + 1 >= len(self.parts) or not _opens_lower(self.parts[k + 1].text):
                return found
            first = k + 1
        elif not _opens_lower(found.text) or first == 0:
            return found
        above = self.parts[first - 1]
        if above.kind != "speech_venue":
            return found
        pieces, end = [above.text], above.end
        j = first
        while j < len(self.parts) and self.parts[j].kind == "headline":
            line = self.parts[j].text
            closes = (
                len(line.split()) <= 4
                and not _verbs_in(line)
                and j + 1 < len(self.parts)
                and self.parts[j + 1].kind in ("name", "role", "byline")
            )
            if not (_opens_lower(line) or closes):
                break
            pieces.append(line)
            end = self.parts[j].end
            j += 1
        if len(pieces) == 1:
            return found
        return Part("headline", " ".join(pieces), above.start, end)

    def _speech_heading_over(self, found: Part) -> Part:
        """A speech's heading instead of a line found under it that titles nothing."""
        speech = self.first("speech_venue")
        if speech is not None and found.start > speech.start:
            # A speech's heading ("Address at the Opening of the Legal Year"), not what
            # follows its speaker's line (their office, the date, a greeting) nor a date
            # or a delivery note; but a separate headline under it is the title
            # ("Speech at the Annual Dinner" / "The Future of Money" / "Governor X").
            speaker_line = any(
                speech.start < p.start < found.start for p in self.all("name", "role", "byline")
            )
            if speaker_line or _no_speech_title(found.text):
                return speech
        # (a place, a date, a name in the speech's language; not a separate headline:
        # "Speech by X at Y" / "Governor X" / "The Future of Money")
        untitled = _no_speech_title(found.text) or _date_or_foreign_name(found.text)
        headlines = self.all("headline")
        # A speech's heading, then its speaker's name and office, then the place, date and
        # greeting: "SPEECH BY THE MINISTER ..." / "YB DATO' SRI X" / "MENTERI DIGITAL" /
        # "PUSAT KONVENSYEN ... (PICC)": the heading.
        speaker = next(
            (
                p
                for p in self.parts
                if p.kind in ("name", "role") and any(h.start < p.start for h in headlines)
            ),
            None,
        )
        heading = (
            [h for h in headlines if h.start < speaker.start][-1] if speaker is not None else None
        )
        if (
            heading is not None
            and found.start > heading.end
            and _SPEECH_HEADING_RE.match(heading.text)
            and not _verbs_in(found.text)
            and untitled
        ):
            return heading
        byline = next((p for p in self.all("byline") if _SPEECH_BYLINE_RE.match(p.text)), None)
        if (
            byline is not None
            and any(byline.start < p.start < found.start for p in self.all("venue", "date"))
            and untitled
        ):
            # ... and the heading over "Remarks by Secretary X" is the title, not the
            # greeting that opens the speech under its "Venue:" and "Date:" lines
            above = [p for p in headlines if p.start < byline.start]
            return above[-1] if above else found
        return found

    def _headline(self) -> Part | None:
        # Lines above a page's breadcrumb are the site's own ("About us Monetary policy
        # Publications"); the page's heading comes after it.
        subject = self.first("subject")
        if subject and not any(
            p.start > subject.start or not re.search(r"\d", p.text) for p in self.all("headline")
        ):
            # "Oggetto / Subject: ..." under an address's line: the letter's subject heads
            # it (not under "El Gobierno aprueba el plan de regadío", its headline)
            return subject
        crumb = self._last_breadcrumb(over_a_headline=True)
        label = self._header_label()
        heading, index = self._heading_over_lines(self._headline_lines(crumb, label))
        if heading is not None:
            return heading
        if not index:
            return self._heading_without_headline()
        i = self._last_block_start(index)
        # "Harrowgate Athletic FC" / "OKAFOR-LINDGREN SIGNS!": a site's or body's name
        # over the headline.
        # ("Department of X" / "An Roinn X" / headline: the body's name in its other
        # language, under the letterhead)
        while i + 1 in index and (self._over_the_headline(i) or self._other_language_twin(i)):
            i += 1
        part = self.parts[i]
        under = self._place_under_speech_heading(i)
        if under is not None:
            return under
        over = (
            self._headline_over_speech_heading(i)
            or self._headline_over_occasion(i, index)
            or self._caps_heading_broken_before(i)
        )
        if over is not None:
            return over
        following = self.parts[i + 1] if i + 1 < len(self.parts) else None
        apart = following is not None and following.start - part.end > 1  # (a blank line)
        if following is not None and _headline_goes_on(part.text, following, apart):
            # A headline broken over two lines ("Regional hospitals to get new" / "equipment"),
            # or three ("Transcript of Special Media Briefing" / "by the Special Relief
            # Commissioner" / "on Cyclone Preparedness").
            joined = Part("headline", f"{part.text} {following.text}", part.start, following.end)
            after = self.parts[i + 2] if i + 2 < len(self.parts) else None
            if (
                after is not None
                and _opens_lower(after.text)
                and _headline_goes_on(following.text, after)
            ):
                joined = Part("headline", f"{joined.text} {after.text}", part.start, after.end)
            return joined
        if following is not None and _role_before_its_name(part.text, following):
            # "Transcript of Doorstop Interview by Minister of State" / "Darren Lim Wei Jie at
            # the Opening of the" / "Kranji Agri-Tech Hub": a role, its name on the next line
            joined = Part("headline", f"{part.text} {following.text}", part.start, following.end)
            after = self.parts[i + 2] if i + 2 < len(self.parts) else None
            if after is not None and _headline_goes_on(following.text, after):
                joined = Part("headline", f"{joined.text} {after.text}", part.start, after.end)
            return joined
        return part

    def _over_the_headline(self, i: int) -> bool:
        """Whether header line ``i``, with a headline line under it, is a name, a label
        or a field over the headline rather than its first line."""
        line, below = self.parts[i].text, self.parts[i + 1].text
        if _GOES_ON_LOWER_RE.match(below):
            return False  # "JOINT COMMUNIQUÉ" / "of the Ninth Trilateral Meeting ...": one heading
        if _subject_over_its_verb(line, below) and self.parts[i + 1].start - self.parts[i].end <= 1:
            return False  # "BOREHOLE REHABILITATION PROGRAMME" / "REACHES 120 VILLAGES ..."
        return bool(
            (name_like(line) and not _heading_over_its_deck(line, below))
            or _section_kicker(line, below)
            or _translated_heading(line, below)
            or _other_script_name(line, below)
            # "Press and Public Relations Division" over the headline: who wrote it up
            or _PRESS_TEAM_LINE_RE.match(line)
            # "NEWS RELEASE    Ref: AHC/25/031", "Pressemitteilung / Press release Nr. 14/2025":
            # a label with its number over the headline
            or _NUMBERED_LABEL_RE.match(line)
            # "Issued: 8 August 2024    Page 1 of 2": a dated field over the headline
            or _DATED_FIELD_RE.match(line)
            # "Metro Cebu North Police District | Newsroom": the site and its section
            or _SITE_SECTION_RE.search(line)
            # "Joint press release from X and Y": whose release
            or _JOINT_LABEL_RE.match(line)
            or _LABELS_ONLY_RE.match(line)
            # "STATEMENT FROM THE BOARD OF MANAGEMENT" over its headline: whose statement
            # (not over its own rest, "following the ...", or a note, "Released on behalf of")
            or (
                _STATEMENT_FROM_RE.match(line)
                and below[:1].isupper()
                and not re.match(r"(?i)(?:released|issued|published|distributed|sent)\b", below)
            )
            # "port ellis harbour board" / "harbour board opens …": a lower-cased
            # header's masthead, no verb in it, over the headline's
            or _lower_cased_masthead(line, below)
            or self._motto_under_letterhead(i)
        )

    def _heading_over_lines(self, index: list[int]) -> tuple[Part | None, list[int]]:
        """A heading that the header's headline lines yield to, or none; and those
        lines without a letterhead's postal address over a speech's heading."""
        transcript = self._transcript_heading()
        if transcript is not None and all(_no_title_line(self.parts[i].text) for i in index):
            # "Doorstop interview – Rockhampton Showgrounds" under "Transcripts", over its
            # date; "Lismore flood response – media conference" over its place's line
            return transcript, index
        speech = self.first("speech_venue")
        if speech is not None and index:
            # (a postal address over a speech's heading is the letterhead's)
            index = [
                i
                for i in index
                if not (
                    self.parts[i].start < speech.start
                    and _ADDRESS_LINE_RE.search(self.parts[i].text)
                )
            ]
            if not index:
                return speech, index
        if index and all(
            _names_a_body_or_person(self.parts[i].text)
            or self._over_the_letterhead(i)
            or self._under_the_letterhead(i)
            # (a postal address, a date, a site's section in two languages: no title)
            or _ADDRESS_LINE_RE.search(self.parts[i].text)
            or _DATE_ONLY_RE.match(_DATELINE_PLACE_RE.sub("", self.parts[i].text))
            or _bilingual_section(self.parts[i].text)
            or self._place_under_heading_byline(i)
            for i in index
        ):
            # Only a body's name ("Patriarchate of the Old Adriatic Church") over an
            # "Address of …" line: that line heads the text.
            return self.first("speech_venue") or self._heading_byline(), index
        return None, index

    def _transcript_heading(self) -> Part | None:
        """A transcript's own heading read as furniture: its occasion and place."""
        return next(
            (
                p
                for p in self.all("furniture")
                if _TRANSCRIPT_OCCASION_RE.search(p.text)
                # (its place after a dash or comma, or its topic: "Transcript of press
                # conference by the Minister for the Environment on the Eastside reclamation")
                and re.search(r"\s[–—-]\s|,|\s(?:on|about|regarding)\s", p.text)
                and _specific(p.text)
            ),
            None,
        )

    def _headline_lines(self, crumb: int, label: int) -> list[int]:
        """The headline lines between a breadcrumb and a label, without a case's
        caption under a headline ("Attorney General v. Bududa Resettlement Association")
        or a lead-in."""
        index = [
            i
            for i, p in enumerate(self.parts)
            if p.kind == "headline" and crumb < i < label and not self._body_in_its_language(i)
        ]
        # (but the caption heads a court's summary when only a date or the court's name
        # in its own language comes before: "TE KŌTI MANA NUI O AOTEAROA" / "3 APRIL 2025")
        first = next((i for i in index if not _date_or_foreign_name(self.parts[i].text)), None)
        index = [
            i
            for i in index
            if i in (index[0], first) or not _CASE_CAPTION_RE.match(self.parts[i].text)
        ]
        # (nor the page's section repeated as its label over the headline: "Newsroom >
        # Floor Remarks" / "FLOOR REMARKS" / "CASTELLANOS-REID ON SENATE FLOOR: ...")
        if crumb >= 0 and len(index) > 1:
            section = _LAST_CRUMB_RE.search(self.parts[crumb].text)
            index = [
                i
                for i in index
                if i == index[-1] or not (section and _same_label(section[1], self.parts[i].text))
            ]
        # (nor a region's tag under the page's date: "Appeal for information following
        # fatal crash" / "Tuesday, 5 September 2023 - 10:47am" / "Bay of Plenty")
        if len(index) > 1 and self._tag_under_date(index[-2], index[-1]):
            index.pop()
        # (nor a lead-in that ends the header with its colon: "Opening remarks by the
        # Federal Minister:" over the words)
        if len(index) > 1 and self.parts[index[-1]].text.endswith(":"):
            index.pop()
        return index

    def _tag_under_date(self, headline: int, i: int) -> bool:
        """ "Appeal for information ..." / "Tuesday, 5 September 2023 - 10:47am" / "Bay of
        Plenty": a region's tag (the ``i``-th part) under the page's time stamp."""
        tag = self.parts[i].text.split()
        return (
            len(tag) <= 4
            # (not a speech's title under its time: "The Road Ahead")
            and tag[0].lower() not in ("the", "a", "an")
            and all(w[:1].isupper() or w in ("of", "and", "&") for w in tag)
            and not any(c.isdigit() for c in self.parts[i].text)
            and not _verbs_in(self.parts[i].text)
            and not self.parts[i].text.isupper()
            and len(self.parts[headline].text.split()) >= 5
            # (right under a page's time stamp, "Tuesday, 5 September 2023 - 10:47am": its
            # metadata; not a speech's "November 21, 2000" / "Financial Literacy")
            and bool(_YEAR_IN_RE.search(self.parts[i - 1].text))
            and (
                bool(_CLOCK_RE.search(self.parts[i - 1].text))
                # ("Saturday 10 May 2025" on a page under its breadcrumb)
                or (
                    bool(_WEEKDAY_START_RE.match(self.parts[i - 1].text))
                    and any(_BREADCRUMB_RE.match(p.text) for p in self.parts[:headline])
                )
            )
            and all(p.kind in ("date", "furniture") for p in self.parts[headline + 1 : i])
        )

    def _body_in_its_language(self, i: int) -> bool:
        """ "Ministry of Natural Resources and Environment" / "Matagaluega o Punaoa
        Faalenatura ma Siosiomaga" / ("SPEECHES") / "Keynote Address to ...": the body's name in its own
        language, between its English name and a speech's English heading ("Address
        to ...", "Keynote Address to ...")."""
        line = self.parts[i].text
        above = self.parts[i - 1] if i > 0 else None
        # (a site's section label between: "SPEECHES")
        below = next((p for p in self.parts[i + 1 :] if p.kind != "furniture"), None)
        return (
            above is not None
            and below is not None
            and above.kind == "org"
            and below.kind == "speech_venue"
            and len(line.split()) <= 10
            and not any(c.isdigit() for c in line)
            and language_scores(line)["en"] == 0
            and language_scores(below.text)["en"] >= 1
            and not _verbs_in(line)
        )

    def _last_block_start(self, index: list[int]) -> int:
        """The first of the last run of headline lines; before it, the run above when
        the last is only a unit's or press team's line under the headline and its
        date ("Arrests made after ..." / a date / "Wellington District")."""
        i = index[-1]
        while i - 1 in index:
            i -= 1
        earlier = [j for j in index if j < i - 1]
        text = self.parts[i].text
        # ("Wellington District": a unit's or a place's kind last, not "Farm Bill
        # Conference Report", a verbless headline)
        unit = (
            name_like(text) and not _verbs_in(text) and text.split()[-1].strip(".,") in _UNIT_KINDS
        )
        press_team = bool(_PRESS_TEAM_LINE_RE.match(text))
        # ("Media conference, Townsville Local Disaster Coordination Centre, 10.30am": the
        # transcript's kind, place and time under its headline)
        occasion = bool(_TRANSCRIPT_PLACE_LINE_RE.match(text))
        if (
            i == index[-1]
            and earlier
            and (unit or press_team or occasion)
            and (len(text.split()) <= 10 or press_team or occasion)
            and any(_verbs_in(self.parts[j].text) for j in earlier)
        ) or (i == index[-1] and earlier and self._deck_under_headline(earlier[-1], i)):
            i = earlier[-1]
            while i - 1 in index:
                i -= 1
        return i

    def _deck_under_headline(self, above: int, below: int) -> bool:
        """ "Hawthorne Introduces Bill to ..." / a date / share links / "Legislation would
        raise lending caps ...": a page's title-case headline, its date line, and the
        sentence-case deck that sums it up."""
        between = self.parts[above + 1 : below]
        headline, deck = self.parts[above].text, self.parts[below].text
        if (
            between
            and all(p.kind == "date" for p in between)
            and _capitalised_share(deck) <= 0.3
            and len(deck.split()) >= max(12, len(headline.split()) + 4)
            and len(headline.split()) >= 8  # (not a label: "Nota de Imprensa n.º 47/2024")
            # (a sentence, not a label: "Weekly update for residents of the X District")
            and bool(_SENTENCE_VERB_RE.search(headline) or _verbs_in(headline))
            and not headline.isupper()
            # (nor a joint release's label: "Joint press release from X and Y")
            and not _JOINT_LABEL_RE.match(headline)
        ):
            # "Alpine glaciers lost 4 per cent of their ice in 2023" / "18 September 2024" /
            # "A hot August and a snow-poor winter combined to strip ice ...": a sentence-case
            # headline, its date, and a longer standfirst
            return True
        return (
            bool(between)
            and all(p.kind in ("date", "furniture") for p in between)
            and any(p.kind == "date" or _NUMERIC_DATE_RE.fullmatch(p.text) for p in between)
            and _capitalised_share(headline) >= 0.8
            and not headline.isupper()  # (a masthead: "TOUR DES TROIS LACS")
            and len(headline.split()) >= 5
            and _capitalised_share(deck) <= 0.3
            # ("Delgado-Whitfield, Colleagues Introduce Bipartisan Bill to …": a long one's
            # verb in its base form)
            and (
                _inflected_verbs_in(headline)
                or (len(headline.split()) >= 8 and _verbs_in(headline))
            )
            # (not a sentence-case headline under a label: "Measles vaccination drive
            # extended to all adults under 50" under "Joint statement from ...")
            and len(deck.split()) >= 12
        )

    def dignitaries_start(self) -> int:
        """Where a speech's list of dignitaries begins under its "PROTOCOL" or
        "Salutations" label (the people named there are greeted, not speaking); past
        the header when there is none."""
        return next((p.end for p in self.parts if _DIGNITARIES_LABEL_RE.match(p.text)), 1 << 30)

    def _header_label(self) -> int:
        """Where a section's label ("WHEN:", "Salutations.") or a transcript's "Legend:"
        ends the header (the lines under it are the advisory's, the speech's, the
        legend's), or a "Mr X said:" line opens a quotation; past the parts when none."""
        return next(
            (
                i
                for i, p in enumerate(self.parts)
                # (not a letterhead's "Department:" over the department's name)
                if (_SECTION_LABEL_RE.match(p.text) and p.kind != "org")
                or _SAID_COLON_RE.search(p.text)
            ),
            len(self.parts),
        )

    def _caps_heading_broken_before(self, i: int) -> Part | None:
        """ "STATEMENT BY THE FEDERAL MINISTER FOR WATER RESOURCES" / "ON THE KHARIF 2024
        WATER AVAILABILITY OUTLOOK": a heading in capitals broken before "ON"."""
        part, above = self.parts[i], self.parts[i - 1] if i > 0 else None
        if (
            above is None
            or not _CAPS_CONTINUATION_RE.match(part.text)
            or not above.text.isupper()
            or above.kind not in ("role", "byline", "headline")
        ):
            return None
        joined = Part("headline", f"{above.text} {part.text}", above.start, part.end)
        under = self.parts[i + 1] if i + 1 < len(self.parts) else None
        if under is not None and _headline_goes_on(part.text, under):
            # ... and on: "ON THE OCCASION OF THE OPENING OF THE" / "2024/2025 LEGAL YEAR"
            joined = Part("headline", f"{joined.text} {under.text}", above.start, under.end)
        return joined

    def _headline_over_occasion(self, i: int, index: list[int]) -> Part | None:
        """ "Financial inclusion is a stability issue" / "Opening remarks by X, Deputy
        Governor" / "Kuwait Financial Literacy Week 2026": the line under a speech's
        byline names its occasion; the headline is the one above the byline."""
        b = i - 1
        while b > 0 and self.parts[b].kind == "role":
            b -= 1  # "Statement by H.E. Mr. X" / "Minister of Y" / "Third Aral Basin Conference"
        by = self.parts[b] if b >= 0 else None
        if (
            by is None
            or by.kind != "byline"
            or not _BY_LINE_RE.match(by.text)
            or not _OCCASION_NAME_RE.search(self.parts[i].text)
        ):
            return None
        above = [j for j in index if j < b and not name_like(self.parts[j].text)]
        if above:
            return self.parts[above[-1]]
        # No headline over it: the speech's own "Statement by ..." line, over its
        # speaker's role and a named event, heads it (not "Remarks by X" over its
        # title, "Monetary policy twenty-five years after October 1979").
        if b < i - 1 and _EVENT_NOUN_RE.search(self.parts[i].text):
            return by if _SPEECH_BYLINE_RE.match(by.text) else None
        return None

    def _headline_over_speech_heading(self, i: int) -> Part | None:
        """ "Minister X: Launch of the Y Fund" / "14 Mar 2025" / "Address by the Minister
        ..., at the launch of ...": a page's headline over the date, then the speech's
        own heading line; the headline is the title."""
        if not _SPEECH_HEADING_RE.match(self.parts[i].text):
            return None
        j = i - 1
        # (and the page's "Posted on ... by ..." and share lines between them)
        while j >= 0 and (
            self.parts[j].kind == "date"
            or (
                self.parts[j].kind == "furniture" and _POSTED_OR_SHARED_RE.match(self.parts[j].text)
            )
        ):
            j -= 1
        if j == i - 1 or j < 0:
            return None
        above = self.parts[j]
        if (
            above.kind != "headline"
            or name_like(above.text)
            or _SPEECH_HEADING_RE.match(above.text)
        ):
            return None
        return above

    def _last_breadcrumb(self, over_a_headline: bool = False) -> int:
        """The index of the last breadcrumb line ("Home › News › Speeches"), or -1;
        with ``over_a_headline``, not a later one under a headline line under the first
        (a page's tags under its headline, "Mobilité | Transports publics | Wiltz",
        are no breadcrumb over it)."""
        crumbs = [
            i
            for i, p in enumerate(self.parts)
            if p.kind == "furniture"
            and _BREADCRUMB_RE.match(p.text)
            and not _SHARE_LINE_RE.search(p.text)
            and not _BYLINE_ROW_RE.search(p.text)
            # (nor a page's controls: "Top | Print friendly pdf | Related media")
            and not _PRINT_CONTROL_RE.search(p.text)
        ]
        if over_a_headline and len(crumbs) > 1:
            first_headline = next(
                (i for i, p in enumerate(self.parts) if i > crumbs[0] and p.kind == "headline"),
                len(self.parts),
            )
            crumbs = [i for i in crumbs if i < first_headline]
        return max(crumbs, default=-1)

    def _place_under_speech_heading(self, i: int) -> Part | None:
        """ "Address to the 38th Annual Dinner of ..." / "by Dr. X, Governor" / "Hyatt
        Regency Trinidad, Port of Spain": the line under a speech's heading and its
        speaker is where it was given, and the heading is the title."""
        heading = next(
            (p for p in reversed(self.parts[:i]) if p.kind not in ("name", "byline", "role")),
            None,
        )
        if heading is None or self._place_line_under(heading) is None:
            return None
        if heading.kind == "speech_venue":
            return heading
        # "The krone, the oil fund and ..." / "Speech by Deputy Governor X" / "Norwegian
        # School of Economics (NHH), Bergen": the headline over the speech's byline.
        byline = self.parts[self.parts.index(heading) + 1]
        spoken = byline.kind == "byline" and (
            _SPEECH_BYLINE_RE.match(byline.text) or _FOREIGN_BY_LINE_RE.match(byline.text)
        )
        return heading if spoken and heading.kind == "headline" else None

    def _place_line_under(self, heading: Part) -> Part | None:
        """The place line (a building, a town) under a speech's heading and its
        speaker, as a place part; None when the next line is no such line."""
        index = self.parts.index(heading) + 1
        while index < len(self.parts) and self.parts[index].kind in ("name", "byline", "role"):
            index += 1
        if index == len(self.parts):
            return None
        line = self.parts[index]
        if self._suburb_over_its_date(index):
            # "Remarks at the opening of the Western Suburbs Hydrogen Hub" / "Laverton
            # North" / "Friday 9 August 2024"
            return Part("place", line.text, line.start, line.end, line.text)
        if index == self.parts.index(heading) + 1 and not (
            line.kind == "date" and (line.value or _names_a_venue(line.text))
        ):
            return None  # (but "Harpa Conference Centre, Reykjavík – 24 March 2026" under it)
        text = _TRAILING_DATE_RE.sub("", line.text).strip(" ,")
        undated = _LEADING_DATE_RE.sub("", text)
        if undated != text and not _names_a_venue(undated):
            return None  # "October 3, 2023 – Halifax, Nova Scotia": a dateline, no venue
        text = undated  # ("October 3, 2023 – Pier 21 Exhibition Hall, Halifax")
        if (
            line.kind not in ("headline", "date")
            or "," not in text
            or _verbs_in(text)
            or text.endswith((".", "!", "?", ":"))
            # "Dr. ʻAna Lupe Fifita Taumoepeau, Governor": a name and its role
            or titled_names(text)
            or _is_role_line(text.rsplit(",", 1)[-1].strip())
            or _only_titles(text.rsplit(",", 1)[-1].strip())
        ):
            return None
        return Part("place", line.text, line.start, line.end, text)

    def _suburb_over_its_date(self, index: int) -> bool:
        """A short place name on its own line, the date under it (or a building's
        longer name: "Anna Regina Multipurpose Centre")."""
        line = self.parts[index]
        words = line.text.split()
        return (
            line.kind == "headline"
            and (1 <= len(words) <= 3 or _a_buildings_line(line, 8))
            and all(w[:1].isupper() for w in words)
            and not line.text.isupper()
            and not _verbs_in(line.text)
            and index + 1 < len(self.parts)
            and self.parts[index + 1].kind == "date"
        )

    def _heading_without_headline(self) -> Part | None:
        """No headline line: a speech's "Address to ..." line, a "Statement of X
        on ..." line, or the most specific furniture ("DOORSTOP INTERVIEW") under
        the page's breadcrumb."""
        after_crumb = self.parts[self._last_breadcrumb() + 1 :]
        return (
            self.first("speech_venue")
            or next((p for p in self.all("place") if _PLACE_HEADING_RE.match(p.text)), None)
            or self._heading_byline()
            or next((p for p in self.all("org") if _org_heading(p)), None)
            or next((p for p in after_crumb if p.kind == "furniture" and _specific(p.text)), None)
            or self._speech_byline_heading()
        )

    def _speech_byline_heading(self) -> Part | None:
        """ "Speech by Ambassador X" / "at the Reception Celebrating ...": a speech's
        byline, with the occasion's line under it when it goes on in lower case."""
        byline = next((p for p in self.all("byline") if _SPEECH_BYLINE_RE.match(p.text)), None)
        if byline is None:
            return None
        k = self.parts.index(byline)
        under = self.parts[k + 1] if k + 1 < len(self.parts) else None
        if under is not None and _OCCASION_UNDER_RE.match(under.text):
            return Part("headline", f"{byline.text} {under.text}", byline.start, under.end)
        return byline

    def _place_under_heading_byline(self, i: int) -> bool:
        """ "Keynote Address by H.E. X, Chairman of Y, at the Z Forum 2024" / "Abu Dhabi
        National Exhibition Centre (ADNEC), Abu Dhabi": the place the heading's speech was
        given, on the line under it."""
        byline = self._heading_byline()
        return (
            byline is not None
            and i > 0
            and self.parts[i - 1] is byline
            and _names_a_venue(self.parts[i].text)
            and not _verbs_in(self.parts[i].text)
        )

    def _heading_byline(self) -> Part | None:
        """A byline that heads the text ("Statement of X on ...", "Interview with ...")."""
        return next((p for p in self.all("byline") if _HEADING_BYLINE_RE.search(p.text)), None)

    @property
    def venue(self) -> Part | None:
        """Where the text was spoken or the event held, as the header prints it, or as
        a speech's byline says ("Speech given by X ... at the Y Conference, Z Centre")."""
        return self._header_venue() or self._byline_place()

    def _header_venue(self) -> Part | None:
        heading = self.first("speech_venue")
        venue = self._building_venue_line() or heading
        place = self._place_line()
        if (
            venue is not None
            and heading is not None
            and self._right_after(heading, venue)
            and not _VENUE_LINE_RE.match(venue.text)  # (not "Delivered by video link from")
        ):
            # "Address to the X Summit" / "Leader of the Council, Councillor Y" / "Eden
            # Court Theatre, Inverness": the occasion, then the building, as below
            venue, place = heading, venue
        if venue is not None and venue.kind == "speech_venue" and place is None:
            place = self._place_line_under(venue)  # "Hyatt Regency Trinidad, Port of Spain"
        byline = self.first("byline")
        if venue is None and place is None and byline and _SPEECH_BYLINE_RE.match(byline.text):
            # "Speech by Deputy Governor X" / "Norwegian School of Economics (NHH), Bergen"
            place = self._place_line_under(self.parts[self.parts.index(byline) - 1])
        # "Parliament House, Canberra" is where a transcript or a speech ("Remarks
        # by ...") was given; over a plain release, "A BETTER, SAFER PLACE" is a
        # headline.
        spoken = self._spoken()
        # "Delivered by the Hon. X, M.P." names who read it out: a place line after it
        # that names a building is where ("Diolch, Llywydd." is no place).
        read_out = any(_SPOKEN_KIND_RE.match(p.text) for p in self.all("name"))
        if (
            venue is None
            and place is not None
            and not _names_whom(place.text)
            and (
                spoken
                or _TRANSCRIPT_KIND_RE.match(place.text)
                or (read_out and _names_a_venue(place.value or ""))
            )
        ):
            return place
        if venue is not None and place is not None and self._right_after(venue, place):
            # "Speech given at the Annual Lunch of the Chamber" / "Pomme d'Or Hotel, St
            # Helier": the occasion, then the building and town (the speaker's name and
            # role may stand between: "Address to the Housing Summit" / "Councillor X" /
            # "Eden Court Theatre, Inverness").
            broken = (venue.value or "").split()[-1:] in ([w] for w in _BROKEN_AFTER)
            value = f"{venue.value}{' ' if broken else ', '}{place.value}"
            return Part(venue.kind, venue.text, venue.start, place.end, value)
        dated = self._hall_on_date_line() if spoken else None
        if (
            venue is not None
            and dated is not None
            and dated.start > venue.start
            and (dated.value or "").split(", ")[0] not in (venue.value or "")
        ):
            # "Address at the opening of the X Forum" / "Minister Y" / "Stadthalle Cottbus,
            # 4 February 2025": the occasion, then the hall its date line names
            value = f"{venue.value}, {dated.value}"
            return Part(venue.kind, venue.text, venue.start, dated.end, value)
        return venue or self._heading_place() or dated

    def _place_line(self) -> Part | None:
        """The first place line, not the body's own address over its postal line
        ("HAZINA PLAZA, UPPER HILL" / "P.O. BOX 30266 - 00100, NAIROBI")."""
        for i, part in enumerate(self.parts):
            postal = i + 1 < len(self.parts) and POSTAL_RE.search(self.parts[i + 1].text)
            if part.kind == "place" and not postal:
                return part
        return None

    def _byline_place(self) -> Part | None:
        """ "Speech given by X, National Statistician, at the Annual Conference of Y,
        Manchester Central, Manchester": where a speech's byline says it was given."""
        for part in self.all("byline"):
            at = _HEADING_AT_RE.search(part.text) if _SPEECH_BYLINE_RE.match(part.text) else None
            # (at an occasion and its place: "at the Tengah Green Living Lab Opening
            # Ceremony" alone leaves the place to the text; "in Offa" is the subject's)
            if (
                at
                and at.group().lstrip().lower().startswith("at ")
                and "," in at["place"]
                and not re.search(r"\bto\s+the\b", at["place"])
                and not _verbs_in(at["place"])
            ):
                place = normal_case(at["place"]) if at["place"].isupper() else at["place"]
                place = _without_the_occasion(place)
                return Part("venue", part.text, part.start, part.end, clean_venue(place))
        return None

    def _spoken(self) -> bool:
        """Whether the header says a speech or a transcript follows."""
        return bool(
            self.turns
            or self.first("byline")
            or self.first("speech_venue")
            or any(
                _SPOKEN_KIND_RE.match(p.text) or _SPOKEN_SECTION_RE.search(p.text)
                for p in self.all("furniture")
            )
            or self._headed_as_speech()
        )

    def dated_venue(self) -> Part | None:
        """A spoken text's date line that names a hall ("Winter Gardens, Blackpool,
        21 September 2011"): where it was given, not a dateline."""
        return self._hall_on_date_line() if self._spoken() else None

    def _hall_on_date_line(self) -> Part | None:
        """A date line's place that names a hall (a town named for a park, a hill or a
        harbour in its state is the dateline: "Menlo Park, Calif.")."""
        dated = self._date_line_place()
        if dated is None:
            return None
        first, _, rest = (dated.value or "").partition(", ")
        state = rest.split(", ")[0].replace(".", "").replace(" ", "")
        if state in names.place_abbreviations():
            return None  # "Menlo Park, Calif.", "Coffs Harbour, NSW"
        if not _HALL_WORDS_RE.search(first) and _TOWN_WORDS_RE.search(first):
            return None  # "Overland Park, Kansas", "Castle Rock"
        return dated

    def _building_venue_line(self) -> Part | None:
        """The first venue line, or a later one that names a building where the first
        names none ("at the sitting of the Sejm Committee on Infrastructure" /
        "Delivered in the Column Hall of the Sejm, Warsaw")."""
        lines = self.all("venue")
        if len(lines) > 1 and not _names_a_building(lines[0].value or ""):
            return next((v for v in lines if _names_a_building(v.value or "")), lines[0])
        return lines[0] if lines else None

    def byline_place(self) -> Part | None:
        """ "Delivered by X MS, Minister for Health, in the Senedd Chamber, Cardiff Bay.":
        the place a byline ends with (an event there may name its building elsewhere)."""
        for part in self.parts:
            m = (
                _BYLINE_PLACE_RE.search(part.text) or _delivered_in_a_venue(part.text)
                if part.kind in ("byline", "name")
                else None
            )
            if m:
                return Part("venue", part.text, part.start, part.end, clean_venue(m["place"]))
        return None

    def _date_line_place(self) -> Part | None:
        """ "Tafelberg Conference Centre, Cape Town, 21 May 2026": the place a spoken
        text's date line prints before its date, when it names a building or event."""
        for part in self.all("date"):
            # "Riverside Stadium, Pietermaritzburg — Saturday 8 March 2025" too
            pieces = re.split(r",\s+|\s+[–—|·]\s+", part.text)
            while pieces and (
                _DATE_PIECE_RE.search(pieces[-1])
                or _MONTH_DAY_PIECE_RE.match(pieces[-1])  # "February 27, 2025": its first piece
                or pieces[-1].strip(" .,").lower() in wordlists.WEEKDAYS_EN
            ):
                pieces.pop()  # "21 May 2026", "Thursday 20 November 2025"
            # ("Monday 7 April 2025 | Palais des Congrès, Amsel": the date first)
            while pieces and _DATE_PIECE_RE.search(pieces[0]):
                pieces.pop(0)
            # ("in Parliament on Tuesday, 12 March 1985": the place without its words around)
            place = _PLACE_WORDS_AROUND_RE.sub("", ", ".join(pieces))
            if place and len(place.split()) <= 10 and _PLACE_LINE_WORDS_RE.search(place):
                return Part("place", part.text, part.start, part.end, place)
        return None

    def _right_after(self, first: Part, second: Part) -> bool:
        """Whether ``second`` follows ``first`` with nothing but who speaks between."""
        index = self.parts.index(first) + 1
        while index < len(self.parts) and self.parts[index].kind in ("name", "byline", "role"):
            index += 1
        return index < len(self.parts) and self.parts[index].start == second.start

    def speech_heading_venue(self) -> str | None:
        """ "Speech by Secretary General X at the Baltic Horizons Forum, Daugava Congress
        Hall, Riga": where a speech's heading says it was given (a place line under
        the heading is :attr:`venue`'s); or a transcript's ("Transcript of press
        conference, Accra International Conference Centre, Accra")."""
        for part in self.all("furniture"):
            held = _TRANSCRIPT_PLACE_RE.match(part.text) or _HANSARD_CHAMBER_RE.match(part.text)
            if held and _names_a_venue(held["place"]):
                return held["place"]
        for part in self.all("headline", "byline"):
            heading = _SPEECH_HEADING_RE.match(part.text) or _TRANSCRIPT_OF_RE.match(part.text)
            # (from its "at" when the kind's word ends with it: "X's remarks at the Y")
            at_start = (
                heading.end() - (3 if heading.group().lower().endswith(" at") else 0)
                if heading
                else 0
            )
            at = _HEADING_AT_RE.search(part.text, at_start) if heading else None
            # (from the heading's start: "Address to the X" ends its match with "to")
            to = _HEADING_TO_RE.search(part.text, heading.start()) if heading and not at else None
            if to:
                occasion, _, held_at = to["place"].partition(", ")
                # ("Budget Speech 2026: Address to the National Assembly, Panama City": a
                # chamber addressed is where the speech was given)
                # ("... to the Third Mediterranean Forum on Sustainable Tourism, Yasmine
                # Hammamet": an event, then its town)
                if not (
                    (
                        _EVENT_NOUN_RE.search(occasion)
                        and (_names_a_venue(held_at) or _a_towns_name(held_at))
                    )
                    or _CHAMBER_ADDRESSED_RE.fullmatch(occasion)
                ):
                    to = None
            found = at or to
            place = found["place"] if found else ""
            if place.isupper():
                place = normal_case(place)
            # "the Official Opening of the 2025 X Expo, Mulungushi International
            # Conference Centre, Lusaka": the occasion, then where it was held.
            occasion, comma, held_at = place.partition(", ")
            if comma and _OCCASION_RE.match(occasion) and _names_a_venue(held_at):
                place = held_at
            place = _START_OF_RE.sub("", place)  # "the Start of the Weekly Cabinet Meeting"
            place = _before_speaker(place)  # "... at the X Summit by Minister Y"
            if _CLAUSE_VERB_RE.search(place):
                continue  # "X's remarks at the Harbour Festival were taken out of context"
            if place and (_names_a_venue(place) or _EVENT_NOUN_RE.search(place)):
                return clean_venue(place)
        return None

    def _heading_place(self) -> Part | None:
        """ "TRANSCRIPT — PRESS CONFERENCE — GLADSTONE MARINA": the place a transcript's
        heading ends with."""
        for part in self.parts:
            m = _HEADING_PLACE_RE.match(part.text)
            if m and part.kind in ("headline", "furniture") and not _FURNITURE_RE.match(m["place"]):
                return Part("place", part.text, part.start, part.end, normal_case(m["place"]))
        return None

    @property
    def dateline(self) -> str | None:
        """The place printed with the date on a header line ("Zagreb, 15 April 2021")."""
        dated = self.dated_venue()
        for part in self.all("date"):
            if part.value and not (dated and dated.start == part.start):
                return part.value
        return None

    def printed_people(self) -> list[PrintedPerson]:
        """Each person the header names, with the roles printed on or next to their
        line, folded ("PRIME MINISTER" over "THE HON. HUGH LINDEMANN MP")."""
        people = []
        for i, part in enumerate(self.parts):
            if part.kind not in ("name", "byline") or not part.value:
                continue
            near = [
                self.parts[j].text
                for j in (i - 1, i + 1)
                if 0 <= j < len(self.parts) and self.parts[j].kind == "role"
            ]
            people.append(
                PrintedPerson(part.value, part.start, names.fold(" ".join([part.text, *near])))
            )
        for part in self.parts:
            if part.kind in ("role", "headline", "furniture", "place"):
                # "PREMIER NATHAN STOCKDALE AND POLICE COMMISSIONER ANNE FURLONG"
                for title, name, start in titled_names(part.text):
                    people.append(PrintedPerson(name, part.start + start, names.fold(title)))
        return people

    def turn_start(self) -> int:
        """Where the first transcript turn begins (the text's end when there is none)."""
        return min((start for _, start, _ in self.turn_spans), default=1 << 30)

    @property
    def is_speech(self) -> bool:
        """A speech, address, op-ed or statement read out, not a transcript: its body
        is the speaker's own words ("Remarks at ...", "By Hon. X", "Check against
        delivery")."""
        if self.turns:
            return False
        return bool(
            self.first("speech_venue")
            or any(not _NOT_SPOKEN_BYLINE_RE.search(p.text) for p in self.all("byline"))
            or any(_SPEECH_FURNITURE_RE.match(p.text) for p in self.all("furniture"))
            or self._headed_as_speech()
            # "Delivered at a press conference at ... Check against delivery.", "AS
            # DELIVERED — Council Chambers": the delivery note inside another line.
            or any(_DELIVERY_NOTE_RE.search(p.text) for p in self.parts)
            # "Delivered by the Hon. X, M.P.": a speaker's line that says it was read out
            or any(_DELIVERED_BY_RE.match(p.text) for p in self.all("name"))
        )

    def _headed_as_speech(self) -> bool:
        """ "Remarks by ...", "PRIVILEGE SPEECH", "Bill 11: Second reading speech",
        "Allocution à l'occasion de ...": a heading that says a speech follows."""
        return any(
            _SPEECH_HEADING_RE.match(p.text)
            or _SPEECH_KIND_LINE_RE.match(p.text)
            or _SPEECH_KIND_TAIL_RE.search(p.text)
            or _FOREIGN_SPEECH_HEADING_RE.match(p.text)
            or _STATE_OF_ADDRESS_RE.search(p.text)
            for p in self.all("headline")
        )

    def speaker_of(self, label: str) -> str | None:
        """The person who speaks a turn, or None for a journalist, host or chair."""
        if label == "A":
            return self.turn_names.get(label)  # a Q&A's answers: the person introduced
        words = label.split()
        if (
            names.fold(words[-1].strip(".")) in _NOT_MAIN_SPEAKERS
            or names.fold(words[0].strip(".")) in _NOT_MAIN_SPEAKERS
        ):
            return None  # a journalist, host or chair, even when named
        if label in self.turn_names:
            return self.turn_names[label]
        if _is_role_label(words):
            return None  # "PRESIDENT OF THE HOUSE:" that the header does not name: no name
        if _MEASURE_LABEL_RE.match(label) and words[-1] not in names.POSTNOMINALS:
            return None  # "Urban CPI: 9.6 percent": a table's row, no one speaking
        return _label_name(label)

    def statement_speaker_of(self, label: str) -> str | None:
        """Whose statement a turn is: a main speaker's, or a chair's or host's the text
        names ("CHAIR (Professor Elspeth Marr):"); never a journalist's question."""
        who = self.speaker_of(label)
        if who or label not in self.turn_names:
            return who
        words = [names.fold(w.strip(".")) for w in label.split()]
        return self.turn_names[label] if {words[0], words[-1]} & _CHAIRS else None

    def unnamed_main_label(self, speaker: str, text: str) -> str | None:
        """The label that speaks most, when the text names no one for it and it is the
        release's speaker who speaks under it: a Q&A's "A:", or a role ("PM:",
        "Minister:") the text gives the speaker ("Prime Minister Alistair Keohane") and
        no other label shares ("PRIME MINISTER ALBANESE:" beside "PRIME MINISTER:")."""
        if not self.turns:
            return None
        label = max(self.turns, key=self.turns.__getitem__)
        words = {names.fold(w.strip(".")) for w in label.split()}
        if self.statement_speaker_of(label) or words & (_NOT_MAIN_SPEAKERS - _ANSWERS):
            return None
        if words & _ANSWERS:
            return label
        if not _is_role_label(label.split()):
            return None
        role = names.fold(label).strip(". ")
        role = _ROLE_ABBREVIATIONS.get(role, role)
        head = role.split()[-1]
        if any(head in names.fold(other).split() for other in self.turns if other != label):
            return None
        return label if _holds_role(text, role, speaker) else None

    def main_turn_speaker(self) -> tuple[str, float] | None:
        """The transcript's main speaker and their share of the words spoken."""
        spoken = {label: n for label, n in self.turns.items() if self.speaker_of(label)}
        total = sum(self.turns.values())
        if not spoken or total == 0:
            return None
        label, words = max(spoken.items(), key=lambda kv: kv[1])
        return self.turn_names.get(label, _label_name(label)), words / total


# Words a title-case headline breaks before ("… in Rural Michigan Communities" /
# "Without a Full-Service Grocery"); a subhead seldom opens with one.
_TITLE_CONTINUATIONS = frozenset(
    re.findall(
        r"\w+",
        "without with for in to and of on after before as at from into amid over under through "
        "during despite against across by or but than near toward towards within beyond between "
        "among while following",
    )
)


# (and the particles of bodies' names in other languages: "Ministério da Transição")
_NAME_LIKE_SMALL = frozenset(
    ["of", "the", "and", "&", "for", "o", "plc", "e", "et", "y", "und", *names.PARTICLES]
)


# "En la inauguración de las XII Jornadas ...", "Lors du congrès ...", "Anlässlich der ...":
# the occasion a Romance or German press office prints over its headline.
_OCCASION_KICKER_RE = re.compile(
    r"(?i)^(?:en\s+(?:la|el)\s|durante\s+(?:la|el|a|o)\s|lors\s+d(?:e\s|u\s|es\s|['’])|"
    r"à\s+l['’]occasion\s+d|nel\s+corso\s+d|in\s+occasione\s+d|na\s+abertura\s+d|"
    r"bei\s+der\s|beim\s|anlässlich\s)"
    # ... of an event: not "En la Comunidad Valenciana el paro baja", a headline
    r"(?=.*\b(?:inauguraci[oó]n|clausura|presentaci[oó]n|jornadas?|congreso|cumbre|"
    r"conferencia|foro|visita|ceremonia|acto|inauguration|congrès|sommet|conférence|forum|"
    r"visite|cérémonie|inaugurazione|congresso|convegno|vertice|conferenza|cerimonia|"
    r"abertura|cúpula|eröffnung|kongress|gipfel|konferenz|besuch|festakt|tagung)\b)"
)


def _section_kicker(line: str, following: str) -> bool:
    """ "SEA AND ISLANDS" over "Government launches ... programme": a short section label
    in capitals over a longer headline in mixed case; or the occasion in another
    language over its headline ("En la inauguración de las XII Jornadas ...")."""
    if _OCCASION_KICKER_RE.match(line) and not line.endswith((".", ":")):
        return True
    if _NEWS_FROM_LINE_RE.match(line) and len(following.split()) >= 5:
        return True  # "NEWS FROM THE FACULTY OF CHEMICAL ENGINEERING": the page it is on
    if (
        _KINDS_SECTION_RE.match(line)
        and len(following.split()) >= 4
        # (not a heading broken over lines: "REMARKS BY THE GOVERNOR AT THE LAUNCH OF THE")
        and line.split()[-1].lower() not in _BROKEN_AFTER
    ):
        return True  # "Speeches and Statements by the Prime Minister": the page's section
    # "Transcripts | Radio interviews", "News | Rice Supply": a site's section and topic.
    pieces = _KICKER_SEPARATOR_RE.split(line)
    if (
        1 < len(pieces) <= 3
        and all(0 < len(piece.split()) <= 3 for piece in pieces)
        and not _verbs_in(line)
        and len(following.split()) >= 5
    ):
        return True
    words = line.split()
    if line.endswith(("!", "?", ".", ":")) or following.isupper():
        return False
    if line.isupper():
        return (
            len(words) <= 4
            # "MENSAH-DALE SIGNS", "GRASSLEY TO INTRODUCE BILL" are headlines
            and not _inflected_verbs_in(line)
            and not (_verbs_in(line) and _MODAL_RE.search(line))
            and len(following.split()) > len(words) + 2
        )
    # "Industrial heat" over "Federal Government Opens €1.8 Billion Funding Round ...":
    # a topic in sentence case, no verb in it.
    return (
        len(words) <= 3
        and words[0][:1].isupper()
        and all(w.islower() for w in words[1:])
        and (not _verbs_in(line) or line.lower() in _SECTION_NAMES)
        # (five words under two topics: "Transport and islands" over "Ullapool Stornoway
        # winter timetable extended")
        and len(following.split()) >= (5 if " and " in line else 6)
    )


_POSTED_OR_SHARED_RE = re.compile(r"(?i)(?:posted|published|last updated|updated|share)\b")
# A section of documents of some kinds, in the plural: "Speeches and Statements by the
# Prime Minister", "Press Releases and Transcripts".
# ("Ministerial Media Statements": a government's section of its ministers' statements)
_KINDS = (
    r"(?:(?:ministerial|latest|recent)\s+)?(?:speeches|statements|transcripts|releases|"
    r"press\s+releases|media\s+releases|media\s+statements|remarks|announcements|interviews)"
)
_KINDS_SECTION_RE = re.compile(
    rf"(?i)^{_KINDS}(?:(?:\s*,\s*|\s+(?:and|&)\s+){_KINDS})*(?:\s+(?:by|of|from)\s+[^\n]{{2,60}})?$"
)
_NEWS_FROM_LINE_RE = re.compile(r"(?i)^news\s+from\s+(?:the\s+)?\w")
# (and a middle dot between a section's names in two languages: "Energie · Énergie")
_KICKER_SEPARATOR_RE = re.compile(r"[^\S\n]+[|>»•·][^\S\n]+")

_CHAMBER_ADDRESSED_RE = re.compile(
    r"(?:(?:National|Legislative|General|Federal|People['’]s|Constituent)\s+)?"
    r"(?:Assembly|Parliament|Senate|Congress|Legislature)"
    r"|(?:House|Chamber)\s+of\s+(?:Representatives|Deputies|Commons|Assembly|Keys)"
)

# A site's section over the headline: "Statements" is no verb here.
_SECTION_NAMES = frozenset(
    ["statements", "speeches", "remarks", "transcripts", "briefings", "announcements"]
)


def _translated_heading(line: str, following: str) -> bool:
    """ "Ávarp forseta Íslands á þjóðhátíðardaginn 17. júní 2025" over "Address by the
    President of Iceland on National Day": the heading in the office's language over
    the English one, which the English text goes with."""
    # ("per cent" is English: "... only 18 per cent funded, OCHA warns")
    scores, english = language_scores(_PER_CENT_RE.sub(" ", line)), language_scores(following)
    # (English under it: two of our English words, or one more than any other language's)
    english_under = english["en"] >= 2 or (
        english["en"] >= 1
        and all(v < english["en"] for lang, v in english.items() if lang != "en")
        and max(scores.values()) >= 2  # (not "Grupo Cementero del Bajío Reports ...")
    )
    if scores["en"] or not english_under or len(line.split()) < 4 or following[:1].islower():
        return False  # (a lower-case line goes on: "... drought response plan" / "for ...")
    if _TRANSLATION_MARK_RE.match(following):
        return False  # "(EN) Walloon Government adopts ...": the translation, under the headline
    # (Lower-case words: "Menéndez, Sánchez, Núñez Secure ..." is English.)
    accented = sum(1 for w in line.split() if not w.isascii() and w.islower())
    return accented >= 2 or any(v for lang, v in scores.items() if lang != "en")


_TRANSLATION_MARK_RE = re.compile(r"\((?:EN|ENG|English)\)\s")
_PER_CENT_RE = re.compile(r"\bper\s+cent\b")


def _other_script_name(line: str, following: str) -> bool:
    """ "한빛마린시스템즈 주식회사", "金禾新能源科技股份有限公司" over an English line: the
    body's name in its own script, not the headline of the English text."""
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 2
        and not any(c.isascii() for c in letters)
        and len(line.split()) <= 12
        and sum(c.isascii() and c.isalpha() for c in following) >= 10
    )


_MODAL_RE = re.compile(r"\b(?:TO|WILL|MUST|SHOULD|CAN|MAY)\b")


def _inflected_verbs_in(line: str) -> bool:
    """ "SIGNS", "OPENED" (not "VISIT", a noun as often as a verb)."""
    return any(
        wordlists.is_verb(w) and w.lower().endswith(("s", "ed"))
        for w in re.findall(r"[\w'’]+", line)
    )


def _opens_lower(line: str) -> bool:
    return line[:1].islower()


def _subject_over_its_verb(line: str, following: str) -> bool:
    """A capitals headline broken after its subject: a line without a verb over one
    that opens with an inflected verb ("... PROGRAMME" / "REACHES 120 VILLAGES ...")."""
    first = following.split()[0].lower() if following.split() else ""
    return (
        line.isupper()
        and following.isupper()
        and len(line.split()) >= 2
        and first.endswith("s")
        and first in wordlists.action_verbs()
        and not _verbs_in(line)
        and not _FURNITURE_RE.match(line)
    )


def _capitals_headline_goes_on(line: str, following: str) -> bool:
    """ "GOVERNMENT EXTENDS LOAD-SHEDDING RELIEF" / "SCHEDULE FOR SMALL-SCALE MILLERS": a
    capitals headline with its verb, broken before an object that has none."""
    verbs = wordlists.action_verbs()
    words = line.split()
    if (
        line.isupper()
        and following.isupper()
        and len(words) >= 4
        and words[-2] in ("AND", "TO")
        and words[-1].lower() in verbs
        and not name_like(following)
    ):
        return True  # "... SHOULD BROADEN ITS TAX BASE AND BOOST" / "WOMEN'S EMPLOYMENT ..."
    return (
        line.isupper()
        and following.isupper()
        and len(following.split()) <= 8
        # ("500-BED FACILITY TO SERVE ..." is a subheadline: a number or infinitive)
        and not following[:1].isdigit()
        and " TO " not in f" {following} "
        # (a verb of ours, or any after "TO" or "WILL": "GOVERNMENT TO REHABILITATE 41 ...",
        # "CITY WILL REBUILD LAKEWALK SECTION" / "DESTROYED IN LABOR DAY STORM")
        and (
            any(w.lower() in verbs for w in line.split()[1:])
            or bool(re.search(r" (?:TO|WILL) ", line))
        )
        and not any(w.lower() in verbs for w in following.split())
        # ("ALONG THE RIVER WENSUM", "CENTRE IN LABASA": a place the object is in, not a
        # name over it)
        and (
            not name_like(following)
            or any(w.lower() in _PLACE_PREPOSITIONS for w in following.split()[:-1])
        )
    )


_PLACE_PREPOSITIONS = frozenset(
    ["in", "on", "at", "along", "across", "near", "between", "into", "over", "under", "around"]
)


# (not "free", "ready", "scale": they end a predicate too, "DECLARED MALARIA-FREE")
_COMPOUND_ADJECTIVE_END_RE = re.compile(
    r"(?i)\w-(?:affected|hit|based|led|related|owned|funded|prone|stricken)$"
)


def _role_before_its_name(line: str, following: Part) -> bool:
    """ "... Interview by Minister of State" / "Darren Lim Wei Jie at the ...": a heading
    ending on the speaker's role, the name opening the next heading line."""
    by = re.search(r"\s(?:by|with)\s+(?:the\s+)?(?P<role>[^\n]+)$", line)
    return (
        by is not None
        and following.kind == "headline"
        and "," not in by["role"]  # (not "by the President of Tynwald, the Hon. X MLC")
        and _is_role_line(by["role"])
        and not titled_names(by["role"])
        and bool(re.match(rf"[{UPPER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+)+\b", following.text))
        # (a name, not a headline: "Regional Rail Services Return Next Month")
        and person_name(_BEFORE_AT_RE.split(following.text, 1)[0]) is not None
    )


_BEFORE_AT_RE = re.compile(r"\s(?:at|on|in|to|for)\s|,")


def _headline_goes_on(line: str, following: Part, apart: bool = False) -> bool:
    """Whether a headline line goes on on the next header line: "Regional hospitals
    to get new" / "equipment" (``apart``: a blank line between them)."""
    nxt = following.text
    same_case = nxt.isupper() == line.isupper()
    # (a header lower-cased throughout: "tallinn to extend free night buses" / "deputy
    # mayor says …" is a headline over its deck, unless the first is cut mid-phrase)
    lowered = line.islower()
    # ("new ferry terminal for port ellis" / "opens to passengers": its verb goes on)
    verb_next = lowered and not _verbs_in(line) and _verbs_in(nxt.split()[0] if nxt else "")
    if following.kind == "headline" and line.endswith(" :") and line.isupper() and nxt.isupper():
        return True  # "NOUVELLE USINE À GIVORS :" / "LE SYNDICAT SÉCURISE ...": French spacing
    if following.kind == "headline" and not apart and _subject_over_its_verb(line, nxt):
        return True  # "BOREHOLE REHABILITATION PROGRAMME" / "REACHES 120 VILLAGES ..."
    if line.endswith(",") and _SPEECH_BYLINE_RE.match(line) and _OCCASION_UNDER_RE.match(nxt):
        return True  # "Remarks by the Minister of X, Y," / "at the Opening of the Z Summit"
    if (
        following.kind == "org"
        and not apart
        and _capitals_headline_goes_on(line, nxt)
        and any(w.lower() in _PLACE_PREPOSITIONS for w in nxt.split()[1:-1])
    ):
        return True  # "... OPENS FIRST PAEDIATRIC CANCER" / "UNIT AT PRINCESS MARINA HOSPITAL"
    return (
        following.kind == "headline"
        and (
            (nxt[:1].islower() and (not lowered or verb_next))
            or _continues_title_case(nxt)
            # "DIRECTOR ANNOUNCES NEW LIMITS ON" / "SHELLFISH HARVEST ...": cut mid-phrase
            or (
                line.split()[-1].lower() in _BROKEN_AFTER
                and same_case
                # (in a sentence-case line over a blank one, a capital is a name's: "...
                # plant in Long An"; not "... across An" / "Giang and Dong Thap ...")
                and not (apart and line.split()[-1][:1].isupper() and _sentence_case(line))
            )
            # "... SCHOOLS IN CHOLERA-AFFECTED" / "DISTRICTS": a compound adjective waits
            # for its noun
            or (
                bool(_COMPOUND_ADJECTIVE_END_RE.search(line))
                and same_case
                and len(nxt.split()) <= 3
            )
            or _capitals_headline_goes_on(line, nxt)
            # (not over a subheadline: "Smith Urges FEMA to Act" / "Senator Says ...")
            or (
                _ends_in_bare_infinitive(line)
                and same_case
                and len(nxt.split()) <= 10
                and not _verbs_in(nxt)
            )
        )
        and not line.endswith((".", ":", "!", "?"))
        # (nor into a salutation: "... INTERRUPTION IN X" / "To all concessionaires:")
        and not nxt.rstrip().endswith(":")
    )


def _sentence_case(line: str) -> bool:
    """Whether a line sets its words in lower case past its first, save names."""
    return any(len(w) >= 4 and w.isalpha() and w.islower() for w in line.split()[1:])


def _ends_in_bare_infinitive(line: str) -> bool:
    """ "Archuleta-Baca Presses Senate to Fund", "... FLOOR PRICE TO PROTECT": a
    headline line cut after its verb, the object on the next line (not "... Returns
    to Washington": a place)."""
    words = line.split()
    return (
        len(words) >= 4
        and words[-2].lower() == "to"
        and words[-1].isalpha()
        # (in title case or capitals: a sentence-case "... opens to passengers" is whole)
        and words[-1][:1].isupper()
        and words[-1].lower() not in wordlists.place_names()
    )


def _names_a_body_or_person(line: str) -> bool:
    """ "Patriarchate of the Old Adriatic Church", "JANE OKORO", "State House": a name over a speech's
    heading line; not a topic ("SARGASSUM EMERGENCY RESPONSE", "Productivity and the
    Long View")."""
    last = line.split()[-1].strip(".,").title() if line.split() else ""
    # ("GOUVERNEMENT PRINCIER" / "PRINCIPAUTÉ DE MONACO": a letterhead in capitals)
    letterhead = line.isupper() and len(line.split()) <= 4 and not any(c.isdigit() for c in line)
    return name_like(line) and bool(
        organization_line(line)
        or person_name(line)
        or last in wordlists.venue_word_set()
        or (letterhead and not _verbs_in(line))
    )


# A heading's second line that goes on from the first: "of the Ninth ...", "on the ...".
_GOES_ON_LOWER_RE = re.compile(r"(?:of|on|for|between|by)\s+(?:the\s+)?\S")


def _heading_over_its_deck(line: str, below: str) -> bool:
    """ "Scheduled Interruption of Water Supply" / "Courland transmission main replacement
    works": a title-case heading of four words or more, a small word in it and no body's
    name, over a verbless deck in sentence case; the heading is the headline."""
    words, under = line.split(), below.split()
    return (
        len(words) >= 4
        and any(w in ("of", "for", "and", "to", "on", "in") for w in words[1:-1])
        and organization_line(line) is None
        and len(under) >= 3
        # (not a document's kind under a body's name: "Friends of the Waikato River" /
        # "Annual report and accounts 2024")
        and not re.search(r"\d", below)
        and under[0][:1].isupper()
        and sum(w.islower() for w in under[1:]) >= len(under) - 2
        # (its verb, if any, last: "main replacement works")
        and not _verbs_in(" ".join(under[1:-1]))
    )


def name_like(line: str) -> bool:
    """A short line that names something rather than saying something: "The
    Loomwright Blog", "CITY OF HALVERTON", "Harrowgate Athletic FC" (not "Senate
    Subcommittee Reports", whose last word may be a verb)."""
    words = line.replace("|", " ").split()
    if not 0 < len(words) <= 5 or ":" in line or line.rstrip()[-1:] in "!?.":
        return False
    verbs = wordlists.action_verbs()
    org_words = wordlists.organization_word_set()
    # ("… Health Sciences Centre": a plural inside a name that a body's word ends)
    last = words[-1].strip(".,").lower()
    named = last in org_words or last.title() in wordlists.venue_word_set()
    for i, word in enumerate(words):
        bare = word.strip("()[],.'’\"“”")
        low = bare.lower()
        if not bare or low in _NAME_LIKE_SMALL or bare[:1].isdigit():
            continue
        if not bare[:1].isupper() or low in verbs or low.endswith("ing"):
            return False
        if i and low in _MODALS:
            return False  # "CITY WILL REBUILD LAKEWALK SECTION": a headline's modal
        # "… Subcommittee Reports", "BAUCUS HAS …": a verb, not part of a name
        if i and low.endswith("s") and low not in org_words and not (named and i < len(words) - 1):
            return False
    return True


_MODALS = frozenset(["will", "shall", "would", "must", "should", "could"])


# A speech's "Salutations.", an advisory's "WHEN:", a transcript's "Legend": a label
# over a section, no headline.
# (A contact block's "Contacts:" is the header's own: the headline may come after it.)
_SAID_COLON_RE = re.compile(r"\b(?:said|says|added|stated|declared)[^\S\n]*:$")
_OCCASION_UNDER_RE = re.compile(r"(?:at|to|on\s+the\s+occasion\s+of)\s+(?:the\s+)?[A-Z]")
_DIGNITARIES_LABEL_RE = re.compile(r"^(?:PROTOCOLS?|(?i:salutations?))[.:]?$")
_SECTION_LABEL_RE = re.compile(
    # ("PROTOCOL" over a speech's list of dignitaries)
    r"(?i)^(?!(?:contacts?|enquiries|inquiries)[.:]$)(?:[\w-]+[.:]|legend|key|abbreviations|"
    r"(?-i:PROTOCOLS?))$"
)


# Words a headline never ends with: one that does goes on on the next line.
_BROKEN_AFTER = frozenset(
    ["on", "of", "in", "for", "to", "the", "a", "an", "and", "at", "with", "from", "by", "as"]
)


def _continues_title_case(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 10 and words[0].lower() in _TITLE_CONTINUATIONS


_GENERIC_FURNITURE_RE = re.compile(
    r"(?i)^(?:for immediate release|(?:joint\s+)?(?:media|press|news)\s+(?:release|statement)s?|"
    r"transcript|e\s*&\s*oe(?:\s+transcript)?|check against delivery|as delivered|proof only|"
    r"speech|address|"
    r"remarks|news|release|share\b.*|"  # "Share: Facebook Twitter": a widget
    # "No. 112/2025", "Page 3 of 4": a short line with a number (not a long heading's year)
    r"communiqué|pressemitteilung|contacts?|media contacts?|(?=(?:\S+\s+){0,7}\S+$).*\d.*|"
    rf"{_OWN_LINES}|"
    r"[^\w]*)\W*$"
)


# A byline that heads the text: "Statement of X on ...", "Interview with ...".
_HEADING_BYLINE_RE = re.compile(
    # (a topic after "on", not a day: "..., Minister for Finance, on Thursday, 24th July")
    r"(?i)\son\s(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d|(?:jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec)[a-z]*\s+\d)|^(?:interview|transcript)\b|"
    r"^(?:speech|remarks|address|keynote)\s*[:–—-]"
    # "Speech by Mr X, Minister for Y, at the Z Conference"
    r"|^(?:(?:opening|closing|welcome|welcoming|keynote)\s+)?"
    r"(?:speech|remarks|address|keynote|statement)\b.*\s(?:at|during)\s+the\s"
)
# With no headline at all, "Remarks by Hon. X, Minister of Agriculture – Official
# Opening, Denbigh Show" heads the text (under a short title it is the speaker's line).
_SPEECH_BYLINE_RE = re.compile(
    r"(?i)^(?:(?:opening|closing|keynote|prepared)\s+)?(?:speech|remarks|address|statement|lecture)"
    r"\s+(?:(?:given|delivered|made|presented)\s+)?by\b"
)
# Labels that say what a release covers or when it was posted, never which it is.
_TOPIC_LABEL_RE = re.compile(
    r"(?i)^(?:subjects?|subject/s|topics?|embargo\w*|published|updated|posted)\s*:"
)


#: The kinds of spoken text a header line names.
_TRANSCRIPT_KINDS = r"doorstop|press conference|interview|transcript"
# ("Radio interview with Tess Callaghan, Wide Bay Breakfast")
_PLACE_HEADING_RE = re.compile(
    rf"(?i)(?:(?:radio|television|tv|phone|telephone)\s+)?(?:{_TRANSCRIPT_KINDS})\b"
)
_TRANSCRIPT_HEADING_RE = re.compile(
    rf"(?i)(?:joint\s+)?(?:(?:{_TRANSCRIPT_KINDS}|radio|television|tv)\s+){{1,2}}(?:with|by)\s"
)
_HEADING_PLACE_RE = re.compile(
    rf"(?i)^(?:joint\s+)?(?:(?:{_TRANSCRIPT_KINDS})\b[^\n]*\s[–—-]\s+"
    # "Doorstop interview at Napier Port": the kind, then "at" the place
    rf"|(?:(?:{_TRANSCRIPT_KINDS})\s+){{1,2}}at\s+(?:the\s+)?)"
    # Not the guest and the station ("INTERVIEW WITH X, ABC RADIO"), not a topic in lower case.
    rf"(?!(?:interview\s+)?with\b)(?P<place>(?-i:[{UPPER}])[^–—\n]{{2,59}})$"
)
# Bylines over text that is not the named person's own words: a release's kicker,
# a mail's or GOV.UK's sender, a transcript or an interview (others speak in it).
_NOT_SPOKEN_BYLINE_RE = re.compile(
    r"(?i)^(?:joint\s+)?(?:media|press|news)\s+(?:release|statement)|^from\s*:|^transcript"
    r"|\binterview"
)
_SPEECH_FURNITURE_RE = re.compile(
    r"(?i)^\W*(?:speech(?:es$)?|address|remarks|keynote(?: address)?|check against delivery|"
    r"ministerial statement|"
    r"as (?:prepared for )?delivered|as prepared for delivery|embargoed until delivery)\b"
)
# ... and "Ministerial Statement", "Delivered by the Hon. X": a statement read out.
_SPOKEN_KIND_RE = re.compile(
    rf"(?i)^(?:speech|address|remarks|keynote|ministerial statement|delivered by|"
    rf"{_TRANSCRIPT_KINDS})\b"
)


_SENDER_LABEL_RE = re.compile(r"(?i)from\s*:")


def _specific(line: str) -> bool:
    return (
        len(line.split()) >= 2
        and not _TOPIC_LABEL_RE.match(line)
        and not _GENERIC_FURNITURE_RE.match(line)
        and not _BREADCRUMB_RE.match(line)  # "Home > Newsroom > Speeches": where, not what
        and "@" not in line  # "From: Press Office <press@…>": a mail's sender
        # "From: Inland Waterways Canada": GOV.UK's or Canada.ca's sender line
        and not _SENDER_LABEL_RE.match(line)
        # "(English translation - unofficial)", "[Transcript edited for length.]": a note
        # on the text, in brackets
        and not (line.startswith("(") and line.endswith(")"))
        and not (line.startswith("[") and line.endswith("]"))
        and not _PAGE_CONTROL_RE.match(line)  # "Search this site"
        # "16A HALF WAY TREE ROAD, KINGSTON 5, JAMAICA W.I.": a letterhead's address
        and not _ADDRESS_LINE_RE.match(line)
    )


_PAGE_CONTROL_RE = re.compile(r"(?i)^(?:search|print|share|skip)\b")
_PRINT_CONTROL_RE = re.compile(r"(?i)\bprint(?:er)?[\s-]+friendly\b|\|\s*print\s*(?:\||$)")
_WEEKDAY_START_RE = re.compile(rf"(?i)(?:{'|'.join(wordlists.WEEKDAYS_EN)})\b")


def _is_title_label(words: list[str]) -> bool:
    """A turn label made only of a title's words ("PRESIDENT OF THE HOUSE", "PM")."""
    titles = wordlists.title_word_set()
    bare = [w.strip(".,").lower() for w in words]
    if not bare or bare[0] not in titles:
        return False
    # "PRESIDENT OF THE HOUSE", "MINISTER FOR HEALTH"; not "MR SINGH"
    return all(w in titles or w in _SMALL_WORDS for w in bare) or bare[1:2] in (["of"], ["for"])


def _is_role_label(words: list[str]) -> bool:
    """A turn label that is a role, not a name: "PRESIDENT OF THE HOUSE", "PM",
    "CABINET SECRETARY" (a title's last word after a portfolio's)."""
    if _is_title_label(words):
        return True
    bare = [w.strip(".,").lower() for w in words]
    return (
        2 <= len(bare) <= 3
        and bare[-1] in wordlists.title_word_set()
        and bare[0] not in _LEADING_TITLES
        and all(w.isalpha() and (w.isupper() or w.istitle()) for w in words)
    )


def _without_title(label: str) -> str:
    """A label without the title it opens with ("Press Secretary OKAMURA" -> "OKAMURA")."""
    title = names.titled_re().match(label) or _RANK_LABEL_RE.match(label)
    return label[title.end() :] if title and title.end() < len(label) else label


# "DCP RAMDEEN:", "ACP EFUA MENSAH-BONSU:": a police rank's initials before a name in a
# turn's label.
_RANK_LABEL_RE = re.compile(rf"{names.RANKS}[^\S\n]+(?=[\w'’‐-]+(?:[^\S\n]+[\w'’‐-]+){{0,2}}$)")


_MEASURE_LABEL_RE = re.compile(
    rf"^[{UPPER}][{names.LOWER}]+(?:\s+[{UPPER}][{names.LOWER}]+)*\s+[A-Z]{{2,4}}$"
)


def _label_name(label: str) -> str:
    label = _without_title(label)
    words = [w for w in label.split() if w.lower().rstrip(".") not in _LEADING_TITLES]
    surname = _after_office_initials(" ".join(words))
    if surname:
        words = [surname]  # "MOS Lim", "DPM Wong": an office's initials before the surname
    name = " ".join(words) or label
    # "O'KEEFE-HALL", "McCORMACK": a chamber record's surname in capitals, in normal case.
    return " ".join(
        names._caps_to_title(w.upper())
        if (w.isupper() or (w[:2] == "Mc" and w[2:].isupper())) and (len(w) > 2 or name.isupper())
        else w
        for w in name.split()
    )


_OFFICE_INITIALS_RE = re.compile(r"[A-Z]{2,4}")


def _after_office_initials(label: str) -> str | None:
    """ "MOS Lim" -> "Lim", "MOS Darren Lim" -> "Darren Lim": the surname (or the name)
    after an office's initials, else None."""
    words = label.split()
    if (
        2 <= len(words) <= 4
        and _OFFICE_INITIALS_RE.fullmatch(words[0])
        and all(w[:1].isupper() and not w.isupper() for w in words[1:])
    ):
        # (a title after the initials is no part of the name: "MOS Dr Tan" -> "Tan")
        rest = words[2:] if len(words) > 2 and names.is_title(words[1].rstrip(".")) else words[1:]
        return " ".join(rest)
    return None


@functools.cache
def _non_names() -> frozenset[str]:
    return frozenset(w.lower() for w in wordlists.non_name_words()) | frozenset(
        w.lower() for w in wordlists.organization_words()
    )


def _without_leading_titles(tokens: list[str], after_title: bool = False) -> list[str]:
    """A name line's tokens without the styles and titles before the name
    (``after_title``: a title was cut from the line's start already)."""
    tokens = list(tokens)
    if after_title and len(tokens) > 2 and tokens[0].lower().strip(".,") in names.MALAY_ADDRESS:
        tokens.pop(0)  # "YB | TUAN MOHD FARHAN ..." (Tuan alone is a given name)
    while tokens and tokens[0].lower().rstrip(",") in _LEADING_TITLES:
        if tokens[0].lower() == "the" and (
            len(tokens) < 2 or tokens[1].lower().rstrip(".") not in ("hon", "honourable", "rt")
        ):
            break  # "The Subprime Mortgage Market" is no title and name
        tokens.pop(0)
    while len(tokens) > 2 and names.is_title(tokens[0].strip(".,")):
        tokens.pop(0)  # "YB DATO' SRI MOHD ...": forms of address in a row
        if len(tokens) > 2 and tokens[0].lower().strip(".,") in names.MALAY_ADDRESS:
            tokens.pop(0)  # "YB TUAN MOHD FARHAN ..." (Tuan alone is a given name)
    return tokens


_CAPS_NAME_RE = re.compile(r"(?:[A-Z][A-Z'’‐-]*\.?[^\S\n]+){1,4}[A-Z][A-Z'’‐-]+\b")
_FROM_TITLED_RE = re.compile(
    r"(?i)(?:(?:news|a\s+report|report|a\s+letter|letter|notes)\s+)?from\s+"
)


def person_name(line: str, bare: bool = True) -> str | None:
    """The person a header line names, without titles and post-nominals, or None.

    "THE HON. DARYL WILLIAMS AM QC MP" -> "Daryl Williams"; "Senator the Hon
    Nick Minchin" -> "Nick Minchin"; "Chairman Ben S. Bernanke" -> "Ben S.
    Bernanke"; "Roger W. Ferguson, Jr." -> "Roger W. Ferguson, Jr.";
    "Sarah Hanson‐Young, Senator for South Australia" -> "Sarah Hanson‐Young".
    With ``bare`` false, a line of capitalised words without a title, a
    post-nominal or a role after a comma is no name ("Policy Coordination").
    """
    # (and a style in brackets: "RT. HON. (DR.) MOSES W. KIPTANUI")
    line = _CLASS_YEAR_RE.sub("", _PARTY_TAG_RE.sub("", _BRACKETED_STYLE_RE.sub(" ", line)))
    line = line.strip(" .:;-–—")
    # A newsletter's masthead, the name in capitals: "from Congressman ELMER J. STRAUB ..."
    masthead = _FROM_TITLED_RE.match(line)
    title = names.titled_re().match(line, masthead.end()) if masthead else None
    if masthead and title:
        caps = _CAPS_NAME_RE.match(line, title.end())
        line = line[masthead.end() : caps.end() if caps else len(line)]
    # "Sheriff Wendell Akers-Montoya", "Press Secretary Tomohiro Kusakabe": our titles.
    long_title = _LONG_TITLE_RE.match(line) or names.titled_re().match(line)
    line = _after_more_titles(line[long_title.end() :]) if long_title else line
    if long_title and names.FRENCH_OFFICE_OF_RE.match(long_title.group() + line):
        return None  # "PRÉFET DE LA GIRONDE", "Maire de Lyon": the office, not a name
    head, _, rest = line.partition(",")
    if _body_list_goes_on(rest) or _legal_form_only(rest):
        return None  # "AMALGAMATED RAIL, MARITIME AND …", "Linhas Aéreas, S.A.": a body
    suffix = ", " + rest.strip() if rest.strip().rstrip(".") in ("Jr", "Sr", "III", "II") else ""
    tokens = head.split()
    count = len(tokens)
    tokens = _without_leading_titles(tokens, after_title=bool(long_title))
    # "JOHN DOE MP SHADOW TREASURER": a post-nominal ends the name.
    for i, token in enumerate(tokens):
        if token.strip(".,") in names.POSTNOMINALS:
            tokens = tokens[:i]
            break
    # (a title, a post-nominal or a role: "MOSES W. KIPTANUI, EGH, MP", "K. R. NAIR, MLA")
    evidence = bool(long_title) or len(tokens) < count or _role_or_honours_after(rest, bool(suffix))
    if not (bare or evidence):
        return None
    particles = sum(t.lower() in _PARTICLES for t in tokens[1:-1])
    if not 2 <= len(tokens) <= 5 + particles:
        return None  # (a particle makes a name longer: "Mohd Farhan bin Abdul Razak")
    non_names = _non_names()
    months = wordlists.MONTHS_EN
    for i, token in enumerate(tokens):
        word = token.strip(",")
        low = word.lower()
        if (low in _PARTICLES and 0 < i < len(tokens) - 1) or (i == 0 and word == "Ma."):
            continue  # (and "Ma." of María before a given name: "Ma. Cristina dela Paz")
        if not _NAME_TOKEN_RE.match(word) or low in non_names or low in months:
            return None
        if not evidence and (low in wordlists.action_verbs() or low in wordlists.speech_verb_set()):
            return None  # "Senator Mark Udall" has a name; "Council Marks Jubilee" has none
    if _only_initials(tokens) or _ends_a_body(tokens[-1]) or _street_address(tokens, rest):
        return None  # "Legislative Assembly, Parliament House": a body, not a person
    name = " ".join(t.strip(",") for t in tokens)
    if name.isupper():
        name = " ".join(names._caps_to_title(w) for w in name.split())
    return name + suffix


def _street_address(tokens: list[str], rest: str) -> bool:
    """ "Gen. Luna Street, Iloilo City 5000": a street with its town and postcode (not
    "Andy Street, Mayor of the West Midlands")."""
    return tokens[-1].strip(",") in ("Street", "STREET") and bool(re.search(r"\d", rest))


def _legal_form_only(rest: str) -> bool:
    """ " S.A.", " Ltd.": a company's legal form after its name's comma."""
    return rest.strip().lower().replace(".", "").replace(" ", "") in LEGAL_FORMS


def _role_or_honours_after(rest: str, suffix: bool) -> bool:
    """Whether what follows a name's comma is its role or its post-nominals."""
    return (not suffix and _is_role_phrase(rest)) or _only_postnominals(rest)


_BRACKETED_STYLE_RE = re.compile(r"\s\((?i:dr|prof|eng|engr|mrs|mr|ms)\.?\)\s")


def _only_postnominals(rest: str) -> bool:
    """ " EGH, MP", " MLA" (not a state's postal code: "FALL RIVER, MA")."""
    pieces = [p.strip() for p in rest.split(",")]
    if len(pieces) == 1 and pieces[0].strip(".") in names.place_abbreviations():
        return False
    return bool(rest.strip()) and all(
        p and all(w.strip(".") in names.POSTNOMINALS for w in p.split()) for p in pieces
    )


def _after_more_titles(line: str) -> str:
    """ "Tan Sri Dato' Seri Rosnah binti Abdul Karim" after "YAA": styles in a row."""
    for _ in range(3):
        more = names.titled_re().match(line)
        if not more:
            break
        line = line[more.end() :]
    return line


# Body words that are also surnames ("Margaret Court", "Tom Church") may end a name.
_SURNAME_BODY_WORDS = frozenset(["church", "court", "bank", "hall", "field", "trust", "union"])


def _only_initials(tokens: list[str]) -> bool:
    return all(len(t.strip(".")) == 1 for t in tokens[:-1]) and len(tokens[-1]) < 2


def _ends_a_body(word: str) -> bool:
    low = word.strip(".,").lower()
    if low in _SURNAME_BODY_WORDS:
        return False
    return low in _PLACE_END_WORDS or low in wordlists.organization_word_set()


# Last words of an assembly's or a building's name, never of a person's
# ("KUALA LUMPUR CONVENTION CENTRE" on a speech's header line).
_PLACE_END_WORDS = (
    frozenset(w.lower() for w in names.BUILDING_WORDS)
    | frozenset(
        {"assembly", "auditorium", "theatrette", "plaza", "terminal", "fairgrounds"}
        | {"chamber", "buildings", "rooms", "complex", "grounds", "marae", "courtroom"}
    )
    | frozenset(w.lower() for w in names.PLACE_KINDS)
    | frozenset(w.lower() for w in names.STREET_WORDS)
)


_ROLE_INSIDE_RE = re.compile(
    r"(?i)\b(?:senator|minister|member|spokes\w+|mp|mla|candidate) for\b|\bshadow (?:minister|"
    r"treasurer|attorney|secretary)\b"
)


def titled_names(line: str) -> list[tuple[str, str, int]]:
    """(title, name, where) for each person a header line names with a title."""
    found = []
    for m in names.titled_re().finditer(line):
        rest = line[m.end() :]
        hit = names.name_at(line, m.end(), caps=rest.split(" ")[0].isupper())
        if hit and " " in hit[0] and not names.a_capitals_headlines_verb(line[m.end() : hit[1]]):
            found.append((m.group().strip(), hit[0], m.start()))
    return found


def _issuer_name(phrase: str) -> str | None:
    """The first person a kicker names: "Minister Helena Vasquez and ...", "Department of
    Health and The Rt Hon Jane Doe MP", "The Hon. Jane Doe MP, Minister for ..."."""
    name = _first_titled_name(phrase)
    if name:
        return name
    for piece in re.split(r",\s+|\s+and\s+", phrase):
        name = person_name(piece.strip(), bare=False)
        if name:
            return name
    return None


def _first_titled_name(phrase: str) -> str | None:
    """The first person named with a title in ``phrase`` ("Minister Helena Vasquez and ...")."""
    m = names.titled_re().search(phrase)
    if not m:
        return None
    # "Minister of Police Tane Whakaruru and ...": the name after the portfolio.
    start = names.name_start(phrase, m, len(phrase))
    if start is None:
        return None
    found = names.name_at(phrase, start, caps=phrase[start:].split(" ")[0].isupper())
    return found[0] if found else None


_SMALL_WORDS = frozenset(
    [
        "of",
        "for",
        "and",
        "the",
        "on",
        "in",
        "to",
        "at",
        "de",
        "du",
        "des",
        "la",
        "le",
        "et",
        "für",
        "der",
        "die",
        "das",
        "und",
        "von",
        "a",
        "an",
        "y",
        "e",
        "del",
        "do",
        "da",
        "dos",
        "das",
        "en",
        "em",
        "pour",
        # ("Fondation des Automates et Boîtes à Musique de Sainte-Croix")
        "à",
        "au",
        "aux",
        "para",
        "per",
        "&",
        # Italian's and Dutch's: "Consorzio Portuale di Trapani e Marsala"
        "di",
        "della",
        "delle",
        "dei",
        "van",
        "voor",
    ]
)
# Bodies whose own word comes first in many languages: "Museum Ter Vaart", "Stichting
# Vrienden van ...", "Collectif Toits Solidaires", "Fundación Luz del Sur".
_HEAD_FIRST_BODY_WORDS = frozenset(
    ["museum", "musée", "museo", "stichting", "stiftung", "fondation", "fundación", "fundação",
     "fondazione", "collectif", "coöperatie", "cooperativa", "coopérative", "association",
     "associação", "asociación", "verein", "verband", "theater", "teatro", "théâtre", "galerie",
     "gemeente", "spf", "fod", "banco", "banque", "banca", "prefecture", "universidad",
     "landeshauptstadt",
     "universidade", "université", "università", "universität", "universiteit", "universiti",
     "universitas", "partido", "partito", "parti", "partei"]
)  # fmt: skip
#: Bodies named head first in other languages: ministries and offices of Dutch, Romanian
#: and Slavic states ("Ministerul Energiei", "Ministerie van Infrastructuur en Waterstaat",
#: "Urząd Miasta Gdańska"), regions and towns ("Regione Emilia-Romagna", "Comune di Bari").
FOREIGN_BODY_HEADS = frozenset(
    ["ministerie", "ministerul", "ministerstvo", "ministerstwo", "ministarstvo",
     "minisztérium", "ministeriet", "agentschap", "rijksdienst", "urząd", "zarząd", "úřad", "agenția", "autoritatea",
     "primăria", "regione", "région", "región", "comune", "provincia", "kanton", "cantone",
     # courts: "CURTEA CONSTITUȚIONALĂ A REPUBLICII MOLDOVA", "Sąd Najwyższy", "Soud"
     "curtea", "tribunalul", "sąd", "soud",
     "gouvernement", "gobierno", "governo",
     # Malay and Indonesian: "Kementerian Kesihatan Malaysia", "Jabatan Pengurusan Pesisir
     # Negara", "Badan Pusat Statistik", "Dinas Pendidikan"
     "kementerian", "kementrian", "jabatan", "lembaga", "badan", "dinas", "pejabat",
     "suruhanjaya",
     # Dutch and German towns', provinces' and water boards' own names: "Stad Mechelen",
     # "Provincie Limburg", "Waterschap Rivierenland", "Amt der Tiroler Landesregierung"
     "stad", "provincie", "waterschap", "hoogheemraadschap", "stadt", "gemeinde", "amt",
     "landkreis", "magistrat"]
)  # fmt: skip
# Bodies in Romance languages write their subject in lower case: "Ministère de
# l'Habitation et de l'Occupation du territoire", "Dipartimento del territorio".
_ROMANCE_BODY_HEADS = frozenset(
    ["ministère", "ministerio", "ministério", "ministero", "département", "departamento",
     "dipartimento", "dirección", "direzione", "direção", "direcção", "réseau", "secretaría", "secretaria", "consejería",
     "préfecture", "prefettura", "prefeitura", "servicio", "servizio", "ufficio", "oficina",
     "agence", "agencia", "agência", "agenzia", "spf", "conseil", "consiglio", "consejo", "comune",
     "ayuntamiento", "municipio", "regione", "région", "generalitat", "diputación",
     # a town's or province's own government: "Alcaldía Mayor de Cartagena de Indias",
     # "Municipalidad Provincial de Arequipa", "Intendencia de Montevideo", "Concello de Vigo"
     "alcaldía", "alcaldia", "municipalidad", "intendencia", "gobernación", "concello",
     "ajuntament", "mairie", "município", "xunta", "consellería",
     "comisión", "comissão", "commissione", "banco", "banque", "banca", "parquet",
     # embassies and public companies: "Ambassade de Suisse en Pologne", "Empresa de ..."
     "ambassade", "embajada", "embaixada", "ambasciata", "empresa", "entreprise", "impresa",

     # regulators, companies, foundations, institutes, delegations
     "organismo", "organisme", "régie", "fondation", "société", "sociedad", "sociedade", "società", "fundación",
     "fundação", "fondazione", "instituto", "institut", "istituto", "délégation",
     "delegación", "delegação", "delegazione",
     # a region's or a state's government: "Gouvernement wallon", "Gobierno de Aragón"
     "gouvernement", "gobierno", "governo",
     # federations, unions, chambers: "Federación Nacional de Trabajadores Portuarios"
     "federación", "federação", "fédération", "federazione", "confederación", "confédération",
     "sindicato", "syndicat", "sindacato", "cámara", "câmara", "chambre", "asociación",
     "associação", "associazione", "unión", "união",
     # consortia, corporations, co-operatives and inter-municipal bodies
     "consorzio", "consorcio", "corporación", "corporação", "cooperativa", "intercommunale",
     "societatea", "compania", "companhia", "compañía",
     # a government's secretariat and its high commissions: "Secrétariat général du
     # Gouvernement", "Commissariat à l'énergie"
     "secrétariat", "secretariado", "secretariato", "commissariat", "haut-commissariat",
     # a presidency and an ombudsman's or prosecutor's office: "Presidência da República de
     # Moçambique", "Provedoria de Justiça", "Procuraduría General de la Nación"
     "presidência", "presidencia", "présidence", "presidenza", "provedoria", "defensoría",
     "procuraduría", "procuradoria", "fiscalía",
     # an authority: "Autoridad Autónoma del Valle del Colca", "Autorité de régulation"
     "autoridad", "autoridade", "autorité", "autorità"]
)  # fmt: skip
# What the adjectives after a Romance body's later nouns end in ("boréale", "nordiques",
# "agrícola", "publics"); a verb ("anuncia", "présente") ends otherwise.
_ROMANCE_ADJECTIVE_ENDINGS = (
    "al", "ale", "ales", "aux", "ique", "iques", "ienne", "iennes", "aire", "aires", "ière",
    "ières", "ico", "ica", "icos", "icas", "ivo", "iva", "ivos", "ivas", "ário", "ária",
    "ense", "enses", "ola", "olas", "imo", "ima", "imos", "imas", "ali", "ics",
    # ("Économie maritime", "Protection maternelle", "Croissance bleue", "Santé humaine")
    "ime", "imes", "elle", "elles", "eue", "eues", "aine", "aines",
    # (a region's people: "du Ried alsacien", "du Bassin parisien")
    "ien", "iens",
)  # fmt: skip
_ROMANCE_LINKS = frozenset(
    ["et", "y", "e", "de", "des", "del", "du", "da", "do", "das", "dos", "della", "di"]
)
# A Romance body's adjective after its head: "centrale", "nacional", "fédéral" (a
# list: endings would take verbs, "Banco publica ...", "Banque signale ...").
_ROMANCE_ADJECTIVES = frozenset(
    ["central", "centrale", "centrales", "national", "nationale", "nacional", "nazionale",
     "fédéral", "fédérale", "federal", "federale", "régional", "régionale", "regional",
     "regionale", "provincial", "provinciale", "municipal", "municipale", "général",
     "générale", "general", "generale", "supérieur", "supérieure", "superior", "supremo",
     "suprema", "suprême", "público", "pública", "publique", "pubblico", "pubblica",
     "européen", "européenne", "europeo", "europea", "interministériel", "autonome",
     "autónomo", "autónoma", "autonomo", "autonoma", "constitucional", "constitutionnel",
     "suisse", "française", "français", "belge", "española", "español", "italiana",
     "italiano", "portuguesa", "brasileira", "mexicana", "argentina", "chilena",
     # a region's people: "Gouvernement wallon", "Parlement flamand", "Govern català"
     "wallon", "wallonne", "flamand", "flamande", "luxembourgeois", "québécois", "catalán",
     "català", "vasco", "gallego", "andaluz", "andaluza", "valenciano", "valenciana",
     # bodies several towns or departments share: "Syndicat intercommunal des eaux ..."
     "intercommunal", "intercommunale", "interdépartemental", "interdépartementale",
     "départemental", "départementale", "intermunicipal", "intermunicipale", "mixte"]
)  # fmt: skip
_STATE_COLUMN_RE = re.compile(
    r"(?i)(?<![,])(?<!\bof)(?<!\bthe)(?<!\barab)(?<!\bsocialist)(?<!\bfederal)(?<!people's)"
    r"(?<!\bpeoples)(?<!\bdemocratic)(?<!\bunited)(?<!\bislamic)\s+(?:(?:socialist|federal|people'?s|democratic|"
    r"united|islamic|arab)\s+)*(?:republic|kingdom)\s+of\s+.*$"
)
_OF_THE_STATE_RE = re.compile(r"(?i)\b(?:of|the)(?:\s+[\w'’-]+){0,2}\s?$")
# ("[EU flag]", "[Ministry logo]", "[national emblem]": a picture's own words too)
_LOGO_RE = re.compile(
    r"(?i)\s*\[(?:[\w'’.-]+\s+){0,2}(?:logo|emblem|crest|coat of arms|flag|seal)\]\s*"
)
_ORG_DECORATION_RE = re.compile(
    r"(?i)^(?:(?:joint\s+)?(?:media|press|news)\s+(?:release|statement)s?\s*[:–—-]\s*|"
    r"(?:news\s+)?from (?:the\s+)?"
    # a case's caption heading a court's summary: "IN THE COURT OF APPEAL OF THE REPUBLIC OF X"
    r"|in\s+the\s+(?=(?:[\w'’]+\s+){0,3}(?:court|tribunal)\b))"
    r"|\s*(?:[–—|-]\s*(?:office of\s+)?(?:news|media|communications|public affairs)\b.*|"
    r"\s+(?:news(?:room)?|media releases?|press releases?|press office)"
    # a scan's specks after the name: "THE SCOTTISH OFFICE . '"
    r"|\s+[.,'’`]+(?:\s+[.,'’`]+)*"
    # a page's switches after the name: "Swansea Council  Cymraeg  Search  Menu"
    r"|(?:\s+(?:cymraeg|gaeilge|english|français|search|menu)){2,}"
    # a kind of text after it: "OFFICE OF THE PREMIER OF VICTORIA  SPEECH"
    r"|\s+(?:speech|speeches|transcript|media statement))$"
)


# "PARLIAMENT HOUSE, CANBERRA", "DOORSTOP – NEPEAN PLAZA, PENRITH": where a transcript was taken.
_TRANSCRIPT_KIND_RE = re.compile(rf"(?i)^(?:{_TRANSCRIPT_KINDS})\s*[–—:-]")
# A town and its state's formal name: "Muscat, Sultanate of Oman", "Manama, Kingdom of
# Bahrain" (a town of three words at most: not "Volunteers return from Apia, ...").
_TOWN_AND_STATE_RE = re.compile(
    rf"^(?P<place>[{UPPER}][\w'’.-]+(?:\s[{UPPER}][\w'’.-]+){{0,2}},\s*(?:the\s+)?"
    r"(?:Republic|Kingdom|Hashemite\s+Kingdom|Sultanate|State|Commonwealth|Principality|Emirate|"
    r"Grand\s+Duchy|Federation|Independent\s+State|Islamic\s+Republic|People['’]s\s+Republic)"
    rf"\s+of\s+(?:the\s+)?[{UPPER}][\w'’.-]+(?:\s[{UPPER}][\w'’.-]+)?)$"
)
_PLACE_LINE_RE = re.compile(
    rf"^(?:(?:DOORSTOP|Doorstop|PRESS CONFERENCE|Press conference|INTERVIEW|Interview|"
    rf"TRANSCRIPT|Transcript)\s*[–—:-]\s*)?(?P<place>(?:\d+[A-Za-z]?\s+)?[{UPPER}][\w'’.&-]*"
    rf"(?:\s+[\w'’.&-]+){{0,5}}(?:,\s*[{UPPER}][\w'’.-]*"
    rf"(?:\s+[{UPPER}][\w'’.-]*){{0,2}}){{1,2}})"
    # (a dash's tail, not a hyphen's: "..., SEMI-INDUSTRIAL AND INSHORE FLEETS")
    rf"(?:(?:\s*[–—]|\s+-)\s*[{UPPER}][\w ]{{0,30}})?$"
)


# Small words inside a place's name ("Palacio de Gobierno", "Hotel am Markt").
_PLACE_SMALL_WORDS = frozenset(
    [
        "of",
        "the",
        "and",
        "at",
        "on",
        "de",
        "du",
        "da",
        "la",
        "le",
        "van",
        "von",
        "der",
        "upon",
        "under",
        "for",
        "in",
        "y",
        "e",
        "del",
        "des",
        "sur",
        "am",
        "an",
        "bei",
        "im",
    ]
)


def _mostly_lower(place: str) -> bool:
    """Whether a line's first part has more lower-case words than capitalised ones:
    "Large fire at industrial unit, Foundry Lane" is a headline, "National
    Economists Club luncheon meeting, Washington" a place."""
    words = [w for w in place.split(",")[0].split() if w.lower() not in _PLACE_SMALL_WORDS]
    lower = sum(w[:1].islower() for w in words)
    return lower > len(words) - lower


def _verbs_in(line: str) -> bool:
    return any(wordlists.is_verb(w) for w in re.findall(r"[\w'’]+", line))


def _clause_after_a_name(phrase: str) -> bool:
    """ "Alliance CEO Ruth Halvorsen testifies on ...": a capitalised subject, then its
    verb's inflected form and more words (not "the foreign ministers of the Baltic
    states", "issued by the Office of the Premier")."""
    m = _SUBJECT_THEN_VERB_RE.match(phrase)
    return bool(m) and m["verb"] != "states" and wordlists.is_verb(m["verb"])


_SUBJECT_THEN_VERB_RE = re.compile(
    rf"(?:[{UPPER}][\w.'’-]*[^\S\n]+){{1,6}}(?P<verb>[a-z]+(?:s|ed))[^\S\n]+\w"
)


def _place_verbs_in(place: str) -> bool:
    """Verbs that make a "Name, Name" line a headline ("Ports Reopen, Minister Says"):
    inflected, or in lower case; a capitalised base form or participle names a place
    ("National Press Theatre", "United Nations Headquarters")."""
    if place.isupper():
        return _verbs_in(place)  # capitals tell no verb from a name's word
    if _PARTICIPLE_VERB_RE.search(place):
        return True  # "Taoiseach interviewed on ...": a verb (not "newly renovated Hall")
    for i, word in enumerate(re.findall(r"[\w'’]+", place)):
        if not wordlists.is_verb(word):
            continue
        low = word.lower()
        if word[:1].islower() or (low.endswith("s") and not low.endswith("ss")):
            return True
        if i == 0 and not low.endswith("ed"):
            return True  # "Thank you, Madame Treasurer.": an imperative opens it
    return False


def normal_case(line: str) -> str:
    """An ALL-CAPS header line in normal case ("MINISTER FOR HEALTH" -> "Minister for Health")."""
    if not line.isupper():
        return line.strip()
    out = []
    words = line.split()
    for i, word in enumerate(words):
        low = word.lower()
        if word.strip(".,()") in _CAPS_ABBREVIATIONS or (word == "AS" and i == len(words) - 1 > 0):
            # "DURBAN HARBOUR FC" -> "Durban Harbour FC"; "SJØVIK HAVBRUK AS", a company
            out.append(word)
        else:
            out.append(low if i and low in _SMALL_WORDS else names._caps_to_title(word))
    return " ".join(out)


# Abbreviations an ALL-CAPS line keeps in capitals: clubs, company forms, bodies.
_CAPS_ABBREVIATIONS = frozenset(
    ["FC", "AFC", "CF", "RFC", "PLC", "LLC", "LLP", "ASA", "NV", "BV", "NHS", "UN", "EU", "UK"]
)


_ABBREVIATION_TAIL_RE = re.compile(r"\s*\((?:[A-Z]{2,8}:\s*)?[A-Z][\w&.-]{1,11}\)$")
# its country or region in brackets, two or three words of our place list: "Te Ara Moana
# Pacific Infrastructure Fund (New Zealand)" (one word is read as an abbreviation's tail)
_PLACE_IN_BRACKETS_RE = re.compile(
    r"(?P<cut>)\s*\((?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})\)$"
)


def _without_a_known_place(body: str, pattern: re.Pattern[str]) -> str:
    """``body`` cut where ``pattern``'s "cut" group starts, when the place it ends with
    ("country") is one of our place names."""
    found = pattern.search(body)
    if found and found["country"].lower() in wordlists.place_names():
        return body[: found.start("cut")]
    return body


_BARE_ABBREVIATION_RE = re.compile(r"\s+[A-Z]{3,8}$")


def _without_abbreviation(body: str) -> tuple[str, re.Match[str] | None]:
    """ "UN Children's Relief Fund (UNCRF)": the name without its abbreviation (and the
    abbreviation in brackets); the Swiss federal style prints it bare ("Federal Office
    for Mountain Hazards FOMH")."""
    abbreviation = _ABBREVIATION_TAIL_RE.search(body)
    body = _ABBREVIATION_TAIL_RE.sub("", body)
    body = _without_a_known_place(body, _PLACE_IN_BRACKETS_RE)
    bare = _BARE_ABBREVIATION_RE.search(body)
    if bare and not body.isupper() and _abbreviates(bare.group(), body[: bare.start()].split()):
        body = body[: bare.start()]
    return body, abbreviation


def _abbreviates(abbreviation: str, words: list[str]) -> bool:
    """Whether "(FIPSR)" is made of the initials of at least three capitalised words,
    in order ("Fédération Internationale de Pelote et Sports de Raquette")."""
    letters = re.sub(r"[^A-Z]", "", abbreviation.split(":")[-1])
    initials = "".join(w[0] for w in words if w[:1].isupper()).upper()
    return len(letters) >= 3 and len(initials) <= len(letters) + 2 and _in_order(letters, initials)


def _initials_are(acronym: str, words: list[str]) -> bool:
    """ "UNCALR" of "United Nations Centre for Arid Lands Resilience": the capitalised
    words' initials exactly (not "NASA" of "New Artemis II Schedule Announced")."""
    initials = "".join(w[0] for w in words if w[:1].isupper()).upper()
    return len(acronym) >= 3 and initials == acronym.upper()


def _in_order(letters: str, initials: str) -> bool:
    rest = iter(initials)
    return all(letter in rest for letter in letters)


_BRANCH_RE = re.compile(
    r"^(?!(?i:press|media|communications?|news|public affairs)\b)"
    rf"[{UPPER}][\w'’.-]*(?:\s+[{UPPER}][\w'’.-]*){{0,3}}\s+"
    r"(?i:section|branch|chapter|division|region|office)$"
)


def _a_short_name(phrase: str) -> bool:
    """ "LANTERNLIGHT INTERNATIONAL": an international body's short name (not
    "Flood Warning", "Vacancy Notice" over a region or a division)."""
    words = phrase.split()
    return (
        1 <= len(words) <= 4
        and ":" not in phrase
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() in ("international", "worldwide", "global")
        and not _verbs_in(phrase)
    )


# A body named by its mission or office, not by a body's word: "Delegation of the
# European Union to Morocco", "OMBUDSMAN FOR THE RIGHTS OF OLDER PERSONS".
# The UN's agencies, as their country teams and offices print them ("UNICEF in Ghana",
# "UNDP Guatemala").
_UN_AGENCIES = (
    r"UNDP|UNICEF|UNHCR|UNFPA|WFP|WHO|FAO|UNESCO|IOM|ILO|UNOPS|OCHA|UNEP|UN-Habitat|UN\s+Women"
)
_MISSION_OR_OMBUDSMAN_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:delegation\s+of\s+(?:the\s+)?[\w .'’-]{3,60}?\s+to\s+\S"
    r"|ombudsman\s+(?:for|of)\s+\S"
    # a country team: "United Nations in Mongolia", "UNICEF in Ghana"
    rf"|(?:united\s+nations|un|{_UN_AGENCIES})\s+in\s+(?-i:[A-Z])[\w'’-]+"
    r"(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}$)"
)
# An international body's programme, with its country after a dash: "World Food
# Programme", "UNITED NATIONS COASTAL RESILIENCE PROGRAMME – SRI LANKA" (a programme alone
# is as often a headline's project).
_UNITED_NATIONS_RE = re.compile(r"(?i)\bunited\s+nations\b")  # ("United": no verb here)
_PROGRAMME_BODY_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:united\s+nations|un)\s+(?:(?-i:[A-Z])[\w'’-]*+\s+){0,4}|world\s+food\s+)"
    r"(?-i:Programme|PROGRAMME)(?:\s+(?:for|in)\s+[^–—|<\n]++)?(?:\s*[–—]\s*[^–—|<\n]++)?$"
)
_ACRONYM_RE = re.compile(rf"^[{UPPER}]{{2,8}}$")


# "de", "del", "da", "do", "des", "du": a Romance name's "of".
_ROMANCE_OF_RE = re.compile(r"\s(?:de|del|da|do|das|dos|des|du|di|della)\s")


# A state's name: "Republic of Lebanon", "Kingdom of Bahrain", "Hellenic Republic".
_STATE_NAME_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:(?!of\b)[\w'’-]+\s+){0,3}(?:republic|kingdom)(?:\s+of\s+[\w'’ -]{2,40})?$"
)


# A government's own name over its ministries: "Government of Samoa", "Governo de
# Pernambuco", "Canton de Vaud", "Republic of Lebanon".
_GOVERNMENT_LINE_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:government|gobierno|governo|gouvernement|regierung|canton|kanton|"
    r"republic|rep[uú]blica|r[ée]publique|province|state)\s+(?:of|de|do|da|du|des|von|of\s+the)\s"
)
# A ministry or department of a government ("Secretaria de Segurança Hídrica", "Ministry
# of Finance", "Département de la santé").
_SUBORDINATE_BODY_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:federal\s+|state\s+)?(?:ministry|ministerio|ministério|ministère|"
    r"ministero|ministerium|department|département|departamento|departement|"
    r"secretar[ií]a|secretariat|secrétariat|direction|direcci[oó]n|dire[cç][aã]o)\b"
)


def _its_ministry(government: str, tail: str) -> str | None:
    """ "Gobierno de Chile | Ministerio de Energía", "Canton de Vaud – Département de la
    santé": a government's ministry, beside its name, issues (not a second government or a
    joint body: "Government of Manitoba | Northern Lakes Tribal Council")."""
    if not _GOVERNMENT_LINE_RE.match(government):
        return None
    own = organization_line(tail)
    return own if own and _SUBORDINATE_BODY_RE.match(own) else None


_KINDS_OF_A_PLACE = frozenset(
    ["regional", "district", "provincial", "municipal", "city", "county", "state", "local"]
)


def _generic_body_of_a_place(head: str, tail: str) -> bool:
    """A body's kind alone before the dash, a place's name after it."""
    kind = head.lower().split()
    place = tail.split()
    return (
        1 <= len(kind) <= 3
        and all(w in wordlists.organization_word_set() or w in _KINDS_OF_A_PLACE for w in kind)
        and 1 <= len(place) <= 2
        and all(w[:1].isupper() and not w.isupper() for w in place)
        and not any(w.lower() in wordlists.lowercase_words() for w in place)  # ("– Update")
        and not _verbs_in(tail)
    )


def _body_and_its_part(head: str, tail: str, first: str | None) -> str | None:
    """ "Lanternlight International – Kenya Section", "Canadian Federation of Health Care
    Workers – Atlantic Branch": a national or regional part issues; "Regional
    Administration – Varna", "District Court – Tartu": a kind of body, named by its place."""
    if _BRANCH_RE.match(tail.strip()):
        body = first or (normal_case(head.strip()) if _a_short_name(head) else None)
        return f"{body} – {normal_case(tail.strip())}" if body else None
    if first and _generic_body_of_a_place(head, tail):
        return f"{first} – {tail.strip()}"
    return None


def _body_around_separator(line: str, sep: str) -> str | None:
    """The body a line split by ``sep`` names in one of its pieces ("State Weather
    Bureau – Flood Warning"), or None."""
    head, tail = line.split(sep, 1)
    first = organization_line(head)
    if sep in (" – ", " — ", " - ") and (branch := _body_and_its_part(head, tail, first)):
        return branch
    if (
        first
        and sep in (" | ", " / ", " · ", " — ", " – ")
        and (
            _in_another_language(head)
            or head.split()[0].lower() in FOREIGN_BODY_HEADS
            # ("Banco Regional Andino de Desarrollo | Andean Regional Development Bank")
            or (_ROMANCE_OF_RE.search(head) and not _ROMANCE_OF_RE.search(tail))
        )
        and (language_scores(tail)["en"] >= 1 or ENGLISH_BODY_WORD_RE.search(tail))
    ):
        # "Ministério das Infraestruturas e Habitação | Ministry of Infrastructure and
        # Housing": the English name, when the other piece names the body too
        first = organization_line(tail) or first
    acronym = head.strip()
    spelled = organization_line(tail) if _ACRONYM_RE.match(acronym) else None
    if not spelled and _ACRONYM_RE.match(acronym) and _initials_are(acronym, tail.split()):
        # ("UNCALR – United Nations Centre for Arid Lands Resilience": its initials,
        # though "Lands" reads as a verb)
        spelled = normal_case(tail.strip())
    if spelled and spelled[:1] == acronym[:1]:
        # "ARPUV – Agencia Reguladora de Puertos ...": the name spelled out (not
        # "UNHCR – The UN Refugee Agency", a motto)
        return spelled
    if first and ":" not in tail and len(tail.split()) <= 8:
        # (not "Acme ASA – Third quarter results: orders recover", a headline that
        # opens with the body's name; a government's ministry beside its name issues)
        return _its_ministry(first, tail) or first
    # "Llywodraeth Cymru | Welsh Government", "Ministério das Infraestruturas e Habitação
    # | Ministry of Infrastructure and Housing", "REGIONE MARCHE · MARCHE REGION": a
    # body's name in two languages.
    two_languages = sep in (" | ", " / ", " · ") and (
        len(head.split()) <= 4 or _in_another_language(head)
    )
    second = organization_line(tail) if two_languages else None
    if second and len(tail.split()) <= 8:
        return second
    if sep != " / " and _masthead_over_label(head, tail):
        return normal_case(head.strip())
    # "Republic of Lebanon – Ministry of Public Health": the state, then its ministry
    state = not first and _STATE_NAME_RE.match(head.strip()) and len(tail.split()) <= 10
    if state and (body := organization_line(tail)):
        return body
    # "Alpenbrücke – Schweizer Hilfswerk / Œuvre d'entraide suisse": a one-word
    # name described as a body.
    if len(head.split()) == 1 and head[:1].isupper() and organization_line(tail.split(" / ")[0]):
        return head.strip()
    return None


# A release's kind alone, after its issuer's name on one line.
_RELEASE_KIND_RE = re.compile(
    r"(?i)^(?:joint\s+)?(?:press|media|news)\s+(?:release|statement|advisory)$|^communiqué(?:\s+de\s+presse)?$"
)


def _masthead_over_label(head: str, tail: str) -> bool:
    """ "PORT OF KELLHAVEN - PRESS RELEASE": a name of two to six English words
    before the release's kind, whatever its words, is the body whose release it is
    (not "SENATOR JANE DOE - PRESS RELEASE", a person's; not "DATGANIAD I'R WASG /
    PRESS STATEMENT", the label in two languages)."""
    head = head.strip()
    return (
        bool(_RELEASE_KIND_RE.match(tail.strip()))
        and 2 <= len(head.split()) <= 6
        and name_like(head)
        and not person_name(head)
        and not _verbs_in(head)
        and language_scores(head)["en"] > 0
    )


# ("REGIONE MARCHE · MARCHE REGION": the English piece names what the body is)
ENGLISH_BODY_WORD_RE = re.compile(
    r"(?i)\b(?:region|ministry|municipality|province|county|government|agency|office|city|"
    r"bank|authority|council|foundation|institute|university|department|board|party)\b"
)


def _in_another_language(line: str) -> bool:
    """Whether a short line's words are another language's, none of them English."""
    scores = language_scores(line)
    return not scores["en"] and any(v for lang, v in scores.items() if lang != "en")


# The word after a body's own word that says what it is of ("Ministry of", "Ministério da").
# German bodies' words end compounds: "Bundesministerium", "Landesbehörde",
# "Handelskammer", "Stadtverwaltung", "Polizeipräsidium".
_GERMAN_BODY_ENDINGS = (
    "ministerium", "behörde", "verwaltung", "kammer", "anstalt", "direktion", "präsidium",
    "bundesamt", "landesamt", "verbund", "verband",
)  # fmt: skip
_WHAT_A_BODY_IS_OF = frozenset(
    ["of", "for", "on", "de", "du", "des", "der", "für", "di", "del", "della", "da", "do", "dos"]
)


# A sports club issues its own statements ("Dunmore Athletic Football Club"); an
# audience's club is where a speech is given ("Before the Economic Club of Colorado").
_SPORTS_CLUB_RE = re.compile(
    r"(?i)\b(?:football|athletic|rugby|cricket|golf|tennis|sailing|yacht|rowing|hockey|"
    r"sports?|netball|basketball|baseball|soccer|boxing|cycling|swimming|bowling|bowls|"
    r"racing|polo|volleyball|surf\s+life\s+saving|hurling|gaelic)\s+club\b"
)
_LEGAL_TAIL_RE = re.compile(r"(?i)(?:\s*\(pty\))?(?:\s+(?:ltd\.?|limited|inc\.?|plc|gaa))?$")


def _a_sports_clubs_name(body: str) -> bool:
    """The line is a sports club's name, its legal form aside ("Dunmore Athletic Football
    Club", "HIGHVELD UNITED FOOTBALL CLUB (PTY) LTD"; not "New Pavilion for Ballyroan Rugby
    Club", a headline)."""
    name = _LEGAL_TAIL_RE.sub("", body)
    club = _SPORTS_CLUB_RE.search(name)
    if not club or club.end() != len(name):
        return False
    words = name[: club.start()].split()
    return all(w[:1].isupper() and w.lower() not in _SMALL_WORDS for w in words)


# A local or legislative assembly on a letterhead (not "the UN General Assembly", nor
# an "Assembly Plant" in the body's text: "Assembly" is no body's word everywhere).
_ASSEMBLY_BODY_RE = re.compile(
    r"(?i)\b(?:national|legislative|metropolitan|municipal|district|regional|provincial|county|"
    r"city|parliamentary|state|northern\s+ireland|welsh)\s+assembly\b"
    # a Canadian First Nation's own government: "Makwa Ziibi First Nation" (its name's
    # words only: not "Clean Water for First Nations")
    r"|^(?:[A-Z][\w'’-]*\s+){1,4}First\s+Nation$"
)
# A town's or region's own body: "City of Oulu", "Borough of Elm", "Fukui Prefecture",
# "BUSAN METROPOLITAN CITY", "Sejong Special City".
_PLACES_BODY_RE = re.compile(
    # ("Township of Kestrel Falls", "RURAL MUNICIPALITY OF X", "Parish of Y")
    rf"^(?:(?i:city|town|township|county|borough|shire|village|municipality|district|parish|"
    rf"rural\s+municipality)\s+(?:of|OF)\s+[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*){{0,2}}"
    rf"|[{UPPER}][\w'’-]*\s+(?:Prefecture|PREFECTURE|(?:Metropolitan|Special)\s+City|"
    # a county's government by its name: "NAIROBI CITY COUNTY", "Kiambu County"
    rf"(?:METROPOLITAN|SPECIAL)\s+CITY|(?:City\s+)?County|(?:CITY\s+)?COUNTY))$"
)


_NATION_ADJECTIVE_ENDINGS = (
    "ais",
    "aise",
    "ois",
    "oise",
    "ien",
    "ienne",
    "ain",
    "aine",
    "ano",
    "ana",
)


def _romance_adjective(words: list[str], bare: list[str], i: int) -> bool:
    """A Romance body's adjective in lower case: "Banque centrale de Maurice" (one of
    ours, right after the head), "Ministère de la Forêt boréale et des Territoires
    nordiques" (an adjective's ending, after a noun, before a link or last); not
    "Banca aumenta", "Ministère de la Santé explique la stratégie" (a verb, then its
    object)."""
    word = words[i]
    if not word[:1].islower():
        return False
    if i == 1:
        # (or a nation's, before its link: "Office gabonais des pêches", "Agence
        # ivoirienne de ...")
        return bare[i] in _ROMANCE_ADJECTIVES or (
            bare[i].endswith(_NATION_ADJECTIVE_ENDINGS)
            and len(bare) > 2
            and bare[2] in _ROMANCE_LINKS
        )
    return (
        i >= 3
        and bare[i].endswith(_ROMANCE_ADJECTIVE_ENDINGS)
        and words[i - 1][:1].isupper()
        and (i + 1 == len(words) or bare[i + 1] in _ROMANCE_LINKS)
    )


# A company's headline verbs, never a body's word ("Haeol Energy Completes Second Unit");
# not agents' verbs ("Complete Streets Coalition Praises ...", "Complete Genomics").
_DEAL_VERBS = frozenset(["completes", "completed", "acquires", "acquired"])
# A hearing's or an inquiry's heading names its subject, not the body issuing it:
# "Examination of the State Mortgage Refinance Board".
_PROCEEDING_RE = re.compile(
    # (not "Scrutiny of Acts and Regulations Committee", "Review Board")
    r"(?i)^(?:examination|hearing|consideration|evidence)\s+(?:of|on|into|by|from)\s"
    # a company's announcement of a deal names the other company: "Acquisition of Halden
    # Precision Coatings Limited", "Proposed Disposal of X Ltd"
    r"|^(?:(?:proposed|completion\s+of(?:\s+the)?)\s+)?(?:acquisition|disposal|sale|"
    r"purchase|merger)\s+(?:of|with)\s"
)


def _longest_body(words: list[str]) -> int:
    """A body's name is at most 10 words; 14 when a body's word opens it ("Ministry of
    Economy and Digital Affairs of the Republic of Estonia")."""
    head_first = len(words) > 2 and words[1].lower() in ("of", "for")
    return 14 if head_first and words[0].lower() in wordlists.organization_word_set() else 10


def _first_of_side_by_side(line: str) -> str:
    """ "[LOGO]  HELLENIC COASTAL PROTECTION AGENCY  [LOGO]  ARCHIPELAGOS MARINE TRUST":
    two letterheads side by side, the first the issuer's."""
    return _LOGO_RE.split(_LOGO_RE.sub("", line, count=1) if _LOGO_RE.match(line) else line)[0]


_ENGLISH_COLUMN_RE = re.compile(
    r"(?i)^(?:minist[eè]re|ministerio|minist[eé]rio|ministero|ministerium)\s.+?\s"
    r"(?P<english>ministry\s+(?:of|for)\s.+)$"
)


_COUNTRY_AFTER_INITIALS_RE = re.compile(
    r"\([A-Z][A-Za-z&]{1,9}\)(?P<cut>,)\s*(?P<country>[A-Z][\w'’ -]{2,30})$"
)


def _undecorated_body(line: str) -> tuple[str, re.Match[str] | None]:
    """A letterhead line's words that may name its body, and its abbreviation."""
    # "OFFICE OF THE PREMIER      Page 1 of 2": the body without the page number.
    body = _ORG_DECORATION_RE.sub("", _PAGE_TAIL_RE.sub("", line)).strip(" –—-|:")
    # "National Hualien Institute of Marine Science (NHIMS), Taiwan": its country after
    # its initials
    body = _without_a_known_place(body, _COUNTRY_AFTER_INITIALS_RE)
    body, abbreviation = _without_abbreviation(body)
    # "MINISTRY OF MARINE ECONOMY AND ISLANDS     SOCIALIST REPUBLIC OF VIET NAM": the
    # state's column beside the body's, their wide spaces lost (not "Embassy of the
    # Federative Republic of Brazil": the state the body is of)
    column = _STATE_COLUMN_RE.search(body)
    if column and not _OF_THE_STATE_RE.search(body, 0, column.start() + 1):
        body = body[: column.start()]
    # "MINISTERE DE LA SANTE PUBLIQUE     MINISTRY OF PUBLIC HEALTH": the body's name in
    # two columns, their wide spaces lost; the English one
    english = _ENGLISH_COLUMN_RE.match(body)
    return (english["english"] if english else body), abbreviation


def _first_of_listed_bodies(line: str) -> str | None:
    """ "Allied Transport Workers' Union • National Union of Signal Staff • Federation of
    Rail Supervisors": a joint release's issuers listed on one line, the first's name
    (each piece a body; a pair split by "|" or "·" may be one body in two languages)."""
    for sep, least in ((" • ", 2), (" | ", 3), (" · ", 3)):
        pieces = line.split(sep)
        if len(pieces) >= least:
            bodies = [organization_line(piece) for piece in pieces]
            return bodies[0] if all(bodies) else None
    # "Kigali Bioproduction Agency (KBA)   African Cold Chain Consortium (ACCC)": two
    # letterheads side by side, each with its initials, their wide spaces lost
    pair = _TWO_INITIALLED_BODIES_RE.match(line.strip())
    if pair and (first := organization_line(pair["first"])) and organization_line(pair["second"]):
        return first
    return None


_TWO_INITIALLED_BODIES_RE = re.compile(
    r"(?P<first>[A-Z][^()]{3,80}?\([A-Z][A-Za-z&]{1,9}\))\s+(?P<second>[A-Z][^()]{3,80}?\([A-Z][A-Za-z&]{1,9}\))$"
)


_UNDER_A_BODY_RE = re.compile(r"(?i)^(?P<body>\S.{2,90}?)\s+under\s+the\s+(?P<over>\S.{2,110})$")


def organization_line(line: str) -> str | None:
    """A header line that names a body: "Reserve Bank of Westland", "Eastmere University News"."""
    line = _PAGE_TAIL_RE.sub("", _first_of_side_by_side(line))  # ("…  Press release  1/2")
    # ("Seto Air Co., Ltd. (TSE Prime Market: 9218)": its listing after it)
    line = _LISTING_TAIL_RE.sub("", line)
    if line.rstrip().endswith(" (publ)"):  # a Swedish listed company: "Valtera Batteries AB (publ)"
        body = organization_line(line.rstrip()[: -len(" (publ)")])
        return f"{body} (publ)" if body else None
    if joint := _first_of_listed_bodies(line) or _united_nations_body(line):
        return joint
    # "State Agency for Renewable Energy under the Cabinet of Ministers of the Kyrgyz
    # Republic": a body and the one it answers to, one name
    under = _UNDER_A_BODY_RE.match(line.strip())
    if under and organization_line(under["body"]) and organization_line(under["over"]):
        return normal_case(line.strip())
    for sep in (" – ", " — ", " | ", " · ", " - ", " / "):
        if sep in line and (body := _body_around_separator(line, sep)):
            return body
    if spelled := _after_its_acronym(line):
        return spelled
    body, abbreviation = _undecorated_body(line)
    words = body.split()
    if (
        _MISSION_OR_OMBUDSMAN_RE.match(body)
        and len(words) <= 14
        # (no headline: "... to Ghana Welcomes New Cocoa Agreement", "UN in Kenya Condemns
        # Violence"; "United", of "United Nations" and "United Arab Emirates", is no verb)
        and not _verbs_in(" ".join(w for w in words if w.lower() != "united"))
    ):
        # "Delegation of the European Union to the United Arab Emirates", "United
        # Nations in Mongolia"
        return normal_case(body)
    if not 1 <= len(words) <= _longest_body(words) or _PROCEEDING_RE.match(body):
        return None
    if named := _body_of_a_named_kind(line, body):
        return named
    if abbreviation and _abbreviates(abbreviation.group(), words):
        return normal_case(body)  # "Fédération Internationale de Pelote ... (FIPSR)"
    bare = [w.strip(",.'’()").lower() for w in words]
    org_words = wordlists.organization_word_set()
    # ("Office gabonais des pêches continentales": a French office by its nation's adjective)
    romance = bare[0] in _ROMANCE_BODY_HEADS or _french_office(bare)
    if not _words_of_a_body(words, bare, org_words, romance):
        return None
    if not _headed_by_a_body_word(words, bare, org_words) and not (
        (bare[0] in _HEAD_FIRST_BODY_WORDS | FOREIGN_BODY_HEADS and 2 <= len(bare) <= 5)
        or (romance and len(bare) >= 3)  # "COMISIÓN FEDERAL DE PROTECCIÓN AL AHORRO POPULAR"
        or _PLACES_BODY_RE.match(body)  # "City of Oulu", "Fukui Prefecture"
        or _ASSEMBLY_BODY_RE.search(body)  # "ACCRA METROPOLITAN ASSEMBLY"
        or _a_sports_clubs_name(body)
        or _PORTFOLIO_AND_COUNTRY_RE.match(body)  # "Fisheries and Oceans Canada"
    ):
        return None
    return normal_case(body)


def _after_its_acronym(line: str) -> str | None:
    """ "AONS  Australian Office of National Statistics": a body's short form, then
    the name it spells."""
    short, _, rest = line.strip().partition(" ")
    rest = rest.strip()
    words = [w for w in rest.split() if w.lower() not in _SMALL_WORDS]
    if (
        2 <= len(short) <= 8
        and short.isupper()
        and short.isalpha()
        and len(words) >= 2
        and "".join(w[0] for w in words).upper() == short
        and not _verbs_in(rest)
        and any(w.strip(",.").lower() in wordlists.organization_word_set() for w in words)
    ):
        return normal_case(rest) if rest.isupper() else rest
    return None


def _body_of_a_named_kind(line: str, body: str) -> str | None:
    """An Irish body ("AN CHÚIRT UACHTARACH", "An Roinn Sláinte"), a chamber ("House of
    Commons", "Deutscher Bundestag", "Lok Sabha") or an Indonesian company ("PT X
    (Persero)"), which our body words miss."""
    if (
        IRISH_BODY_RE.match(body)
        and len(body.split()) <= 8
        # (not a headline about the body: "An Bord Pleanála Refuses Permission for ...")
        and not _verbs_in(body)
        and not _ENGLISH_SMALL_WORDS_RE.search(body)
        and not re.search(r"\d", body)
    ) or _CHAMBER_RE.match(body):
        return normal_case(body)
    if _INDONESIAN_COMPANY_RE.match(line.strip()) and not _verbs_in(line):
        return line.strip()
    return None


# A chamber of parliament by its name, on a line of its own: "House of Commons", "LOK
# SABHA", "Deutscher Bundestag", "Sejm of the Republic of Poland".
_CHAMBER_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:house\s+of\s+(?:commons|lords|representatives|assembly|keys|councillors|"
    r"delegates)|(?:lok|rajya|vidhan)\s+sabha|vidhan\s+parishad|dáil(?:\s+éireann)?|"
    r"seanad(?:\s+éireann)?|(?:deutscher\s+)?bundestag|bundesrat|riigikogu|saeima|seimas|sejm|"
    r"stortinget|storting|folketinget|folketing|riksdagen|riksdag|eduskunta|knesset|althing|"
    r"alþingi|tynwald|oireachtas|dewan\s+(?:rakyat|negara)|nationalrat|ständerat)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z])[\w'’ -]{2,40})?$"
)
# An Indonesian company: its legal form first, a state enterprise's "(Persero)" or a listed
# one's "Tbk" after its name.
_INDONESIAN_COMPANY_RE = re.compile(
    # (three words at least without a state's or a listing's mark: not "PT Awareness Week")
    r"^PT\.?(?:(?:\s+[A-Z][\w&'’.-]*){1,6}(?:\s+\(Persero\)(?:\s+Tbk\.?)?|\s+Tbk\.?)"
    r"|(?:\s+[A-Z][\w&'’.-]*){3,6})$"
)
#: An Irish body's name: the article, then its head ("An Roinn ...", "An Chúirt ...", "An
# tÚdarás ...", "An Chomhairle ...").
IRISH_BODY_RE = re.compile(
    r"(?i)^an\s+(?:roinn|ch?úirt|ch?omhairle|oifig|t-?údarás|ch?oimisiún|ghníomhaireacht|"
    r"tseirbhís|bord|ollscoil)\s+\S"
)


def _french_office(bare: list[str]) -> bool:
    """ "Office gabonais des pêches ...": an office, its nation's adjective, a link."""
    return (
        len(bare) >= 4
        and bare[0] == "office"
        and bare[1].endswith(_NATION_ADJECTIVE_ENDINGS)
        and bare[2] in _ROMANCE_LINKS
    )


def _words_of_a_body(
    words: list[str], bare: list[str], org_words: frozenset[str], romance: bool
) -> bool:
    """Whether every word of a letterhead line may be a body's: capitalised (or a small
    word, a legal form, a Romance body's lower-case words) and no verb."""
    verbs = wordlists.action_verbs()
    lower_ok = 0  # a Romance body's lower-case words after "de", "du", "del" ...
    for i, word in enumerate(words):
        low = bare[i]
        if low in _SMALL_WORDS or (i == len(words) - 1 and low in org_words and _legal_form(word)):
            lower_ok = 2 if romance else 0
            continue  # "and", "of"; a legal form in lower case last ("eG", "e.V.", "plc")
        if lower_ok and word[:1].islower():
            # "de la santé publique"; not "Chambre de commerce lance un fonds" (two at most)
            lower_ok -= 1
            continue
        if romance and _romance_adjective(words, bare, i):
            continue
        lower_ok = 0
        if i == 0 and (
            (low == "united" and len(words) > 2) or (low == "select" and bare[1:2] == ["committee"])
        ):
            continue  # "United Port and Logistics Workers Union", "Select Committee on ...": no verb
        trade = _names_a_trade(words, bare, i, org_words, verbs)
        if not word.strip(",.'’()")[:1].isupper() or (
            not trade and (low in verbs or low in wordlists.speech_verb_set() or low in _DEAL_VERBS)
        ):
            return False
    return True


_UN_COUNTRY_OFFICE_RE = re.compile(
    # (and the country team's own site: "United Nations Libya")
    rf"^(?:United\s+Nations|{_UN_AGENCIES})"
    r"\s+(?P<country>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})$"
)


# A department named for its portfolio and its country: "Public Safety Canada", "Fisheries
# and Oceans Canada", "Tourism Australia", "Sport England" (not a region: "Western
# Australia", "Atlantic Canada", "Northern Ireland").
_PORTFOLIO_AND_COUNTRY_RE = re.compile(
    r"^(?!(?:Western|Eastern|Northern|Southern|South|North|East|West|Atlantic|Central|Rural|"
    r"Regional|New|Greater|Outback|Coastal)\s)"
    r"[A-Z][a-z]+(?:(?:\s+(?:and|&))?\s+[A-Z][a-z]+){0,3}\s+"
    r"(?:Canada|Australia|England|Scotland|Wales|Ireland|New\s+Zealand)$"
)


def _united_nations_body(line: str) -> str | None:
    """A UN programme ("United Nations Coastal Resilience Programme – Sri Lanka") or an
    agency's country office ("UNDP Guatemala", "UNICEF Timor-Leste")."""
    programme = _undecorated_body(line)[0]
    if _PROGRAMME_BODY_RE.match(programme) and not _verbs_in(_UNITED_NATIONS_RE.sub("", programme)):
        return normal_case(programme)
    office = _UN_COUNTRY_OFFICE_RE.match(line.strip())
    # (its country: not "UNHCR Welcomes Decision", "FAO Director-General")
    return line.strip() if office and office["country"] in wordlists.printed_place_names() else None


def _names_a_trade(
    words: list[str], bare: list[str], i: int, org_words: frozenset[str], verbs: frozenset[str]
) -> bool:
    """Whether a verb's form at ``i`` names the body's trade or name, not an action."""
    low = bare[i]
    # "Judicial Press Office", "Research Council": a verb that names the body's
    # trade, in its base form right before the body's last word.
    if i + 2 == len(bare) and bare[-1] in org_words and not low.endswith(("s", "ed")):
        return True
    # "Nyanza Gulf Water Works Agency", "Public Works Department": works, a noun
    if low == "works" and i + 2 == len(bare) and bare[-1] in org_words:
        return True
    # "Ministry of Works", "Department of Public Works": what the body is of.
    # ("Ministry of Transport, Works and Water Resources": one of the trades listed)
    listed = i >= 2 and (words[i - 1].endswith(",") or bare[i - 1] in ("and", "&"))
    if (
        (bare[i - 1] in ("of", "for", "public") or listed)
        and any(bare[j] in org_words and bare[j + 1] in ("of", "for") for j in range(i - 1))
        and not any(w in verbs for w in bare[i + 1 :])
    ):
        return True
    # "Press Office of the Regional Government", "Press Service": a press office.
    if low == "press" and bare[i + 1 : i + 3] in (["office", "of"], ["service", "of"]):
        return True
    # "Permanent Mission of Pakistan to the United Nations", "Highveld United
    # Football Club": a name, not a verb.
    return low == "united" and (bare[i + 1 : i + 2] in _UNITED_WHAT or _club_name(words, bare, i))


def _headed_by_a_body_word(words: list[str], bare: list[str], org_words: frozenset[str]) -> bool:
    """The body's own word heads the phrase: "Reserve Bank of Westland", "Eastmere
    University", "THE PRESIDENCY, REPUBLIC OF GHANA" (the body, then its state); not
    "The Design of Bank Supervisory Policies"."""
    return any(
        # ("Presse- und Informationsamt der Bundesregierung", "Statistisches Landesamt")
        (
            w in org_words
            or w.endswith(_GERMAN_BODY_ENDINGS)
            or (w.endswith("amt") and len(w) >= 9)
            # "Regional Centre for Water Cooperation" (not "Town Centre First plan")
            or (
                w in ("centre", "center")
                and bare[i + 1 : i + 2] == ["for"]
                and bare[i - 1 : i] not in (["town"], ["city"])
            )
        )
        and (
            i == len(bare) - 1
            # ("Najd Gypsum Industries Co.": a short legal form after the body's word)
            or (i == len(bare) - 2 and words[-1] in ("Co.", "CO."))
            or bare[i + 1] in _WHAT_A_BODY_IS_OF
            # a German body's place after it: "Trinationaler Verkehrsverbund Oberrhein"
            or (i == len(bare) - 2 and w.endswith(_GERMAN_BODY_ENDINGS))
            # ... or an institution's country: "Securities Commission Malaysia" (not a
            # programme's: "SME Recovery Fund Namibia")
            or (
                i == len(bare) - 2
                and w in _INSTITUTION_WORDS
                and bare[-1] in wordlists.place_names()
            )
            # "World Bank in Kenya", "UNICEF Office in Malawi": a country office
            or (bare[i + 1] == "in" and i + 3 == len(bare))
            or (words[i].endswith(",") and bare[i + 1] in _STATES)
        )
        for i, w in enumerate(bare)
    )


_STATES = frozenset(["republic", "kingdom", "state", "government", "commonwealth", "federation"])
_INSTITUTION_WORDS = frozenset(
    ["commission", "authority", "bank", "council", "board", "agency", "office", "bureau",
     "institute", "corporation", "ministry", "department", "tribunal", "court", "university",
     "police", "service"]
)  # fmt: skip
_UNITED_WHAT = (["nations"], ["states"], ["kingdom"], ["arab"], ["republic"])


def _club_name(words: list[str], bare: list[str], i: int) -> bool:
    """ "Highveld United Football Club": "United" between a name and the club's words."""
    return (
        0 < i < len(words) - 1
        and words[i - 1][:1].isupper()
        and (bare[i + 1 : i + 3] == ["football", "club"] or bare[i + 1] in ("fc", "afc"))
        and all(w.strip("(),.")[:1].isupper() for w in words[i + 1 :])
    )


_MINISTRY_HEAD_RE = re.compile(
    r"(?i)\b(?:ministry|ministerium|ministère|ministerio|ministero|ministério|department|"
    r"departement|département|departamento|"
    # "HIGH COMMISSION OF INDIA, KUALA LUMPUR": a mission and its city
    r"embassy|high\s+commission|consulate|permanent\s+mission|presidency)\b"
)


def _legal_form(word: str) -> bool:
    """ "plc", "eG", "e.V.", "Ltd", "Systems": not a common noun in lower case ("Energy
    systems" is a section's name)."""
    return not word.islower() or len(word) <= 4 or "." in word


_PRESS_POST_RE = re.compile(
    r"(?i)\b(?:communications?|media|press|public\s+relations|public\s+affairs|information)\b"
)


def _a_post(role: str) -> bool:
    """ "National Director", "Judge President", "Deputy Chief Executive": capitalised
    words ending in one of our titles (not a place: "Upper Hill", "Quezon City")."""
    words = role.strip(" .,").split()
    return (
        1 < len(words) <= 4
        and all(w[:1].isupper() for w in words)
        # (a press officer's post names who answers the phone: "Communications Director")
        and not _PRESS_POST_RE.search(role)
        and names.is_title(words[-1])
        and not any(w.lower() in wordlists.place_names() for w in words)
    )


def _only_titles(line: str) -> bool:
    """ "PRIME MINISTER", "The Premier": one of our titles standing alone (not
    "Financial education", whose words only occur inside titles)."""
    bare = re.sub(r"(?i)^the\s+", "", line.strip(" .,:"))
    return 0 < len(bare.split()) <= 4 and names.is_title(bare)


def _body_list_goes_on(rest: str) -> bool:
    """Whether the words after a comma end a body's name that lists its trades."""
    words = rest.replace("&", " and ").split()
    return (
        len(words) >= 3
        and "and" in (w.lower() for w in words)
        and words[-1].strip(".,()").lower() in wordlists.organization_word_set()
        and words[0].strip(".,").lower() not in wordlists.title_word_set()
        and words[1].lower() not in ("of", "for", "at")  # "Chair of the …"
    )


def _is_role_phrase(phrase: str) -> bool:
    """ ", Senator for South Australia", ", Rector, ...", ", CEO of Acme": a title or a
    body after a name (not ", Inflation, and Economic Growth")."""
    phrase = phrase.strip(" ,")
    if not phrase:
        return False
    if names.titled_re().match(phrase + " "):
        return True
    words = [w.strip(".,()").lower() for w in phrase.split()]
    return any(w in wordlists.organization_word_set() for w in words)


def _ends_with_a_name(line: str) -> bool:
    """Whether the line's last two words are a name's ("... Cooperation Signe Holm
    Kjærgaard"), not a portfolio's or a body's ("... Minister for Transport")."""
    last = line.split()[-2:]
    plain = wordlists.organization_word_set() | names.PORTFOLIO_NOUNS
    return len(last) == 2 and all(
        w[:1].isupper() and w.lower() not in plain and not names.is_title(w) for w in last
    )


_OFFICE_OF_A_ROLE_RE = re.compile(r"(?i)['’]s\s+(?:office|department|secretariat|bureau)\b")


# Headline verbs our action list leaves out, their bases being nouns (see non-name-words).
_HEADLINE_ONLY_VERBS = frozenset(["Briefs", "Briefed", "Updates", "Commissions", "Commissioned"])
_ROLE_THEN_VERB_RE = re.compile(
    r"(?:[A-Z][\w-]*[\s-]+){0,2}(?:Minister|Secretary|Mayor|Governor|Premier|President|Senator|"
    r"Commissioner|Chair|Director|General)\s+(?P<verb>[A-Z][a-z]+(?:s|ed))\s"
)


# A minister in Romance languages and German: "MINISTRA DO MAR", "Ministro de Economía",
# "Ministre de la Mer", "Ministerin für Umwelt".
_FOREIGN_MINISTER_OF = (
    r"minist(?:ra|ro|re|erin|er)\s+(?:do|da|dos|das|de|del|della|dell['’]|des|du|di|für)\b"
)


def _is_role_line(line: str) -> bool:
    if re.search(r":\s+\S+(?:\s+\S+){3,}", line):
        return False  # "MINISTER ŠIMKŪNIENĖ: NO DISTRICT WILL BE LEFT ...": a headline
    if _TRANSCRIPT_HEADING_RE.match(line) and _ends_with_a_name(line):
        # "Doorstop interview with Minister for X Y": a transcript's heading (not
        # "Interview with the Minister for Transport", a label over the headline)
        return False
    if _titled_name_goes_on(line) or _a_headlines_verb_after_the_role(line):
        return False  # "Attorney General Solís-Whitfield Sues Three Solar Installers ..."
    low = line.lower()
    if (
        _ROLE_INSIDE_RE.search(line)
        and len(line.split()) <= 10
        and not re.search(
            r"\b(?:[a-z]+(?:s|ed))\b",
            re.sub(
                r"(?i)\b(?:for|of|the|and|affairs|services|"
                r"islands|territories|resources|industries|communications|relations|sciences|arts|"
                r"sports|veterans)\b",
                "",
                line,
            ),
        )
    ):
        return True
    lower_words = [  # (a hyphenated given name is one word: "Yoon Min-jae")
        w
        for w in re.findall(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*", line)
        if w.islower() and w not in _SMALL_WORDS
    ]
    if lower_words and not line.isupper():
        return False  # "Minister Zoë Ðorđević opens Danube research station": a headline
    if line.isupper() and (_verbs_in(line) or re.match(r"[^\W\d_]+['’]S\b", line)):
        return False  # "MINISTER ANNOUNCES ...", "MINISTER’S UPDATE ON ...": a headline
    if _OFFICE_OF_A_ROLE_RE.search(line):
        return False  # "PRIME MINISTER'S OFFICE": a body
    if _titles_of_a_body(line):
        return True
    return bool(
        re.match(
            # ("HON'BLE CHIEF MINISTER OF KERALA" under a speech's byline: its style first)
            r"(?:(?:hon['’]?ble|honourable)\s+)?"
            # (in Malay: "MENTERI SUMBER AIR ...", "TIMBALAN MENTERI ...", "KETUA PENGARAH ...")
            rf"(?:(?:timbalan\s+)?menteri\s|ketua\s+pengarah\s|{_FOREIGN_MINISTER_OF}|"
            # ("Union Minister of X": India's cabinet minister)
            r"(?:shadow\s+|associate\s+|acting\s+|cabinet\s+|union\s+)?(?:minister|chief minister(?!['’]s)|secretary|"
            r"treasurer|attorney|leader|member for|senator for|"
            # ("Mayor, City of Nanaimo, British Columbia": the role, then its place)
            # (not a body: "Deputy Ministry of Shipping")
            r"deputy(?!\s+(?:ministry|department|office|directorate|secretariat)\b)|assistant|parliamentary secretary|premier|mayor(?=,)|mayor of|spokes\w+|chair\w* of|"
            r"president of|governor of|commissioner for|federal member for|mp for|mla for|"
            r"member of parliament|member of (?:the )?[\w’' ]{2,40}? for|shadow|prime minister|permanent representative|ambassador|"
            r"high commissioner|representative (?:of|to)|consul|professor of|dean of|rector of|"
            r"director of|head of|chief executive of)\b)",
            low,
        )
    )


def _a_headlines_verb_after_the_role(line: str) -> bool:
    """ "Minister Orders Nationwide Crackdown on ..." (in capitals too: "MINISTER ASSURES
    HOUSE OF ..."), "Deputy Premier X to Deliver Keynote on ...", an advisory's; "Union
    Minister of Health Launches TB-Free Village Campaign": a headline, no role line."""
    verb = _ROLE_THEN_VERB_RE.match(line.title() if line.isupper() else line)
    if verb and (wordlists.is_verb(verb["verb"]) or verb["verb"] in _HEADLINE_ONLY_VERBS):
        return True
    return any(
        (verb := pattern.search(line)) and wordlists.is_verb(verb["verb"])
        for pattern in (_TO_VERB_RE, _PORTFOLIO_THEN_VERB_RE)
    )


_TO_VERB_RE = re.compile(r"\s(?:to|TO)\s+(?P<verb>[A-Za-z]+)\s+\S")
# A headline's verb after a portfolio, two words or more before its end (not "... for
# Work and Pensions", "Minister of Works and Housing")
_PORTFOLIO_THEN_VERB_RE = re.compile(
    r"\s(?:of|for)\s+(?:[A-Z][\w-]*\s+){1,4}?(?P<verb>[A-Z][a-z]+s)\s+(?!and\b|of\b|&)\S+\s+\S"
)


def _name_after_role(line: str) -> str | None:
    """ "Special Rapporteur on the right to adequate housing, Ilse Van den Broeck": the
    role first, the name after its comma."""
    role, comma, who = line.rpartition(", ")
    if not (
        comma
        and _title_opening_re().match(role)
        # A role, not a headline: "Senator Biden Issues Statement on ..., Ned Davis";
        # nor a role and its seat: "Governor of Iowa, Des Moines".
        and not _titled_name_opening(role)
        and not _OF_A_PLACE_RE.search(role)
        and not any(w.lower() in wordlists.action_verbs() for w in role.split())
        # "Taoiseach interviewed on The Shannon Hour, Clare Coast FM": a heading's verb
        # (not "Special Rapporteur on ... internally displaced persons, X")
        and not _PARTICIPLE_VERB_RE.search(role)
        # "Prime Minister's interview on Waikato Breakfast, Radio Kōwhai": whose, not who
        and not _possessive_title_re().match(role)
    ):
        return None
    name = person_name(who)
    return name if name and name == who.strip() else None


@functools.cache
def _title_opening_re() -> re.Pattern[str]:
    return re.compile(names.titles_regex() + r"\b")


@functools.cache
def _possessive_title_re() -> re.Pattern[str]:
    return re.compile(names.titles_regex() + r"['’]s\b")


_OF_A_PLACE_RE = re.compile(r"\bof(?:\s+the)?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")


def _titled_name_opening(line: str) -> tuple[str, int] | None:
    """The name right after the title that opens ``line`` ("Senator Biden Issues ..."),
    and where it ends; None for a role alone ("Special Rapporteur on ...")."""
    title = names.titled_re().match(line)
    if not title or title.group().rstrip().endswith(","):
        return None  # "Mayor, City of Nanaimo": the role, then where
    return names.name_at(line, title.end())


def _titles_of_a_body(line: str) -> bool:
    """ "Founder and Executive Director, Second Door Legal Clinic": titles alone before
    a comma, a body's name after it."""
    titles, comma, body = line.partition(", ")
    return (
        bool(comma)
        and body[:1].isupper()
        and len(line.split()) <= 14
        and all(
            _only_titles(t) or t.lower() in _FELLOWSHIPS
            for t in re.split(r"\s+(?:and|&)\s+", titles)
        )
    )


# Roles that a role line gives but that are no title before a name ("Center for American
# Progress Senior Fellow Lawrence Korb" speaks for a think tank, not for the release).
_FELLOWSHIPS = frozenset(
    f"{rank}fellow" for rank in ("", "senior ", "research ", "visiting ", "distinguished ")
)


def _bilingual_role_line(line: str) -> bool:
    """ "Aelod o’r Senedd dros Breseli Sir Benfro | Member of the Senedd for Preseli
    Pembrokeshire": a role printed in two languages."""
    halves = [half.strip() for half in re.split(r"\s[|/]\s", line)]
    return len(halves) == 2 and any(
        _is_role_line(half) and len(half.split()) <= 12 for half in halves
    )


def _titled_name_goes_on(line: str) -> bool:
    """A title, a name, and three words or more after it: a headline about the holder."""
    # Right after the title: a name after a portfolio ("Minister for Tourism, Fair
    # Trading and Small Business") is the portfolio's words.
    found = _titled_name_opening(line)
    return bool(found) and len(line[found[1] :].split()) >= 3


_LABEL_VALUE_RE = re.compile(r"^(?:[^\W\d_]+ ){0,2}[^\W\d_]+\s*:\s*(?P<value>.+)$")


_SEPARATED_RE = re.compile(r"\s[–—|]\s")
_VENUE_THEN_DATE_RE = re.compile(r"^(?P<venue>[^|\n]{3,80}?)\s*\|\s*(?P<when>[^|\n]{6,40})$")
# When a page was put up, not when the text was spoken: "Published 6 March 2025 | Office of
# Communications"
_STAMPED_RE = re.compile(r"(?i)(?:published|posted|updated|issued|released|last|modified)\b")
_DELIVERED_AT_RE = re.compile(
    r"(?i)^(?P<delivered>delivered\s+(?:on\s+)?)?(?P<when>[^|\n]{6,40}?)\s*\|\s*"
    r"(?P<venue>[^|\n]{3,80})$"
)


def _covers_a_date(start: int, end: int, date_spans: list[tuple[int, int]]) -> bool:
    """Whether a date found in the text lies inside ``text[start:end]``."""
    return any(start <= s and e <= end for s, e in date_spans)


def _place_of_a_date_first_line(
    line: str, date_spans: list[tuple[int, int]], start: int
) -> str | None:
    """The place of a "DATE – PLACE – BODY" line, or None."""
    segments = _SEPARATED_RE.split(line)
    if len(segments) != 3 or not _capitalised_place(segments[1].strip()):
        return None
    if _READING_TIME_RE.search(segments[2]) or (
        _SHARE_WIDGET_RE.match(segments[2].strip()) and _SECTION_WORD_RE.search(segments[1])
    ):
        # "13 June 2025 | University News | 6 min read", "26.09.2024 | Environment |
        # Share: f X in": a page's section (not "05.03.2025 | Copenhagen | Share")
        return None
    first = len(segments[0])
    dated = any(s == start and e >= start + first - 1 for s, e in date_spans)
    return segments[1].strip() if dated else None


_SECTION_WORD_RE = re.compile(
    r"(?i)\b(?:news|environment|transport|health|education|economy|culture|sports?|security|"
    r"energy|agriculture|finance|tourism|science|technology|politics|society|justice|defen[cs]e|"
    r"water|housing|infrastructure|climate|press|media|events?|statements?|releases?|"
    r"transcripts?|speeches|interviews?)\b"
)
_SHARE_WIDGET_RE = re.compile(r"(?i)(?:share|partager|teilen|compartir|condividi|delen)\b")
_READING_TIME_RE = re.compile(r"(?i)\b\d{1,3}\s*(?:min(?:ute)?s?)\.?\s+read\b")
# "Mis à jour le", "Veröffentlicht am", "Gepubliceerd op": a page's date label.
_PUBLISHED_IN_LANGUAGES = (
    r"(?:mis à jour|publié|aktualisiert|veröffentlicht|actualizado|publicado|aggiornato|"
    r"pubblicato|atualizado|bijgewerkt|gepubliceerd)"
)
_BRACKETED_NOTE_RE = re.compile(r"\s*\([^()]*\)\s*$")
_HIJRI_DATE_RE = re.compile(
    r"\b\d{1,2}\s+[\w'’-]+(?:\s+al-[\w'’-]+)?\s+1[34]\d\d\s*(?:A\.?H\.?|H\.?)(?!\w),?"
    r"(?:\s*(?:corresponding|equivalent)\s+to)?"
)


def _date_chars(start: int, end: int, date_spans: list[tuple[int, int]]) -> int:
    """How many characters of ``text[start:end]`` the found dates cover."""
    return sum(min(e, end) - max(s, start) for s, e in date_spans if s < end and e > start)


def _places_listed_after_in(line: str) -> bool:
    """ "WATER SUPPLY INTERRUPTION IN CHELSTON, KALINGALINGA AND MTENDERE": places listed
    after "in", a headline's, not a place line."""
    low = f" {line.lower()} "
    at = low.find(" in ", 1)
    comma = low.find(",", at) if at > 0 else -1
    return comma > at + 4 and low.find(" and ", comma) > 0


_POSTED_BY_RE = re.compile(
    r"(?i)^(?P<stamp>(?:posted|published|updated|issued)\b.*\d)[^\S\n]+by[^\S\n]+\S.{0,60}$"
)


def _is_date_line(line: str, date_spans: list[tuple[int, int]], start: int) -> bool:
    covered = _date_chars(start, start + len(line), date_spans)
    original = line
    # "Posted on: 07/19/2025 4:45 PM", "Last updated: 21/07/2022 16:45 (Update 3)"
    line = _CLOCK_RE.sub("", line)
    # "Posted 11 September 2023 by LWDS Corporate Communications": the poster aside
    line = _POSTED_BY_RE.sub(r"\g<stamp>", line)
    # "Riyadh, 3 Sha'ban 1446 H, corresponding to 2 February 2025": the Hijri date too
    line = _HIJRI_DATE_RE.sub("", line)
    rest = re.sub(
        rf"(?i)\b(?:{_WEEKDAYS}|date|"
        r"dated|issued|released|published|updated|last updated|posted|on|"
        # "Mis à jour le 14/03/2025", "Veröffentlicht am", "Gepubliceerd op", "Publicado el"
        rf"{_PUBLISHED_IN_LANGUAGES}(?:\s+(?:le|am|el|em|il|op))?)(?!\w)[:,]?",
        "",
        line,
    )
    if covered <= 0:
        return False
    if covered >= 0.6 * len(rest.strip(" ,.:-–—()")):
        return True
    # "21 May 2024 (delivered via video link)": a note in brackets aside
    bare = _BRACKETED_NOTE_RE.sub("", rest).strip(" ,.:-–—")
    if bare != rest.strip(" ,.:-–—") and covered >= 0.6 * len(bare):
        return True
    if _date_beside_its_translation(original, start, date_spans):
        return True
    labelled = _LABEL_VALUE_RE.match(line)
    # "Delivered on: 18 January 2025 (Transcript of the speech, ...)": a note in brackets aside.
    value = _BRACKETED_NOTE_RE.sub("", labelled["value"]) if labelled else ""
    if labelled and covered >= 0.6 * len(value.strip(" ,.()")):
        return True  # "Judgment delivered: 14/09/2022", "Sitting date: 4 July 2023"
    # A place with the date ("Hammerfest, 21 June 2021"), in one or two languages.
    left = "".join(
        line[i] for i in range(len(line)) if not any(s <= start + i < e for s, e in date_spans)
    )
    # A building's name may be longer: "Tafelberg Conference Centre, Cape Town, 21 May 2026"
    # (its comma or dash right before the date: "Nordic House Conference Centre,
    # Tórshavn – 24 March 2026").
    first = min((s for s, _ in date_spans if start <= s < start + len(line)), default=start)
    comma_first = line[: first - start].rstrip().endswith((",", "–", "—"))
    longest = 7 if comma_first and _PLACE_LINE_WORDS_RE.search(left) else 4
    if _JOINT_PLACES_RE.search(line[: first - start]):
        longest *= 2  # "Georgetown, Guyana and Kingston, Jamaica – 14 April 2025"
    # "Strasbourg 29/04/2025", "NAIROBI Tuesday 11 March 2025": a place's one or two
    # words, no comma.
    # ("ANKARA – 24 July 2025": the dash between them too)
    before = line[: first - start].strip().rstrip("–—-").strip()
    bare = (
        bool(_BARE_PLACE_RE.fullmatch(_PLACE_WEEKDAY_RE.sub("", before).strip()))
        and left.strip().rstrip("–—-").strip() == before
    )
    words = [w for w in re.findall(r"[^\W\d_]+", left) if not _PLACE_WEEKDAY_RE.match(w)]
    return len(words) <= longest and ("," in line or bare)


def _place_not_label(phrase: str) -> bool:
    """ "Port of Spain:", "Dhaka:" before a date: a town's capitalised words (a
    particle between), none of them a label's ("Hearing date:", "Broadcast:")."""
    words = phrase.strip(" :").split()
    return (
        0 < len(words) <= 4
        and all(w[:1].isupper() or w in ("of", "de", "es", "la", "am") for w in words)
        and not any(w.lower() in _DATE_LABEL_WORDS for w in words)
        and words[-1].capitalize() not in wordlists.EVENT_NOUNS
        and not _verbs_in(phrase)
    )


_DATE_LABEL_WORDS = frozenset(
    ["date", "dated", "broadcast", "hearing", "published", "issued", "released", "posted",
     "updated", "delivered", "time", "venue", "location", "place", "when", "where", "embargo",
     "embargoed", "deadline", "sitting", "day", "release", "statement", "aired", "recorded",
     "today", "tonight", "yesterday", "now", "news", "page", "category", "tags", "filed",
     "revised", "modified", "version", "note", "contact", "photo", "source", "ref", "as",
     "effective", "valid", "until", "from", "update", "advisory", "alert", "notice", "bulletin",
     "media", "press", "circular", "reminder",
     # a court's: "Decided: July 1, 2025", "Judgment delivered: ..."
     "decided", "judgment", "judgement", "argued", "heard", "adopted", "approved", "signed",
     "amended"]
)  # fmt: skip
# Two places of a joint release: "Tallinn / Helsinki", "Kigali and Dar es Salaam".
_JOINT_PLACES_RE = re.compile(r"[^\s,]\s+(?:and|&|/)\s+[A-Z]")


def _date_beside_its_translation(line: str, start: int, date_spans: list[tuple[int, int]]) -> bool:
    """ "2025 m. rugsėjo 1 d. | 1 September 2025": a date we read beside the same date in a
    language we do not (a short piece with the year)."""
    for sep in (" | ", " / "):
        if line.count(sep) != 1:
            continue
        at = line.index(sep)
        pieces = ((0, at), (at + len(sep), len(line)))
        for (a, b), (c, d) in (pieces, pieces[::-1]):
            covered = _date_chars(start + a, start + b, date_spans)
            other, dated = line[c:d], line[a:b].strip()
            year = _YEAR_IN_RE.search(dated)
            if (
                year
                and covered >= 0.8 * len(dated)
                and year.group() in _YEAR_IN_RE.findall(other)
                and len(other.split()) <= 6
            ):
                return True  # (the same year: "Census 2021 results" is no date)
    return False


_YEAR_IN_RE = re.compile(r"\b(?:19|20)\d\d\b")
_BARE_PLACE_RE = re.compile(rf"[{UPPER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+)?|[{UPPER}]{{3,}}")
# A time of day and an update's number after a date: not part of a heading.
_CLOCK_RE = re.compile(
    # ("17/10/2024 14h22": the hour and its minutes as Brazil and France print them)
    r"(?i:,?\s*\b(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|,?\s*\b(?:at\s+)?\d{1,2}:\d{2}(?:\s*hrs)?"
    # ("24 April 2025 at 8.00 EEST": a stock exchange's hour with a full stop)
    r"|,?\s*\b\d{1,2}h\d{2}|,?\s*\bat\s+\d{1,2}\.\d{2})"
    r"(?:\s+(?:[A-Z]{2,4}|\([A-Z]{2,4}\)))?\b|(?i:\s*\(?\bupdate\s+\d+\)?)"
)
_PLACE_TAIL = " \t\n\r\f\v,:(–—-"
_PLACE_FUNCTION_WORD_RE = re.compile(r"(?i)(?<!\w)(?:le|den|am|on|the|dated?|issued|a|el|il|em)$")
# Weekdays in the languages whose dates we read: "Paris, mardi 18 février 2025",
# "Rabu, 5 Mac 2025" (a weekday, not a place).
_WEEKDAYS = wordlists.WEEKDAYS_ANY
# (or shortened: "Wed, Oct 09, 2024 08:30 CET")
_PLACE_WEEKDAY_RE = re.compile(
    rf"(?i)(?:^|(?<=[,\s]))(?:{_WEEKDAYS}|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)$"
)


def _capitalised_place(place: str) -> bool:
    """ "Nakuru", "Port Louis, Mauritius": capitalised words, no building's name."""
    words = place.replace(",", " ").split()
    ends = [part.split()[-1].capitalize() for part in place.split(",") if part.strip()]
    # "Frankfurt am Main", "Jerez de la Frontera": particles inside, never first or last.
    named = words[:1] + [w for w in words[1:-1] if w not in _PLACE_PARTICLES] + words[1:][-1:]
    return (
        1 <= len(named) <= 3
        and all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in named)
        and not any(end in wordlists.venue_word_set() for end in ends)
    )


# A name's particles and a place's own ("Frankfurt am Main", "Stratford-upon-Avon").
_PLACE_PARTICLES = names.NAME_PARTICLES | frozenset(["am", "an", "im", "sur", "upon"])


_ISSUE_NUMBER_RE = re.compile(
    r"(?i)(?:vol(?:ume)?|issue|no|nr|number)\b\.?\s*[\dIVXLC]|ref(?:erence)?\b\.?\s*:"
)


def _place_before_date(line: str, date_spans: list[tuple[int, int]], start: int) -> str | None:
    """ "Zagreb, 15 April 2021" -> "Zagreb"; "Lausanne, le 4 juin 2021 / ..." -> "Lausanne"."""
    first = min((s for s, e in date_spans if start <= s < start + len(line)), default=None)
    if first is None:
        return None
    place = line[: first - start]
    if place.rstrip().endswith(":") and not (place.isupper() or _place_not_label(place)):
        return None  # "Hearing date: 14 November 2024", "Broadcast:": a label, not a place
    # "Lausanne, le", "Bern, den", "issued on": the word alone, never the end of
    # a place's name ("Townsville", "Lyon"). Strips rather than one regex with
    # overlapping quantifiers, which backtracked cubically on a run of commas.
    place = place.rstrip(_PLACE_TAIL)
    place = _PLACE_FUNCTION_WORD_RE.sub("", place)
    place = place.strip(_PLACE_TAIL + "/")
    # "Paris, Tuesday 18 February 2025": the weekday belongs to the date, and
    # what is left before it must be a place's capitalised words.
    weekday = _PLACE_WEEKDAY_RE.search(place)
    if weekday and not place[: weekday.start()].strip(_PLACE_TAIL):
        return None  # "Rabu, 5 Mac 2025": the weekday alone
    if weekday and _capitalised_place(place[: weekday.start()].rstrip(" ,")):
        place = place[: weekday.start()].strip(_PLACE_TAIL + "/")
    words = place.split()
    longest = 8 if _JOINT_PLACES_RE.search(place) else 4  # a joint release's two places
    if not 1 <= len(words) <= longest or not place[:1].isupper() or _ISSUE_NUMBER_RE.match(place):
        return None  # ("Vol. IX, No. 6    June 18, 1963", "Ref: X/025/2025": an issue, a reference)
    if any(w.strip(",.").lower() in wordlists.organization_word_set() for w in words) or _verbs_in(
        place
    ):
        return None
    if words[-1].strip(",.").capitalize() in wordlists.EVENT_NOUNS:
        return None  # "Legislative Elections – 10 March 2019": an event's date
    if re.search(
        r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|issued|date|"
        rf"published|updated|posted|released|embargo(?:ed)?|{_PUBLISHED_IN_LANGUAGES})\b",
        place,
    ):
        return None
    return place


# A field's name in other languages' mail programs, as its English one ("De:",
# "Asunto:", "Fecha:", "Para:", "Assunto:", "Objet :", "Betreff:", "Von:").
_MAIL_FIELD_NAMES = {
    "de": "from", "von": "from", "para": "to", "à": "to", "an": "to", "asunto": "subject",
    "assunto": "subject", "objet": "subject", "betreff": "subject", "fecha": "date",
    "data": "date", "datum": "date", "enviado": "sent", "enviada": "sent", "envoyé": "sent",
    "gesendet": "sent",
}  # fmt: skip
_MAIL_HEADER_RE = re.compile(
    rf"(?im)^(?P<field>from|sent|date|to|cc|subject|{'|'.join(_MAIL_FIELD_NAMES)})"
    r"[^\S\n]*:[^\n]*\n"
)
_MAIL_SEPARATOR_RE = re.compile(
    # (a signature's "--" ends the note above it)
    r"(?im)^(?:-{2,}|_{3,}|—{2,}|-+\s*(?:(?:original|forwarded)\s+message|mensaje\s+reenviado|"
    r"mensagem\s+encaminhada|message\s+transf[ée]r[ée]|weitergeleitete\s+nachricht)\s*-+|"
    r"begin\s+forwarded\s+message\s*:)[^\S\n]*$"
)
_COVER_NOTE_RE = re.compile(
    r"(?i)\b(?:please find|please see|see below|find below|below is|attached|"
    r"forward(?:ed|ing)?|colleagues|dear|hi|hello|good (?:morning|afternoon|evening)|"
    r"for your (?:information|attention)|fyi|"
    # ... in other languages: "Estimados/as: adjuntamos ...", "Colegas, segue abaixo ..."
    r"adjunt\w*|segue|colegas|estimad[oa]s?|saludos|ci-joint|ci-dessous|anbei|untenstehend)\b"
)
#: A cover note is a few lines; more is the release itself.
_COVER_NOTE_CHARS = 700
# "For tonight's lineup – release below.": a note over the rule before the release
_BELOW_NOTE_RE = re.compile(r"(?i)\b(?:release|statement|text|story)\s+below\b")


def _after_cover_note(text: str) -> int:
    """Where the release begins in an e-mail that sends it ("---- Forwarded message
    ---- / From: ... Subject: ... / Dear Editor, please find below ... / Best
    regards, / Press Office"): after the mail's header and the cover note under it,
    set apart by a rule or by its greeting, its note and its sign-off paragraphs, as
    many times as the mail was forwarded; 0 for any other text (a GOV.UK page's
    "From:" line, a release whose footer is set apart by a rule)."""
    # ("Hong Kong Exchanges and Clearing Limited ... take no responsibility for the
    # contents of this announcement ...": an exchange's disclaimer over a listed company's)
    disclaimer = _EXCHANGE_DISCLAIMER_RE.match(text) or _COOKIE_BANNER_RE.match(text)
    start = disclaimer.end() if disclaimer else _after_filing_form(text)
    for _ in range(4):
        after = _after_one_cover_note(text, start)
        if after is None:
            break
        start = after
    return start


# A mail's reply and forward marks before its subject: "FW: RE: ...", "TR:", "WG:", "AW:".
_REPLY_MARKS = r"(?:(?:fwd?|re|tr|wg|aw)[^\S\n]*:[^\S\n]*)*"
_MAIL_SUBJECT_RE = re.compile(
    rf"(?im)^subject[^\S\n]*:[^\S\n]*{_REPLY_MARKS}"
    r"(?P<label>(?:media|press|news)[^\S\n]+(?:release|statement)[^\S\n]*[:–—-][^\S\n]*)?"
    r"(?P<subject>\S[^\n]{4,200}?)[^\S\n]*$"
)


def _mail_subject(text: str, release_start: int) -> Part | None:
    """The last subject line of the mail headers over the release, when it labels the
    release ("MEDIA RELEASE: ..."; not "RE: your query"), its labels set aside."""
    last = next(reversed(list(_MAIL_SUBJECT_RE.finditer(text, 0, release_start))), None)
    if last is None or not last["label"] or _FURNITURE_RE.match(last["subject"]):
        return None
    return Part("subject", last["subject"], last.start("subject"), last.end("subject"))


def _after_one_cover_note(text: str, start: int) -> int | None:
    fields = set()
    forwarded = _MAIL_SEPARATOR_RE.match(text, start)
    pos = forwarded.end() + 1 if forwarded else start
    while m := _MAIL_HEADER_RE.match(text, pos):
        field = m["field"].lower()
        fields.add(_MAIL_FIELD_NAMES.get(field, field))
        pos = m.end()
    if "from" not in fields or not fields & {"subject", "sent", "date", "to"}:
        return None
    separator = _MAIL_SEPARATOR_RE.search(text, pos, HEADER_CHARS)
    if separator is not None:
        note = text[pos : separator.start()]
        if not note.strip() or (
            len(note) <= _COVER_NOTE_CHARS
            and (_COVER_NOTE_RE.search(note) or _BELOW_NOTE_RE.search(note))
        ):
            return separator.start()  # the next mail's header may follow its rule
        if not forwarded:
            return None
    after, noted = _after_note_paragraphs(text, pos)
    # (a newsletter's own "From: Harriet X MP / Subject: …" is read with its page)
    return after if forwarded or noted else None


def _after_filing_form(text: str) -> int:
    """Where the attached release begins under an exchange's announcement form
    ("Announcement Type : General Announcement / Company Name : X / ... / Subject :
    PRESS RELEASE BY X" over a rule): after the rule; 0 for any other text."""
    form = _FILING_FORM_RE.match(text)
    if form is None or not _FILING_FIELD_RE.search(form.group()):
        return 0
    return form.end()


# A listed company's announcement form: a page's breadcrumb, four or more "Label : value"
# lines, then a rule.
_FILING_FORM_RE = re.compile(
    r"\s*(?:[^\n:]{0,120}\n\s*)?(?:[A-Z][\w /]{1,30}[^\S\n]*:[^\n]*\n){4,16}\s*-{5,}[^\S\n]*\n"
)
_FILING_FIELD_RE = re.compile(r"(?im)^(?:announcement type|company name|stock name|symbol)\s*:")
_EXCHANGE_DISCLAIMER_RE = re.compile(
    r"(?i)\s*[^\n]{0,300}\btakes?\s+no\s+responsibility\s+for\s+the\s+contents\s+of\s+this\s+"
    r"(?:announcement|document|circular|notice)[^\n]*\n+"
)
# A site's cookie notice pasted over the page, to the blank line after its buttons:
# "Este sitio utiliza cookies propias y de terceros ..." / "Aceptar todas / Accept all".
_COOKIE_BANNER_RE = re.compile(
    # (under a page's skip links: "Skip to content", "Ir ao contido | Ir ao menú")
    r"(?i)\s*(?:(?:skip|ir|saltar|aller|zum|vai|passer|springe)\b[^\n]{0,120}\n\s*)?"
    r"(?:cookies\s+on\s+[^\n]{1,60}\n\s*)?"  # GOV.UK's "Cookies on GOV.UK"
    r"[^\n]{0,200}\b(?:uses|use|utiliza|usa|usamos|utilizamos|verwendet|nutzt|"
    r"utilise|utilisons|utilizza|gebruikt)\b[^\n]{0,80}\bcookies?\b[^\n]*\n"
    # to the blank line after its buttons, or, with none near, its lines about cookies
    # (none when the banner is one line: "Cookies on this site: ... Accept all | Reject")
    r"(?:(?:[^\n]+\n){0,3}\n+|(?:[^\n]*\bcookies?\b[^\n]*\n)*)"
)
_GREETING_RE = re.compile(r"(?i)(?:dear|hi|hello|good (?:morning|afternoon|evening)|bonjour)\b")
_SIGN_OFF_RE = re.compile(
    r"(?im)^(?:(?:best|kind|warm)?\s*regards|thanks|thank you|cheers|many thanks|"
    r"sent from\b|--\s*$|saludos|atenciosamente|cordialement|mit freundlichen|"
    # (Portuguese "Abs, Luiza": the short sign-off on its line, not "ABS data shows ...")
    r"(?-i:Abs)[.,]?(?:[^\S\n]+[\w.-]+)?[^\S\n]*$)"
)


def _after_note_paragraphs(text: str, pos: int) -> tuple[int, bool]:
    """After the cover note's paragraphs from ``pos`` (a greeting, a note, a sign-off
    and the sender's name under it), each short; and whether there was one."""
    start = pos
    signed = noted = False
    while pos < min(len(text), start + _COVER_NOTE_CHARS):
        while text.startswith("\n", pos):
            pos += 1
        end = text.find("\n\n", pos)
        end = len(text) if end < 0 else end
        paragraph = text[pos:end]
        lines = paragraph.split("\n")
        signature = signed and len(lines) <= 2 and all(len(line) <= 40 for line in lines)
        # (a note's sentence ends with its stop or opens with its greeting; the release's
        # headline, "Port Ellis moves forward with harbour bridge", does neither)
        note = _COVER_NOTE_RE.search(paragraph) and (
            paragraph.rstrip()[-1:] in ".!?,:" or "\n" in paragraph or _GREETING_RE.match(paragraph)
        )
        if len(paragraph) > 300 or not (note or _SIGN_OFF_RE.search(paragraph) or signature):
            break
        signed = bool(_SIGN_OFF_RE.search(paragraph))
        noted = True
        pos = end
    while text.startswith("\n", pos):
        pos += 1
    return pos, noted


def read_layout(text: str, date_spans: list[tuple[int, int]]) -> Layout:
    """Classify the header lines of cleaned ``text`` (see the module docstring)."""
    layout = Layout()
    _read_turns(text, layout)
    layout.foot_author = _foot_author(text)
    if "\n" not in text[:HEADER_CHARS]:
        return layout
    pos = layout.release_start = _after_cover_note(text)
    layout.mail_subject = _mail_subject(text, pos)
    seen = 0
    while pos < len(text) and seen < HEADER_LINES and pos < HEADER_CHARS:
        end = text.find("\n", pos)
        if end < 0:
            end = len(text)
        line = text[pos:end].strip()
        if line:
            seen += 1
            turn = _TURN_RE.match(line)
            if turn and any(pos <= start <= end for _, start, _ in layout.turn_spans):
                break  # a transcript's first turn: the body
            spans = _as_of_the_lines_first_letter(text, pos, end, date_spans)
            part, line, end = _classified_with_its_rest(text, line, pos, end, spans)
            if _listed_story(layout, line):
                part = Part("furniture", line, pos, end)
            if part is not None and _lead_without_its_full_stop(layout, part, text):
                break  # the body starts here
            if part is None and (_caption_goes_on(layout, line) or _credit_under(text, end)):
                # "Photo: K. Addo / Department" / "A hiker crosses the new bridge ...": the
                # caption's sentence under its credit line (or over it), with the headline
                # to come.
                part = Part("photo", line, pos, end)
            joined = _with_its_next_line(text, part) if part is not None else None
            if joined is not None and joined is not part:
                part, end = joined, joined.end
            if part is None:
                break  # the body starts here
            layout.parts.append(part)
            layout.body_start = end
        pos = end + 1
    _neighbouring_lines(layout)
    _name_under_role(layout)
    _portfolio_under_name(layout)
    _speech_place_lines(layout)
    _building_under_venue_line(layout.parts)
    _participant_lines(layout)
    _menu_section_lines(layout)
    _lead_ends_header(layout)
    _deck_under_a_wires_headline(layout)
    _provided_by_lines(layout)
    _chamber_under_a_heading(layout)
    _label_goes_on(layout)
    _published_under_the_headline(layout)
    _read_on_behalf_lines(layout)
    _translated_body_lines(layout)
    if layout.parts and len(layout.parts) == 1 and layout.parts[0].kind == "headline":
        layout.body_start = layout.parts[0].end
    _name_turns(layout, text)
    return layout


def _as_of_the_lines_first_letter(
    text: str, pos: int, end: int, date_spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The date spans as the line's parts compare them: a line's words are read from its
    first letter, so an indented line's dates move back by its indent."""
    indent = len(text[pos:end]) - len(text[pos:end].lstrip())
    return [(s - indent, e - indent) for s, e in date_spans] if indent else date_spans


_STORY_LIST_LABEL_RE = re.compile(rf"(?i)^{_STORY_LIST_LABEL}\b")
_NUMBERED_ITEM_RE = re.compile(r"^\d{1,2}[.)]\s+\S")


def _listed_story(layout: Layout, line: str) -> bool:
    """Whether ``line`` is a numbered item of a story list the header has opened."""
    if not _NUMBERED_ITEM_RE.match(line):
        return False
    for part in reversed(layout.parts):
        if part.kind != "furniture":
            return False
        if _STORY_LIST_LABEL_RE.match(part.text):
            return True
        if not _NUMBERED_ITEM_RE.match(part.text):
            return False
    return False


def _neighbouring_lines(layout: Layout) -> None:
    """Lines read by the one under or over them: a name over its role, a speaker's
    name under a speech's heading, a company's name over its legal form."""
    for before, after in itertools.pairwise(layout.parts):
        # "JANE SMITH" over "MINISTER FOR HEALTH": a letterhead.
        if before.kind == "headline" and (
            after.kind == "role"
            # "MĀRTIŅŠ KALNIŅŠ" over "PERSONAL STATEMENT": the person whose statement it is
            or (after.kind == "furniture" and _PERSONAL_STATEMENT_RE.match(after.text))
        ):
            name = person_name(before.text)
            if name:
                before.kind, before.value = "name", name
        elif (
            before.kind == "headline"
            and after.kind == "headline"
            and _SPEECH_HEADING_RE.match(before.text)
            and person_name(after.text) == after.text.strip()
        ):
            # "Keynote by the President of the Council of Ministers at ..." / "Rosa
            # Elvira Quispe Mamani": who gives the speech, under its heading
            after.kind, after.value = "name", after.text.strip()
        elif before.kind == "org" and after.kind == "org" and _NHS_TRUST_RE.match(after.text):
            # "Wealden and Rother Valley Hospitals" / "NHS Foundation Trust": one name
            before.value = f"{before.value} {after.text.strip()}"
            after.kind, after.value = "furniture", None
        elif (
            before.kind == "headline"
            and after.kind == "org"
            and _company_name_over_form(before, after)
        ):
            # "HALBERG-STRÖMER" / "Anlagenbau GmbH": one company's name on two lines
            after.value = f"{normal_case(before.text)} {after.value}"
            before.kind, before.value = "furniture", None


_PERSONAL_STATEMENT_RE = re.compile(rf"(?i)^\s*{_PERSONAL_STATEMENT}\s*$")
_NHS_TRUST_RE = re.compile(r"^\s*NHS(?: Foundation)? Trust\s*$")


def _company_name_over_form(name: Part, form: Part) -> bool:
    """A capitals line of one or two words over a company's line that is only a word
    or two and its legal form ("Anlagenbau GmbH")."""
    words = (form.value or "").split()
    return (
        name.text.isupper()
        and 1 <= len(name.text.split()) <= 2
        and not _verbs_in(name.text)
        and form.text.strip() == form.value
        and 2 <= len(words) <= 3
        and words[-1].strip(".,").lower() in LEGAL_FORMS
    )


#: A company's legal form, last in its name ("AB", "GmbH", "Co., Ltd.").
LEGAL_FORMS = frozenset(
    ["ab", "tbk", "ltd", "inc", "co", "corp", "gmbh", "ag", "kg", "sa", "oy", "oyj", "asa", "nv",
     "bv", "plc", "llc", "spa", "srl", "as", "a/s", "kk", "bhd", "berhad", "pte", "sas", "se",
     "pjsc", "saog", "saoc", "qpsc", "qsc", "kscp", "wll", "bsc",
     # Icelandic: "Hafgló hf.", "Norðurljós ehf."
     "hf", "ehf"]
)  # fmt: skip


def ends_in_legal_form(body: str, forms: frozenset[str] = LEGAL_FORMS) -> bool:
    """Whether a body's name ends in a company's legal form ("AB", "Ltd.", "K.K.")."""
    words = body.split()
    return bool(words) and words[-1].strip(".,").replace(".", "").lower() in forms


# "Company Participants" / "Conference Call Participants" / "Speakers" over
# "Renata Solberg-Iwu - Vice President, Investor Relations" lines.
_PARTICIPANTS_RE = re.compile(
    r"(?i)^(?:[\w ]{0,30}participants|speakers?(?:\s+key)?|panel(?:lists)?|present)\s*(?::?$|:\s+\S)"
)
# "Renata Solberg-Iwu - Vice President", "Dr. Sabine X – CFO", a key's "CL Christian
# Lindqvist" / "TVM Dr Thái Văn Minh".
_PARTICIPANT_LINE_RE = re.compile(
    rf"^(?:[{names.UPPER}]{{1,4}}\s+)?(?:[{names.UPPER}][a-z]{{1,4}}\.?\s+)?{names.NAME_RUN}"
    r"\s*(?:[-–—,|]\s*\S.*)?$"
)


def _participant_lines(layout: Layout) -> None:
    """The lines of a transcript's participant list are no headline, venue or date."""
    listing = inline = False
    for part in layout.parts:
        if part.kind == "furniture":
            listing = bool(_PARTICIPANTS_RE.match(part.text))
            inline = listing and bool(part.text.partition(":")[2].strip())
        elif (
            listing
            and _PARTICIPANT_LINE_RE.match(part.text)
            # (after "Speakers: X, Minister", a person's line, not "Press Theatre, Ottawa")
            and not (inline and part.kind in ("place", "venue", "date"))
        ):
            part.kind, part.value = "furniture", None
        else:
            listing = False


# A menu's items: "Home | The Embassy | News & Events", "Home > Press Room > News".
_MENU_ITEM_SEP_RE = re.compile(r"\s+[|·>»/]\s+|[^\S\n]{2,}|\t")


def _menu_section_lines(layout: Layout) -> None:
    """A line under a site's menu that repeats one of its items ("News & Events"
    under "Home | The Embassy | News & Events | Contact Us") is the page's section,
    no headline."""
    items: set[str] = set()
    column = _menu_column(layout.parts)
    for i, part in enumerate(layout.parts):
        if i in column:
            items.add(part.text.strip().lower())
            part.kind, part.value = "furniture", None
        elif part.kind == "furniture" and site_menu(part.text):
            items.update(i.strip().lower() for i in _MENU_ITEM_SEP_RE.split(part.text))
        elif part.kind == "headline" and part.text.strip().lower() in items:
            part.kind, part.value = "furniture", None


def _menu_column(parts: list[Part]) -> set[int]:
    """A menu pasted one item a line ("Home" / "About Margaret" / "Newsroom" / "Press
    Releases" / "Floor Statements" / "Contact"): four or more short verbless lines in a
    row, two of them a menu's word. Their indexes in ``parts``."""
    found: set[int] = set()
    run: list[int] = []
    for i, part in enumerate([*parts, None]):
        if (
            part is not None
            and part.kind in ("headline", "furniture")
            and _short_items([part.text])
            # ("Mayor Welcomes Change" is a kicker; "Press Releases", "Contact" are items)
            and (len(part.text.split()) < 3 or not _verbs_in(part.text))
        ):
            run.append(i)
            continue
        # (two menu words at least: not "Statements" over "Joint Statement" / "Rome
        # Declaration", a kicker stack)
        if len(run) >= 4 and sum(parts[j].text.strip().lower() in _MENU_WORDS for j in run) >= 2:
            found.update(run)
        run = []
    return found


def _lead_ends_header(layout: Layout) -> None:
    """ "Minister X launches ..." / a date / "The Minister of ... today launched the
    ... at the ...": a long line telling "today" under a headline and its date is a
    stripped text's lead, where the body starts."""
    parts = layout.parts
    for i, part in enumerate(parts):
        if (
            part.kind != "headline"
            or len(part.text.split()) < 15
            or not _TODAY_RE.search(part.text)
        ):
            continue
        above = next(
            (j for j in range(i - 1, -1, -1) if parts[j].kind not in ("date", "furniture")), -1
        )
        between = parts[above + 1 : i]
        # (a headline with its verb above: not a one-word kicker, "Coronavirus")
        if (
            above >= 0
            and parts[above].kind == "headline"
            and len(parts[above].text.split()) >= 4
            and _verbs_in(parts[above].text)
            and any(p.kind == "date" for p in between)
        ):
            layout.body_start = part.start
            del parts[i:]
            return


# A newswire's header: "NEWS PROVIDED BY" over the issuing body's name.
_PROVIDED_BY_RE = re.compile(r"(?i)^(?:news\s+)?(?:provided|distributed|issued)\s+by\s*:?$")


def _published_under_the_headline(layout: Layout) -> None:
    """ "Support for hill farmers to cut emissions" / "Published 27 February 2025" / "Part
    of: ..." / "£4.5 million fund opens for applications": a page's headline over its
    publication line; the headline lines under that line are its summary."""
    parts = layout.parts
    for i in range(len(parts) - 1):
        line = parts[i].text
        if (
            parts[i].kind == "headline"
            and parts[i + 1].kind == "date"
            and _PUBLISHED_LINE_RE.match(parts[i + 1].text)
            # (a headline's sentence, not a label or a notice's number: "Committee Notice",
            # "24-118MR", "STATUS UPDATE NO. 14")
            and len(line.split()) >= 4
            and any(len(w) >= 3 and w.islower() for w in line.split())
            # (not a site's section: "Latest news from the council")
            and not _SECTION_LINE_RE.search(line)
        ):
            for part in parts[i + 2 :]:
                # (not a speech's heading under it: "Statement by the Prime Minister, ...")
                if part.kind == "headline" and not _SPEECH_HEADING_RE.match(part.text):
                    part.kind = "furniture"
            return


_PUBLISHED_LINE_RE = re.compile(r"(?i)(?:first\s+)?(?:published|posted|updated)\b")
_SECTION_LINE_RE = re.compile(r"(?i)\b(?:news|updates|latest|stories|announcements)\b")


def _deck_under_a_wires_headline(layout: Layout) -> None:
    """A headline right over a newswire's "NEWS PROVIDED BY" is the page's; the headline
    lines under the label's block ("After-tax NPV(5%) of C$612 million ...") are its deck."""
    parts = layout.parts
    for i in range(1, len(parts) - 1):
        if parts[i - 1].kind == "headline" and _PROVIDED_BY_RE.match(parts[i].text):
            for part in parts[i + 2 :]:  # (after the issuer's line)
                if part.kind == "headline":
                    part.kind = "furniture"


def _chamber_under_a_heading(layout: Layout) -> None:
    """ "Statement by the Prime Minister, Rt Hon. X" / "House of Commons": the chamber a
    statement or speech was given in, under its heading (not the letterhead's)."""
    for before, after in itertools.pairwise(layout.parts):
        if (
            before.kind in ("headline", "byline")
            and _SPEECH_HEADING_RE.match(before.text)
            and after.kind == "org"
            and _CHAMBER_RE.match(after.text)
        ):
            after.kind, after.value = "venue", normal_case(after.text.strip())


def _label_goes_on(layout: Layout) -> None:
    """ "JOINT STATEMENT" / "of the President of the Riigikogu, the Speaker of ...": a
    label's line going on in lower case, whose it is (no headline, when one follows)."""
    parts = layout.parts
    for i, (before, after) in enumerate(itertools.pairwise(parts)):
        if (
            before.kind == "furniture"
            and after.kind == "headline"
            and _LOWER_CASE_GOES_ON_RE.match(after.text)
            and _FURNITURE_RE.match(before.text)
            and any(p.kind == "headline" for p in parts[i + 2 :])
        ):
            after.kind = "furniture"


_LOWER_CASE_GOES_ON_RE = re.compile(r"(?:of|by|from|issued by)\s+(?:the\s+)?\S")


def _provided_by_lines(layout: Layout) -> None:
    """The line under a newswire's "NEWS PROVIDED BY" names the issuing body."""
    for before, after in zip(layout.parts, layout.parts[1:]):
        if (
            _PROVIDED_BY_RE.match(before.text)
            and after.kind in ("headline", "org")
            # ("issued by" / "H.E. Mr. X, President of Y": a person issues it)
            and not titled_names(after.text)
            and not person_name(after.text)
        ):
            before.kind, before.value = "furniture", None
            # ("Puerto Rico Office of Energy Resilience; Caribbean Solar Cooperative
            # Alliance": joint issuers, of whom the first is named)
            after.kind, after.value = "org", after.text.split(";")[0].strip()


# "Delivered on her behalf by Mr X", "Read on behalf of the Secretary-General by Y",
# "Presented for the Minister by Z".
_ON_BEHALF_RE = re.compile(
    r"(?i)^(?:delivered|read(?:\s+out)?|presented|given)\s+"
    r"(?:on\s+(?:his|her|their)\s+behalf|on\s+behalf\s+of\s+[^\n]{3,80}?|for\s+(?:him|her|them)|"
    r"for\s+the\s+[^\n]{3,60}?)\s+by\s"
)
_AT_PLACE_RE = re.compile(r"\sat\s+(?:the\s+)?(?P<place>[^\n]{4,120}?)\.?$")


def _read_on_behalf_lines(layout: Layout) -> None:
    """A line saying who read the text out for its author names no speaker and no
    headline; where it was read is the venue."""
    for part in layout.parts:
        if part.kind in ("headline", "byline", "name", "furniture") and _ON_BEHALF_RE.match(
            part.text
        ):
            at = _AT_PLACE_RE.search(part.text)
            part.kind = "venue" if at else "furniture"
            part.value = clean_venue(at["place"]) if at else None
            layout.read_by.append(part)


def _translated_body_lines(layout: Layout) -> None:
    """A body's name on the next line in another language is no headline:
    "Department of Education and Early Childhood Development" over "Ministère de
    l'Éducation et du Développement de la petite enfance"."""
    for above, part in itertools.pairwise(layout.parts):
        first = part.text.split(maxsplit=1)[0].lower() if part.text.strip() else ""
        if (
            above.kind == "org"
            and part.kind == "headline"
            and part.start == above.end + 1  # the next line, no blank line between
            and first in wordlists.organization_word_set()
            and not _verbs_in(part.text)
        ):
            part.kind, part.value = "furniture", None


def _org_heading(part: Part) -> bool:
    """ "Rößler Antriebstechnik AG – Q3 2024 Earnings Conference Call": a body's name,
    a dash, and what the text is."""
    heading = part.value and re.match(
        rf"{re.escape(part.value)}[^\S\n]+[–—-][^\S\n]+(?P<what>\S+(?:[^\S\n]+\S+){{2,}})",
        part.text,
    )
    # (not its state: "Badan Mitigasi Bahaya Geologi – Republic of Indonesia")
    return bool(heading and not _STATE_NAME_RE.match(heading["what"]))


def _lower_cased_masthead(line: str, following: str) -> bool:
    """ "port ellis harbour board" over "harbour board opens …": a body's name."""
    last = line.split()[-1] if line.split() else ""
    org = last in wordlists.organization_word_set() or organization_line(line.title())
    return line.islower() and bool(org) and not _verbs_in(line) and _verbs_in(following)


def _lead_without_its_full_stop(layout: Layout, part: Part, text: str) -> bool:
    """ "HOBART Thursday 6 February 2025" / "A new 12 bed mental health short stay unit
    will open at … the Network announced today": a lead sentence whose punctuation was
    stripped, under the date line, with the headline above both; a lead paragraph
    wrapped over three lines or more under it (a scan's); or a sentence under the date
    or place line of a speech ("National Auditorium, Avarua" / "Kia orana e te iti
    tangata.")."""
    if part.kind != "headline" or part.text.isupper() or not layout.parts:
        return False
    if layout.parts[-1].kind == "date" and _wrapped_paragraph(text, part.start):
        return any(p.kind == "headline" for p in layout.parts)
    if (
        layout.parts[-1].kind == "headline"
        and text[max(0, part.start - 2) : part.start] == "\n\n"
        and _wrapped_paragraph(text, part.start)
        and part.text[:1].isupper()
        and _paragraph_at(text, part.start).rstrip().endswith((".", "!", "?", '"', "”"))
        and not _wrapped_paragraph(text, layout.parts[-1].start)
    ):
        # A scan's lead paragraph wrapped over lines under a headline broken over two:
        # "Minister announces €14 million for small harbour" / "repairs along ..." /
        # "The Department ... today announced funding of €14 million for" / "repairs ..."
        return True
    above = layout.parts[-1].kind
    headed = any(p.kind in ("headline", "speech_venue") for p in layout.parts)
    # (in sentence case: a long title-case headline under its date is no lead)
    stripped = (
        len(part.text.split()) >= _LEAD_WORDS
        and not re.search(r"[,;:.()\"“”]", part.text)
        and _capitalised_share(part.text) <= 0.7
    )
    sentence = part.text.endswith(".") and not part.text.endswith("..")
    # ("[Check against delivery]" / "Bore da, pawb. Good morning, everyone.": a speech's)
    speech = (
        above == "furniture"
        and any(p.kind == "speech_venue" for p in layout.parts)
        and _capitalised_share(part.text) <= 0.5
        and not _ABBREVIATION_END_RE.search(part.text)
    )
    return headed and (
        (stripped and above == "date")
        or (sentence and (above in ("date", "place", "venue") or speech))
    )


_LEAD_WORDS = 20
# A line ending in an abbreviation's stop, not a sentence's: "Samuel Okafor Jr.", "the U.S."
_ABBREVIATION_END_RE = re.compile(r"(?:\b[A-Z]\.[A-Z]\.|\b(?:Jr|Sr|Ltd|Inc|Co|St|Dr|Mr|Mrs|Ms))\.$")


def _paragraph_at(text: str, start: int) -> str:
    end = text.find("\n\n", start)
    return text[start : end if end >= 0 else len(text)]


def _wrapped_paragraph(text: str, start: int) -> bool:
    """Whether the paragraph from ``start`` runs over three lines or more, 25 words, a
    sentence wrapped mid-phrase (a line goes on in lower case) and ended by its full
    stop; not a headline printed in three languages."""
    paragraph = _paragraph_at(text, start)
    lines = paragraph.split("\n")
    return (
        len(lines) >= 3
        and len(paragraph.split()) >= 25
        and any(line[:1].islower() for line in lines[1:])
        and "." in paragraph
    )


_CLOSING_CREDIT_RE = re.compile(
    r"(?i)^[^(\s][^\n]{10,}\((?:photo|photograph|picture|image|credit)\s*:[^()]*\)\s*$"
    # ("... on 2 May. — Photo: MITI / Faizal Ahmad": after a dash)
    r"|^[^(\s][^\n]{10,}[.)][^\S\n]+[—–-][^\S\n]*(?:photo|photograph|picture|image|credit)s?"
    r"[^\S\n]*:[^\n]{2,80}$"
)


def _credit_under(text: str, end: int) -> bool:
    """Whether the line right under the one ending at ``end`` is a photo's credit
    ("Smallholders deliver parchment at the mill." / "Photo: Kumul Valley Group / X")."""
    return text.startswith("\n", end) and bool(_CREDIT_LINE_RE.match(_line_at(text, end + 1)))


_CREDIT_LINE_RE = re.compile(r"(?i)^\(?(?:photo|photograph|picture|image|foto)\s*(?:credit)?\s*:")


# A sentence of six words or more ending inside a caption's brackets (not "Gov." of
# "(Photo: Office of Gov. Elena Ruiz)").
_SENTENCE_IN_BRACKETS_RE = re.compile(r"(?:\S+\s+){5,}[A-Za-z][a-z]{2,}\.\s+[A-Z]")


def _caption_goes_on(layout: Layout, line: str) -> bool:
    """A one-sentence caption right under a photo's credit line."""
    return (
        bool(layout.parts)
        and layout.parts[-1].kind == "photo"
        and bool(_PHOTO_RE.match(layout.parts[-1].text))  # "Photo: ...", not "(posted ...)"
        # (not after a caption closed by its credit: "... vehicles. (Photo: TTPS)", nor
        # a whole caption in its brackets: "[Photo: Rector X speaking in the Aula on
        # Monday. Photo: M. Hagen / Nord Tech]"; a credit alone in them is over its
        # caption: "(Photo: Office of the Governor / Carla Restrepo)")
        and not _CLOSING_CREDIT_RE.search(layout.parts[-1].text)
        and not (
            re.fullmatch(r"\[[^\[\]]+\]|\([^()]+\)", layout.parts[-1].text.strip())
            and _SENTENCE_IN_BRACKETS_RE.search(layout.parts[-1].text)
        )
        and line.endswith(".")
        and len(line.split()) <= 30
    )


def _name_under_role(layout: Layout) -> None:
    """ "PRIME MINISTER" / "SPEECH" / "DARIUS VELL" / "LECTURE ON ...": a short capitals
    line naming a person under a role, with the headline still to come; in mixed
    case, only the line right under the role."""
    parts = layout.parts
    for i, part in enumerate(parts):
        if part.kind != "headline" or len(part.text.split()) > 4:
            continue
        if part.text.isupper():
            above = any(p.kind == "role" for p in parts[max(0, i - 2) : i])
            below = any(p.kind == "headline" for p in parts[i + 1 :])
        else:  # "Minister for Water Resources" / "Rowena McArdle" / "Doorstop, Weir 32"
            # ... or under "Address by the President of Iceland on National Day".
            above = (
                i > 0
                and (parts[i - 1].kind == "role" or _SPEECH_HEADING_RE.match(parts[i - 1].text))
                and len(part.text.split()) <= 3
            )
            below = i + 1 < len(parts)
        name = person_name(part.text) if above and below else None
        if name:
            part.kind, part.value = "name", name


# A speech's or transcript's header: "Keynote address", "2024 Commencement Address",
# "Speech by ...", "Check against delivery", "Q&A session following the keynote speech".
_SPOKEN_HEADER_RE = re.compile(
    r"(?i)\b(?:speech(?:es)?|address|remarks|keynote|lecture|eulogy|homily|sermon|oration|intervention|"
    r"check against delivery|as prepared for delivery|as delivered|q&a|transcript)\b"
)
# A German or Dutch hall by its compound: "Stadthalle", "Festsaal", "Senaatszaal".
_COMPOUND_HALL = r"\w{3,}(?:halle|saal|zaal|zentrum|centrum)"
_PLACE_LINE_WORDS_RE = re.compile(
    r"(?i)\b(?:centre|center|hall|field|academy|hotel|theatre|theater|auditorium|stadium|"
    r"arena|church|cathedral|chapel|palace|castle|house|library|museum|gallery|pavilion|"
    r"club|campus|park|plaza|square|chamber|parliament|residence|embassy|school|college|"
    r"university|summit|conference|forum|congress|convention|symposium|exchange|terminal|"
    r"harbour|harbor|rooms?|building|tower|marae|grounds|espace|salle|maison|hôtel|"
    r"plenary|assembly|assembleia|assemblée|barrage|dam|reservoir|pier|wharf|jetty|quay|"
    # in other languages: "Résidence de France", "Cankarjev dom", "Teatro dal Verme",
    # and German and Dutch compounds ("Stadthalle Cottbus", "Kongresshaus")
    # (not "...haus": "Neuhaus am Inn" is a town)
    rf"gardens|palais|palazzo|palacio|teatro|résidence|residencia|dom|{_COMPOUND_HALL})\b"
)


def _reads_as_a_name(line: str) -> bool:
    """A place's name, not a sentence: no colon, every long word capitalised
    ("Fjordline Conference Centre"; not "A stronger Parliament for a stronger democracy")."""
    return ":" not in line and all(
        w[:1].isupper() or w[:1].isdigit() or len(w) <= 3 or w.lower() in _SMALL_WORDS
        for w in line.split()
    )


def _speech_place_lines(layout: Layout) -> None:
    """ "Jane Doe, Deputy Governor" / "Nordic Payments Summit" / "Fjordline Conference
    Centre" / "Bergen" / "27 September 2023": in a speech's or transcript's header,
    the lines between the speaker's line (or the "Speech by ..." heading) and the
    date line name the occasion and the place. They become one venue line, and no
    longer stand for the headline."""
    parts = layout.parts
    if not any(_SPOKEN_HEADER_RE.search(p.text) for p in parts):
        return
    date = next((i for i, p in enumerate(parts) if p.kind == "date"), None)
    if date is None:
        return
    anchor = next(
        (
            i
            for i in range(date - 1, -1, -1)
            # (or a byline that names the speaker: "BY DATUK X" under the heading)
            if parts[i].kind == "name"
            or (parts[i].kind == "byline" and parts[i].value)
            or (parts[i].kind in ("headline", "byline") and _BY_LINE_RE.match(parts[i].text))
            or (parts[i].kind == "headline" and _SPOKEN_HEADER_RE.search(parts[i].text))
        ),
        None,
    )
    if anchor is None:
        _place_over_date_line(parts, date)
        _place_under_date_line(parts, date)
        return
    # ("Remarks as Prepared for Delivery" between the name and the place is the kind's)
    lines = [p for p in parts[anchor + 1 : date] if p.kind != "furniture"]
    if not lines:
        # "Rt Hon X, Prime Minister / Monday, 3 March 2025 / Beehive Theatrette, Wellington"
        lines = parts[date + 1 : date + 2] or _place_after_the_date(parts[date])
    if not 1 <= len(lines) <= 3:
        return
    if lines and lines[0].kind == "role" and _is_role_line(lines[0].text):
        lines = lines[1:]  # "Deputy Governor" under the name
    if (
        not lines
        # (A body's name with a hall in it is a place: "Session Hall, Senate of the
        # Philippines, Pasay City".)
        or any(
            p.kind not in ("headline", "role", "place", "venue")
            and not (p.kind == "org" and _PLACE_LINE_WORDS_RE.search(p.text))
            for p in lines
        )
        or not _PLACE_LINE_WORDS_RE.search(lines[0].text)
        or not all(p.kind == "venue" or _reads_as_a_name(p.text) for p in lines)
        # "Oduya, Port Leaders Hold Press Conference on ...": a headline, its subject
        # named before the verb
        or any(p.kind == "headline" and "," in p.text and _verbs_in(p.text) for p in lines)
    ):
        return
    # "AT THE OPENING OF THE X SUMMIT" (a venue line already: its value) / "KUALA
    # LUMPUR CONVENTION CENTRE"
    texts = [p.value if p.kind == "venue" and p.value else p.text for p in lines]
    value = ", ".join(normal_case(t) if t.isupper() else t for t in texts)
    for p in lines:
        p.kind = "venue"
    lines[0].value = value


# "3 October 2024, Marina Barrage", "March 4, 2025 | Dewan Rakyat": a date, then a place.
_DATE_THEN_PLACE_RE = re.compile(
    r"^(?:[A-Z][a-z]+,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4}"
    r"\s*(?:,|\||[–—-])\s*(?P<place>[A-Z][^,|\n]{2,60}(?:,\s*[A-Z][^,|\n]{2,30})?)$"
)


def _place_after_the_date(part: Part) -> list[Part]:
    """ "Transcript of Doorstop Interview by X at the Launch of Y" / "3 October 2024,
    Marina Barrage": the place after a spoken text's date, when no line names it, is
    where it was spoken (a town is the dateline's: "3 October 2024, Singapore"). The
    date line itself becomes the venue's line, so no other lines are left to read."""
    m = _DATE_THEN_PLACE_RE.match(part.text.strip())
    place = m["place"].strip() if m else ""
    if (
        place
        # (a building's or a site's word: "October 3, 2023 – Halifax, Nova Scotia" is
        # the dateline's town)
        and _PLACE_LINE_WORDS_RE.search(place.split(",")[0])
        and _reads_as_a_name(place)
        and not _verbs_in(place)
    ):
        part.kind, part.value = "venue", place
    return []


def _a_buildings_line(part: Part, most_words: int) -> bool:
    """A headline line that names a building ("Kuala Lumpur Convention Centre", "State
    Emergency Operations Center"), of at most ``most_words`` words."""
    return (
        part.kind == "headline"
        and len(part.text.split()) <= most_words
        and bool(_PLACE_LINE_WORDS_RE.search(part.text))
        and _reads_as_a_name(part.text)
    )


def _building_under_venue_line(parts: list[Part]) -> None:
    """ "Delivered at the Asia Payments Forum 2025" / "Kuala Lumpur Convention Centre":
    a building's line right under a venue line is where the occasion was held, not
    a headline."""
    for venue, line in itertools.pairwise(parts):
        # ... or under the speaker's name and role: "YAA Tan Sri X" / "Chief Justice of
        # Malaysia" / "Dewan Plenari, Putrajaya International Convention Centre"
        if (venue.kind == "venue" and _a_buildings_line(line, 8)) or (
            venue.kind == "role" and _a_buildings_line(line, 10) and "," in line.text
        ):
            line.kind = "place"
            line.value = normal_case(line.text)


def _place_under_date_line(parts: list[Part], date: int) -> None:
    """ "Governor X Updates Vermonters on ..." / "Waterbury, Vermont — July 14, 2025" /
    "State Emergency Operations Center": a transcript's or speech's last header line,
    under its date line, names where it was spoken when a headline came before."""
    # (a "Participants: ..." legend may follow it)
    after = [p for p in parts[date + 1 :] if p.kind != "furniture"]
    if len(after) != 1 or after[0] is not parts[date + 1]:
        return
    if not any(p.kind == "headline" for p in parts[:date]):
        return
    line = parts[date + 1]
    if _a_buildings_line(line, 10):
        line.kind = "venue"
        line.value = normal_case(line.text)


def _place_over_date_line(parts: list[Part], date: int) -> None:
    """ "Hearing on drought response ..." / "Committee Room 1, House of Representatives,
    Nicosia" / "Thursday, 6 March 2025": a building and its place between a
    transcript's or speech's headline and its date line."""
    line = parts[date - 1] if date > 0 else None
    if (
        line is not None
        and "," in line.text
        and any(p.kind == "headline" for p in parts[: date - 1])
        and _a_buildings_line(line, 10)
    ):
        line.kind = "venue"
        line.value = normal_case(line.text) if line.text.isupper() else line.text


def _portfolio_under_name(layout: Layout) -> None:
    """ "Hon Ngaire Tāwhiri" / "Whānau Resilience" under the headline: a short line
    right under a letterhead name is that person's portfolio, not a second headline."""
    parts = layout.parts
    for i in range(1, len(parts)):
        part, above = parts[i], parts[i - 1]
        if (
            (
                part.kind == "headline"
                and above.kind == "name"
                and any(p.kind in ("headline", "speech_venue") for p in parts[: i - 1])
                and (len(part.text.split()) <= 4 or _office_of_a_body(part.text))
                and not part.text.endswith(":")  # "WHAT:": a media advisory's label
                and not _verbs_in(part.text)
            )
            or (
                # "BY MRS. CHILUFYA MWANSA-BANDA" / "BOARD CHAIRPERSON": the byline's office
                part.kind == "headline"
                and above.kind == "byline"
                and len(part.text.split()) <= 4
                and names.is_title(part.text.split()[-1].title())
                and not _verbs_in(part.text)
            )
            or (
                # "Hon Tamsin Rewiti-Hale" / "Local Government": a minister's portfolio,
                # not the body that issues the speech
                part.kind == "org"
                and above.kind == "name"
                and _GOVERNMENT_PORTFOLIO_RE.match(part.text)
            )
        ):
            part.kind = "role"
            part.value = None


_GOVERNMENT_PORTFOLIO_RE = re.compile(r"(?i)^(?:local|regional|central)\s+government$")


def _office_of_a_body(line: str) -> bool:
    """ "CHIEF JUSTICE OF THE REPUBLIC OF GHANA": a title, then what it is of."""
    title = re.match(r"(?i)(.+?)\s+of\s", line)
    return bool(title) and names.is_title(title.group(1).title())


_UNIT_KINDS = names.PLACE_KINDS | {"Division", "Unit", "Office", "Bureau", "Directorate", "Section"}
# "Press and information team of the Delegation to EGYPT": who wrote it up, no headline.
_PRESS_TEAM_LINE_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:press|media|communications?|information)\b[\w\s&]{0,30}?"
    r"\b(?:team|office|unit|section|service|desk|division|directorate|bureau)\b"
    # (in German, French, Portuguese, Spanish: "Pressestelle", "Service de presse")
    r"|^(?:pressestelle|pressebüro|presseamt|service\s+de\s+presse|gabinete\s+de\s+imprensa|"
    r"oficina\s+de\s+prensa|gabinete\s+de\s+prensa|ufficio\s+stampa)\b"
)


_PRESS_TEAM_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:press|media|communications?|public\s+relations)"
    r"(?:\s+(?:and|&)\s+(?:public\s+relations|public\s+affairs|information|communications?|media|"
    r"protocol))?\s+(?P<kind>team|office|unit|section|service|desk|division|directorate|bureau|"
    r"department)(?:\s+of\s+(?:the\s+)?[^\n]{2,80})?$"
)


# ... in other languages: "Comunicación Social", "Dirección de Comunicación Social",
# "Assessoria de Imprensa", "Service de presse", "Cellule de communication".
_FOREIGN_PRESS_TEAM_RE = re.compile(
    r"(?i)^(?:(?:dirección|coordinación|unidad|departamento|oficina|gerencia|secretaría|"
    r"diretoria|coordenação)\s+de\s+)?comunica(?:ción|ção)\s+social|assessoria\s+de\s+"
    r"(?:imprensa|comunicação)|service\s+de\s+(?:presse|communication)|cellule\s+de\s+"
    r"communication|pressestelle|ufficio\s+stampa"
)


def _press_team_part(line: str, words: list[str], start: int, end: int) -> Part | None:
    """A press unit's line: who wrote the release up (and when), never its headline."""
    team, sep, rest = line.partition(" · ")
    team = re.sub(r"\s*\([^()]{1,12}\)$", "", team)  # (its short form: "(Ascom)")
    if sep and _press_team_line(team, team.split()) and _PUBLISHED_LINE_RE.match(rest.strip()):
        # "Assessoria de Comunicação (Ascom) · Published on 7 February 2025"
        return Part("furniture", line, start, end)
    if " / " in line and _press_unit_twins(line):
        # "Ured za odnose s javnošću / Public Relations Office": the unit in two languages
        return Part("furniture", line, start, end)
    if _press_team_line(line, words):
        # "Press and Public Relations Unit"; "Press Service of the Prime Minister of
        # Georgia" names whose it is
        kind = "org" if re.search(r"(?i)\sof\s", line) else "furniture"
        return Part(kind, line, start, end, normal_case(line) if kind == "org" else None)
    return None


def _press_unit_twins(line: str) -> bool:
    """A press unit's line in two languages: one side a press unit, the other no body of
    ours ("Ured za odnose s javnošću / Public Relations Office"; not "Ministry of Health /
    Press Office", a body over its unit)."""
    sides = line.split(" / ", 1)
    body_words = wordlists.organization_word_set()
    units = [_press_team_line(side, side.split()) for side in sides]
    return any(units) and all(
        unit
        or not any(w.lower() in body_words or w.lower() in _PLACE_BODY_WORDS for w in side.split())
        for side, unit in zip(sides, units, strict=True)
    )


# Places that are bodies: "City of Vela / Press Office" is the city over its unit.
_PLACE_BODY_WORDS = frozenset(
    ["city", "town", "county", "state", "province", "district", "shire", "borough"]
)


def _press_team_line(line: str, words: list[str]) -> bool:
    if _FOREIGN_PRESS_TEAM_RE.fullmatch(line.strip()):
        return True
    team = _PRESS_TEAM_RE.match(line) if len(words) <= 14 else None
    # (what it is of names a body: "... of the Delegation", not "... of Ministry opens")
    return bool(team) and not _verbs_in(line[team.end("kind") :])


_STATEMENT_OF_RE = re.compile(
    r"(?i)^(?:(?:opening|closing|prepared)\s+)?(?:statement|testimony|remarks|address|speech)"
    r"\s+(?:of|by)\b"
)


def _classified_with_its_rest(
    text: str, line: str, pos: int, end: int, date_spans: list[tuple[int, int]]
) -> tuple[Part | None, str, int]:
    """A header line, joined to its rest on the next line where it was wrapped, as a
    part; a headline wrapped after its comma only if the two lines read as one."""
    joined, joined_end = _with_its_wrapped_rest(text, line, end)
    part = _classify(joined, pos, date_spans)
    if joined != line and line.endswith(",") and (part is None or part.kind != "headline"):
        return _classify(line, pos, date_spans), line, end
    if (
        part is None
        and joined == line
        and line.endswith(",")
        and _SPEECH_BYLINE_RE.match(line)
        and re.match(r"\n[^\S\n]*at\s", text[end : end + 6])
    ):
        # "Remarks by the Minister of Foreign Trade, Esteban Villalobos Arce," / "at the
        # Opening of the ... Summit": a speech's byline, its occasion under it
        part = _classify(line[:-1], pos, date_spans)
        part = replace(part, text=line, end=end) if part is not None else None
    return part, joined, joined_end


def _body_first_line(
    line: str, words: list[str], start: int, date_spans: list[tuple[int, int]]
) -> bool:
    """ "WASHINGTON – Senator ...", a long line ending in a colon, a dated dateline's
    line: the body ("UNIVERSITY OF X — OFFICE OF NEWS AND MEDIA RELATIONS", all in
    capitals, is a letterhead; "Statement by the Minister of X, Hon. Y:" heads it)."""
    return (
        (
            bool(_DATELINE_START_RE.match(line))
            and len(words) > 8
            and not line.isupper()
            # ("ARPUV – Agencia Reguladora de Puertos y Vías Navegables": a body's name)
            and not organization_line(line)
        )
        or (line.endswith(":") and len(words) > 8 and not _BY_LINE_RE.match(line))
        or _dated_dateline_first(line, start, date_spans)
    )


def _dated_dateline_first(line: str, start: int, date_spans: list[tuple[int, int]]) -> bool:
    """ "Wien, 14 March 2025 (BMVI) – Federal Minister ...": the body's first line after
    a dated dateline (not "Geneva, 03.03.2014 - Address by Mr. X, ...", a speech's
    heading line)."""
    dated = _DATED_DATELINE_START_RE.match(line)
    if not dated:
        return False
    rest = line[dated.end() - 1 :]
    return (
        # (a wire's mark before the dash: "SPOKANE, Wash., Oct. 21, 1997 /PR Newswire/ --
        # Cascade Valley", its lead wrapped after two words)
        (len(rest.split()) >= 4 or _wired(line, dated))
        and _covers_a_date(start + dated.start("when"), start + dated.end("when"), date_spans)
        and not _SPEECH_BYLINE_RE.match(rest)
        and not _SPEECH_HEADING_RE.match(rest)
        and not _issuer_after_date(rest.strip(" –—-|"))
    )


def _wired(line: str, dated: re.Match[str]) -> bool:
    """Whether a wire's name stands between a dated dateline's date and its dash
    ("/PRNewswire/ --"): the lead follows, however short its line."""
    return "/" in line[dated.end("when") : dated.end()]


def _place_before_its_issuer(
    line: str, start: int, date_spans: list[tuple[int, int]]
) -> str | None:
    """ "Kyiv, 23/07/2025 – EU Delegation to Ukraine": the place of a date line that
    names its issuer after the date."""
    dated = _DATED_DATELINE_START_RE.match(line)
    if not (
        dated
        and _covers_a_date(start + dated.start("when"), start + dated.end("when"), date_spans)
        # (not after a wire's name: "BOISE, Idaho, March 3, 1998 /PRNewswire/ -- Maplefield"
        # opens the lead, wrapped)
        and not _wired(line, dated)
        and _issuer_after_date(line[dated.end() - 1 :].strip(" –—-|"))
    ):
        return None
    return line.split(",", 1)[0].strip()


def _issuer_after_date(rest: str) -> bool:
    """ "Kyiv, 23/07/2025 – EU Delegation to Ukraine": the issuer's name after the date,
    a few capitalised words and no verb, not the lead's sentence."""
    words = rest.split()
    if names.titled_re().match(rest) or person_name(rest):
        return False  # "MILLBROOK, Ont., June 30, 1998 -- Mayor Orrin Blackwood / opened ..."
    return (
        1 <= len(words) <= 6
        and all(w[:1].isupper() or w in ("of", "to", "for", "and", "the", "&") for w in words)
        and not _verbs_in(rest)
    ) or bool(organization_line(rest))


def _with_its_wrapped_rest(text: str, line: str, end: int) -> tuple[str, int]:
    """A header line with the rest of it from the next line, where it was wrapped
    there, and where it now ends."""
    if line.endswith("-") and not line.endswith(" -"):
        # A word broken at the line's end ("agree-" / "ment with ..."): one line.
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        following = text[end + 1 : nxt].strip()
        if following and following[:1].islower():
            return line[:-1] + following, nxt
    elif line.endswith(","):
        return _headline_wrapped_after_comma(text, line, end) or (line, end)
    elif _BY_ALONE_RE.match(line):
        # "delivered by" / "Hon'ble Ms. Justice (Retd.) X": the byline set on two lines
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        following = text[end + 1 : nxt].strip()
        # (not a body: "WRITTEN STATEMENT" / "BY" / "THE WELSH GOVERNMENT")
        if (
            following[:1].isupper()
            and not following.lower().startswith("the ")
            and not organization_line(following)
        ):
            return f"{line} {following}", nxt
    return line, end


_BY_ALONE_RE = re.compile(r"(?i)^(?:(?:delivered|given|presented|read)\s+)?by$")


def _headline_wrapped_after_comma(text: str, line: str, end: int) -> tuple[str, int] | None:
    """ "Okafor-Baines Tours Naches Heights Pump Station," / "Highlights $38 Million in
    Federal Drought Funding", then a blank line: one headline broken after its comma
    (not a speech's "Madam Speaker," / "Honourable Members,", which opens the body)."""
    nxt = text.find("\n", end + 1)
    nxt = len(text) if nxt < 0 else nxt
    following = text[end + 1 : nxt].strip()
    after = text[nxt + 1 : nxt + 2]
    if (
        len(line.split()) < 4
        or not following
        or following.endswith((",", ";", ":", "."))
        or after not in ("\n", "")
        or _OPENING_LINE_RE.search(line[:-1])
        # ("Keynote address by X, Chairman of Y," / "at the Z Week, Seoul": a byline and
        # its venue line; "Statement of Senator X," / "Committee on Finance": a heading
        # and its body)
        or _VENUE_LINE_RE.match(following)
        or _SPEECH_BYLINE_RE.match(line)
        or _STATEMENT_OF_RE.match(line)
        or organization_line(following)
        or _is_role_line(following)
        # (a capitals headline needs no verb: "PLANNED WATER SUPPLY INTERRUPTION IN NYERI
        # TOWN," / "RURINGU AND KAMAKWA ON 6TH AND 7TH JULY")
        or not (_verbs_in(f"{line} {following}") or (line.isupper() and following.isupper()))
        or len(f"{line} {following}".split()) > MAX_HEADER_WORDS
    ):
        return None
    return f"{line} {following}", nxt


def _with_its_next_line(text: str, part: Part) -> Part:
    """A venue, a body's name or a headline that goes on on the next line, joined to it."""
    if part.kind == "venue" and part.text.endswith(","):
        return _join_next_line(text, part)
    if part.kind == "org":
        return _headline_after_its_subject(text, part) or _join_wrapped_name(text, part)
    if (
        part.kind == "headline"
        and len(part.text.split()) >= 4  # (not "by the" between a joint statement's bodies)
        and (_HEADLINE_GOES_ON_RE.search(part.text) or _ends_with_its_verb(part.text))
        and not _SPEECH_HEADING_RE.match(part.text)  # (a speech's heading: its own reader)
    ):
        return _join_broken_headline(text, part)
    if part.kind == "headline" and not _SPEECH_HEADING_RE.match(part.text):
        return _join_mixed_case_wrap(text, part)
    return part


# A headline broken after a word that cannot end it: "EBUTE-ERO JETTY TO REOPEN AFTER" /
# "N2.1 BILLION REHABILITATION".
_HEADLINE_GOES_ON_RE = re.compile(
    # (not the adverbs "FIGHT FAR FROM OVER", "TALKS GO ON")
    r"(?i)\s(?:the|a|an|of|to|for|after|before|with|and|at|by|from|into|as|"
    r"its|their|our|his|her|between|than)$"
)


def _ends_with_its_verb(line: str) -> bool:
    """A capitals headline broken after its verb, the object to come ("COMMISSION
    APPROVES 6,5 % INCREASE, REJECTS" / "14 % APPLICATION"; not "..., MINISTER SAYS")."""
    last = line.split()[-1].lower()
    return (
        line.isupper()
        # (a second clause's verb: "..., REJECTS"; not "KELSO TOWN COUNCIL BUDGET PASSES")
        and bool(re.search(r",\s+\S+$", line))
        and last.endswith("s")
        and last in wordlists.action_verbs()
        and last not in wordlists.speech_verb_set()
    )


def _line_under(text: str, part: Part) -> tuple[str, int] | None:
    """The line right under a header part, stripped, and where it ends; None when a
    blank line or the text's end comes first."""
    start = part.end + 1
    if not text.startswith("\n", part.end) or start >= len(text) or text[start] == "\n":
        return None
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return text[start:end].strip(), end


def _join_broken_headline(text: str, part: Part) -> Part:
    """A headline line and the line right under it, when the first cannot end there."""
    under = _line_under(text, part)
    if under is None:
        return part
    more, end = under
    if (
        not more
        or len(more.split()) > 8
        or more.endswith((".", ":"))
        # (both in capitals, or the rest in lower case: not a deck, a byline, a label or a
        # date under a headline ending "... After Her", "... Watch Out For")
        or not ((part.text.isupper() and more.isupper()) or more[:1].islower())
        or _FURNITURE_RE.match(more)
        or _BY_PIECE_RE.match(more)
        or re.search(r"\d{4}", more)
    ):
        return part
    return Part(part.kind, f"{part.text} {more}", part.start, end, part.value)


def _join_mixed_case_wrap(text: str, part: Part) -> Part:
    """A headline in mixed case wrapped onto a shorter line right under it, in its own
    case, where the first line cannot end ("Judiciary launches mediation in all" /
    "Western Cape magistrates' courts") or a law's name goes on ("Calloway Secures Passage
    of Acequia Water Rights" / "Protection Act"), with a blank line, a deck or a date after
    it: one headline. (A headline wrapped after a complete phrase, "... Post Offices" /
    "Open on Saturdays", stays cut: no layout tells it from a deck.)"""
    line = part.text.strip()
    under = _line_under(text, part)
    if under is None or line.isupper() or len(line) < 35:
        return part
    more, end = under
    after = _line_at(text, end + 1)
    if (
        not more
        # (only where the first line cannot end, "... mediation in all", or the second
        # goes on a law's name, "... Water Rights" / "Protection Act": not a deck, "Record
        # Spending on Education", "A first for western Kenya")
        or not (_CUT_AFTER_RE.search(line) or _LAW_NAME_RE.search(more))
        or len(more) >= len(line)
        or len(more.split()) > 7
        or line.endswith((".", ":", ";", ",", "!", "?", '"', "”"))
        or more.endswith((".", ":", ";", ",", "!", "?"))
        or not _same_case_style(line, more)
        # (a headline says what happened: not a body's name in two languages)
        or not _lower_or_inflected_verb(line)
        or _FURNITURE_RE.match(more)
        or _BY_PIECE_RE.match(more)
        # (a note: "Full text of the address below")
        or _NOTE_UNDER_HEADLINE_RE.search(more)
        # (a date, a menu, a venue line "Session Hall, City Hall", a label "Venue: ...")
        or re.search(r"\d{4}|[|@,:;>»›/•]", more)
        or re.search(r"[|>»›•]", line)
        or _MONTH_WORD_RE.search(more)
        or organization_line(more)
        or _is_role_line(more)
        or person_name(more)
        # (a deck of its own: "Measure Now Goes to the House", "Bill Would Help Farmers")
        or _inflected_verbs_in(more)
        or _MODAL_RE.search(more.upper())  # (and an infinitive's "to")
        # (a block of short lines: a menu, an address, a letterhead)
        or (after and len(after.split()) < 8 and not re.search(r"\d{4}|:", after))
    ):
        return part
    return Part(part.kind, f"{line} {more}", part.start, end, part.value)


# A headline's line that cannot end it ("... mediation in all"), or a law's name going
# on on the next ("Protection Act", "Lifeline Act Before Funding Cliff").
_CUT_AFTER_RE = re.compile(
    r"(?i)\s(?:in|to|of|for|the|a|an|and|with|at|by|from|into|on)\s+all$|"
    + _HEADLINE_GOES_ON_RE.pattern.removeprefix("(?i)")
)
_LAW_NAME_RE = re.compile(r"\b(?:Act|Bill|Law|Accord)\b")
_NOTE_UNDER_HEADLINE_RE = re.compile(
    r"(?i)^(?:full text|read (?:more|the)|see (?:below|also)|click|download|watch|listen)\b"
    r"|\b(?:below|attached|follows)$"
)
_MONTH_WORD_RE = re.compile(rf"(?i)\b(?:{'|'.join(wordlists.MONTHS_EN)})\b")


def _lower_or_inflected_verb(words: str) -> bool:
    """A verb in lower case or inflected ("launches", "Secures"; not "Press Secretariat")."""
    return any(
        (w.islower() or (w.lower().endswith(("s", "ed")) and not w.endswith("ss")))
        and wordlists.is_verb(w)
        for w in re.findall(r"[\w'’]+", words)
    )


def _line_at(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : len(text) if end < 0 else end].strip() if start < len(text) else ""


def _same_case_style(line: str, more: str) -> bool:
    """Both in title case, or both in sentence case with a lower-case word of its own."""

    def lower_words(s: str) -> int:
        return sum(1 for w in re.findall(r"[\w'’-]{4,}", s) if w[:1].islower())

    if lower_words(line) == 0:
        return lower_words(more) == 0 and more[:1].isupper()
    return lower_words(more) > 0


def _join_next_line(text: str, part: Part) -> Part:
    """A venue line that ends in a comma goes on on the next line ("..., \n Rome, Italy")."""
    start = part.end
    while start < len(text) and text[start] == "\n":
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    more = text[start:end]
    if not more or len(more.split()) > 12 or more.endswith((".", "?", "!")):
        return part
    joined = f"{part.text} {more}"
    value = clean_venue(f"{part.value}, {more}")
    return Part(part.kind, joined, part.start, end, value)


# A body's name wrapped in its letterhead: the first line ends in a word that needs
# more ("... DEPARTMENT OF"), or the next goes on with one ("AND IRRIGATION",
# "ET DE L'ÉCONOMIE MARITIME", "y Desarrollo Rural").
_NAME_GOES_ON_RE = re.compile(
    r"(?i)(?:\b(?:of|for|and|the|de|des|du|del|della|di|da|do|dos|das|für|und|et|y|e|van|voor)"
    r"|[,&])$"
)
_NAME_CONTINUED_RE = re.compile(r"(?i)^(?:and|&|et|y|e|und|of|for|de|des|du|del|della|di)\s+\w")


def _headline_after_its_subject(text: str, part: Part) -> Part | None:
    """ "Kestrel Rail Logistics" / "opens $310 million intermodal" / "terminal at
    Ingleburn": a headline broken after the body's name it opens with, going on in
    lower case with its verb in the present tense (not "incorporated under ...")."""
    pieces, end, last = [part.text.strip()], part.end, part
    while len(pieces) < 4 and (under := _line_under(text, last)) is not None:
        more, more_end = under
        first = more.split()[0] if more else ""
        if (
            not first[:1].islower()
            or (len(pieces) == 1 and not (first.endswith("s") and wordlists.is_verb(first)))
            or len(more.split()) > 12
            or more.endswith((".", ":", ";"))
            or _FURNITURE_RE.match(more)
        ):
            break
        pieces.append(more)
        end = more_end
        last = Part("headline", more, end - len(more), end)
    if len(pieces) == 1:
        return None
    return Part("headline", " ".join(pieces), part.start, end)


def _join_wrapped_name(text: str, part: Part) -> Part:
    """An organization's line with the rest of its name on the line under it
    ("MINISTRY OF WATER, SANITATION" / "AND IRRIGATION"): one name."""
    under = _line_under(text, part)
    if under is None:
        return part
    more, end = under
    line = part.text.strip()
    if not (_NAME_GOES_ON_RE.search(line) or _NAME_CONTINUED_RE.match(more)):
        return part
    if (
        not more
        or _verbs_in(more)
        or re.search(r"(?i)\b(?:is|are|was|were|will|to)\b", more)  # "AND FERRIES ARE ..."
        or len(more.split()) > 8
        or re.search(r"[\d:;.!?\"“”@/|]", more)
        or (line.isupper() != more.isupper())  # a letterhead's capitals go on in capitals
    ):
        return part
    joined = f"{line} {more}"
    value = organization_line(joined)
    if not value or len(value) <= len(part.value or ""):
        return part
    return Part(part.kind, joined, part.start, end, value)


# "At the invitation of", "At the request of": no place follows.
_NOT_A_PLACE_RE = re.compile(
    r"(?i)(?:the\s+)?(?:invitation|request|initiative|suggestion|urging|behest|end|start|"
    r"beginning|time|same time|moment|heart|core)\s+of\b"
)
# A main clause after a venue phrase: the line is the lead sentence, not a venue line.
# ... with or without its comma: punctuation-stripped text has none.
_LEAD_CLAUSE_RE = re.compile(
    r"\b(?:announced|said|says|told|unveiled|pledged|launched|called|urged|warned)\b"
)


def _is_lead_clause(line: str) -> bool:
    """ "Speaking at X Marae this morning, the Minister confirmed $14.2 million ...": a
    verb of the lead in the past tense, not a venue line (a participle before "by"
    names the event's host, one before "at" a delivery: "a symposium sponsored by ...",
    "delivered at the Civic Centre")."""
    verbs = wordlists.action_verbs()
    # (after a comma: "At the newly opened X Centre" is a place's line)
    clause = line.partition(", ")[2]
    return bool(_LEAD_CLAUSE_RE.search(line)) or any(
        w in verbs for w in _PAST_TENSE_NOT_BY_RE.findall(clause)
    )


# A lower-case participle right before a preposition: "interviewed on", "recorded at".
_PARTICIPLE_VERB_RE = re.compile(
    r"\b[a-z]{3,}ed[^\S\n]+(?:on|at|in|by|with|for|to|from|about|during|after)\b"
)
_PAST_TENSE_NOT_BY_RE = re.compile(r"\b([a-z]+ed)\b(?![^\S\n]+(?:by|at|on|in|to|before)\b)")


def _clause_after_comma(venue: str) -> bool:
    """ "Armed Services hearing, senator cites 14-month lag": words in lower case after
    the comma make a sentence, where a venue would name its town ("..., Cape Coast")."""
    rest = venue.partition(", ")[2]
    words = rest.split()
    # (Not "..., the Department of Labor, Washington", "..., sponsored by X, Boston".)
    return len(words) >= 3 and rest[:1].islower() and words[0] not in _PHRASE_OPENERS


_PHRASE_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "sponsored",
        "co-sponsored",
        "hosted",
        "organised",
        "organized",
        "presented",
        "convened",
        "held",
        "in",
        "at",
        "on",
        "via",
        "by",
        "of",
        "for",
        "and",
    ]
)


_SPACED_RULE_RE = re.compile(r"^(?:[-=_*~·•]\s*){4,}$")


_PAGE_NUMBER_RE = re.compile(r"[-–—]\s*\d{1,3}\s*[-–—]$")


def _classify(line: str, start: int, date_spans: list[tuple[int, int]]) -> Part | None:
    """One header line as a part, or None when the body starts at it."""
    end = start + len(line)
    words = line.split()
    # (a line set in italics or bold by its markup: "_Keynote address delivered at ..._")
    venue = _VENUE_LINE_RE.match(line.strip("_*").strip())
    if len(words) > MAX_HEADER_WORDS and _LONG_CAPTION_RE.match(line):
        # "Image: X, 'Interior with a Girl Reading', 1907 (detail). Oil on canvas. ..."
        return Part("photo", line, start, end)
    # A speech's heading may run long: "ADDRESS BY HIS EXCELLENCY ..., AT THE OFFICIAL
    # OPENING OF ..., MULUNGUSHI INTERNATIONAL CONFERENCE CENTRE, LUSAKA, THURSDAY, ...".
    longest = MAX_HEADER_WORDS + 16 if venue or _SPEECH_HEADING_RE.match(line) else MAX_HEADER_WORDS
    if len(words) > longest:
        # (a long site menu between its bars is still furniture: "Menu: Jobs | ...")
        bars = " | " in line and (site_menu(line) or _one_body_in_languages(line))
        return Part("furniture", line, start, end) if bars else None
    if " | " in line and (barred := _barred_part(line, start, end)):
        return barred
    if venue and _clause_after_comma(venue["venue"]):
        venue = None  # "At Armed Services hearing, senator cites ...": a subheadline
    if venue and (_is_lead_clause(line) or _NOT_A_PLACE_RE.match(venue["venue"])):
        # "Speaking at the X Forum today, the Commissioner announced ...", "At the
        # invitation of ...": the lead, not a venue line.
        return None
    if _SPACED_RULE_RE.match(line) or _PAGE_NUMBER_RE.match(line):
        # "- - - - - - -": a rule, no bullet; "- 1 -": a scanned page's number
        return Part("furniture", line, start, end)
    if _BULLET_RE.match(line) or _EDITORS_NOTE_RE.match(line):
        # "• A bacterium from sediments …": a list in the body; "The following is a summary
        # of the press conference held at X": the body's first lines, which may name its venue
        return None
    labelled = _HEADLINE_LABEL_RE.match(line)
    if labelled and not _FURNITURE_RE.match(labelled["headline"]):  # ("Subject: Media release")
        # (a mail's or letter's subject heads the text only when no headline follows)
        kind = "subject" if labelled["subject"] else "headline"
        return Part(kind, labelled["headline"], start + labelled.start("headline"), end)
    if _FAX_HEADER_RE.match(line):
        return Part("furniture", line, start, end)
    part = _dated_part(line, start, end, date_spans) or _furniture_part(line, start, end)
    if part is not None:
        return part
    part = _press_team_part(line, words, start, end)
    if part is not None:
        return part
    if _body_first_line(line, words, start, date_spans):
        return None
    part = _labelled_part(line, start, end, date_spans) or _content_part(
        line, start, end, words, venue
    )
    if part is not None:
        return part
    if (
        _sentence_like(line, words)
        # (a speech's heading may run long: "Speech by Senior Minister of State ... at
        # the Opening Ceremony of the Asia Coastal Resilience Summit 2025")
        or (len(words) > 25 and not line.isupper() and not _SPEECH_HEADING_RE.match(line))
        or _OPENING_LINE_RE.search(line)
    ):
        return None
    return Part("headline", line, start, end)


def _dated_part(line: str, start: int, end: int, date_spans: list[tuple[int, int]]) -> Part | None:
    """A date line with its place ("April 28, 2025 – Ottawa, Ontario – Fisheries and
    Oceans Canada", "Kyiv, 23/07/2025 – EU Delegation to Ukraine") or a venue line
    with its date ("Vodafone Arena, Suva | Saturday 14 June 2025")."""
    place = _place_of_a_date_first_line(line, date_spans, start) or _place_before_its_issuer(
        line, start, date_spans
    )
    if place:
        return Part("date", line, start, end, place)
    if _DATED_FIELD_RE.match(line) and (
        _covers_a_date(start, end, date_spans)
        # (a date our reader cannot place, under a label in two languages: "TARIKH /
        # DATE: 14 OKTOBER / OCTOBER 2025"; not "Issued: 1,200 new licences for 2026")
        or (re.match(r"[^\W\d]{3,12}\s*/", line) and re.search(r"\b(?:19|20)\d\d$", line))
    ):
        return Part("date", line, start, end)  # "Date of issue: Monday, 5 May 2025 at 1100 hrs EAT"
    venue_first = _VENUE_THEN_DATE_RE.match(line)
    if (
        venue_first
        and _covers_a_date(start + venue_first.start("when"), end, date_spans)
        and _PLACE_LINE_WORDS_RE.search(venue_first["venue"])
    ):
        return Part("venue", line, start, end, clean_venue(venue_first["venue"]))
    return None


# A speech's opening ("Madam Mayor, members of the Council,", "Conference, thank
# you. [Applause]") or a numbered section ("1. Opening remarks"): the body.
_FIELD_LABEL_RE = re.compile(r"^[^\W\d][\w ]{0,25}:\s")
_DOTTED_ABBREVIATION_END_RE = re.compile(r"(?<=\s)(?:[A-Za-z]\.){2,}$")
# A case's caption: "Attorney General v. Bududa Resettlement Association & 212 Others".
_CASE_CAPTION_RE = re.compile(r"^[A-Z][^\n]{1,150}?\s(?:v|vs)\.?\s[A-Z][^\n]{1,150}$")
_OPENING_LINE_RE = re.compile(
    r"(?i)[\[(](?:applause|laughter|cheers|cheering)[\])]|,\s*thank you\b|[,;]$"
    r"|^(?:madam|mister)\s+\w+,|^(?:\d{1,2}|[ivx]{1,4})[.)]\s+\S"
    r"|^(?:ladies and gentlemen|distinguished guests)\b"
    # "Hon'ble Chancellor, the Vice-Chancellor, members of the Executive Council and": a
    # salutation to the audience (not a name line: "Honourable X, Minister of Y")
    r"|^(?:hon['’]?ble|honou?rable|respected|esteemed)\b[^\n]*,[^\n]*\bmembers\s+of\b"
    # "Madainn mhath, and good morning.", "Ayubowan, Vanakkam and good evening.": a
    # greeting in the local languages, then in English
    # ("Tere hommikust, good morning.": the English after a comma alone)
    r"|(?:,|\s)\s*and\s+good\s+(?:morning|afternoon|evening)\b[.!,]?$|^good\s+(?:morning|afternoon|evening)[.!,]?$"
    # (its full stop: not a headline's "Hello Kraków, good evening!")
    r"|^[^\W\d_]+(?:\s+[^\W\d_]+)?,\s+good\s+(?:morning|afternoon|evening)\.$"
    # ... or in another language alone: "Magandang umaga po sa inyong lahat!", "Selamat pagi"
    # (the greeting alone, or to all: not "Bom Dia Festival returns", a headline)
    r"|^(?:magandang\s+(?:umaga|hapon|gabi)|selamat\s+(?:pagi|siang|petang|malam)|bom\s+dia|"
    r"buenos\s+d[ií]as|habari\s+za\s+\w+)(?:[.!,]|\s+(?:po|a\s+tod[oa]s|kepada)\b|$)"
)


def _furniture_piece(piece: str) -> bool:
    """One part of a line cut at " | ", " – ", " / ", or after a dotted word: furniture,
    a date or a file's bare code ("EAPC/PR/014/2025" of "Press Statement | Ref.
    EAPC/PR/014/2025", cut after "Ref.")."""
    return bool(
        _FURNITURE_RE.match(piece)
        or _DATE_PIECE_RE.match(piece)
        or _FILE_REFERENCE_RE.match(piece)
        or _PUBLISHED_PIECE_RE.fullmatch(piece)  # ("Published 15.01.2025 | 8 min read")
    )


_PUBLISHED_PIECE_RE = re.compile(rf"(?i){_PUBLISHED_ON}")


# "Monday 30 June 2014", "8 November 2016" as a part of a furniture line.
_DATE_PIECE_RE = re.compile(
    r"^(?:[\w,.]+\s+){0,3}(?:19|20)\d\d$|^\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d$"
)
# The words that make a date line's place a hall, not a town ("Overland Park",
# "Coffs Harbour", "Lee's Summit" are towns).
_HALL_WORDS_RE = re.compile(
    r"(?i)\b(?:centre|center|hall|theatre|theater|auditorium|stadium|arena|palace|palais|"
    r"palazzo|palacio|teatro|residence|résidence|residencia|embassy|hotel|house|library|"
    r"museum|gallery|pavilion|chamber|parliament|campus|university|college|school|"
    r"convention|conference|congress|forum|gardens|dom|plenary|assembly)\b"
    rf"|{_COMPOUND_HALL}\b"
)


_TOWN_WORDS_RE = re.compile(
    r"(?i)\b(?:park|field|harbour|harbor|square|summit|chapel|church|castle|rock|hill|springs)\b"
)


_PLACE_WORDS_AROUND_RE = re.compile(
    rf"(?i)^(?:in|at)\s+(?:the\s+)?|\s+on\s+(?:{'|'.join(wordlists.WEEKDAYS_EN)})$"
)
_MONTH_DAY_PIECE_RE = re.compile(
    rf"(?i)^(?:{'|'.join(wordlists.MONTHS_EN)})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?$"
)


# A newswire's tag with its time stamp: "[PRNewswire-AsiaNet] 2003-10-01 09:00 (KST)".
_WIRE_TAG_LINE_RE = re.compile(
    r"^\[[^\[\]\n]{2,40}\][^\S\n]*(?:\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"(?:[^\S\n]+\d{1,2}[:.]\d\d)?(?:[^\S\n]*\(?[A-Z]{2,5}\)?)?$"
)
# A company's registration or listing beside its name: "CNPJ 12.345.678/0001-90",
# "CIN: L12345MH1999PLC123456", "B3: CPLG3", "ISIN DE0001234567".
_REGISTRY_PIECE_RE = re.compile(
    r"^(?:CNPJ|CIN|ABN|ACN|ISIN|LEI|SIREN|SIRET|KvK|UEN|NIF|NIPC|RUT|Reg(?:istration)?\.?\s+No\.?"
    r"|Company\s+No\.?)\s*:?\s*[\dA-Z][\dA-Z ./-]{5,}$"
    # "R.C.S. Luxembourg B 41 208", "RCS Paris 552 100 554": a French-law trade register
    r"|^R\.?C\.?S\.?\s+[A-Z][\w-]+(?:\s+[A-Z])?\s+\d[\d ]{2,}$"
    # OHADA's trade register: "RCCM SN-DKR-2011-B-18472", "RCCM : CI-ABJ-03-2004-B14-1234"
    r"|^RCCM\s*:?\s*[A-Z]{2}-[\w-]{6,}$"
    # a listing ("NYSE: ABC", "GSE: ACP") and a company's place of incorporation
    r"|^(?:B3|[A-Z]{2,6}):\s*[A-Z\d.]{2,8}$|^\((?i:incorporated|registered)\s+in\s+[^()]{3,60}\)$"
)
# A listing's line of its own: "TSE Prime Market: 1987", "(TSE Standard: 9218)", "KRX: 012345"
_LISTING = (
    r"(?:TSE|TYO|NYSE|NASDAQ|LSE|ASX|SGX|HKEX|SEHK|BMV|BVC|BVL|B3|JSE|KRX|KOSPI|KOSDAQ|TWSE|"
    r"IDX|SET|PSE|PSX|NSE|BSE|Tadawul|DFM|ADX|QSE|EGX|BRVM|WSE|BVB|OSE|OMX)"
    r"(?:\s+(?:Prime|Standard|Growth|Main|Market|Board|Segment|Mothers)){0,2}\s*:\s*[A-Z\d.]{1,10}"
)
_LISTING_LINE_RE = re.compile(rf"^\(?{_LISTING}\)?$")
_LISTING_TAIL_RE = re.compile(rf"\s+\({_LISTING}\)\s*$")


# A PDF's running header or footer in two languages: "... Side 1 av 2 / Page 1 of 2".
_RUNNING_PAGE_RE = re.compile(
    r"(?i)\b(?:page|side|seite|página|pagina|sivu|sida|strona)\s+\d{1,3}\s+"
    r"(?:of|av|von|de|di|af|z|/)\s+\d{1,3}\b"
)


def _dates_in_languages(pieces: list[str]) -> bool:
    """ "Dydd Mercher 2 Ebrill 2025 | Wednesday 2 April 2025": one date in two languages
    (not "Bern, 12. März 2019 / 12 March 2019", a dateline's place and date)."""
    return (
        len(pieces) in (2, 3)
        and all(
            re.search(r"\b(?:19|20)\d\d$", p) and len(p.split()) <= 6 and "," not in p
            for p in pieces
        )
        and any(_DATE_PIECE_RE.match(p) for p in pieces)
    )


# What a site's menu links to: "Home", "About", "Newsroom", "Contact Us".
_MENU_WORDS = frozenset(
    ["home", "about", "contact", "us", "news", "newsroom", "media", "press", "releases",
     "services", "issues", "members", "committees", "legislation", "jobs", "careers", "portal",
     "events", "publications", "resources", "search", "menu", "links", "downloads", "tenders",
     "hansard", "videos", "photos", "gallery", "shop", "store", "tickets", "fixtures", "results",
     "teams", "club", "community", "academy", "research", "projects", "programmes", "programs",
     "topics", "policies", "departments", "schools", "students", "alumni", "donate", "support",
     "faq", "sitemap", "login", "blog", "podcasts", "multimedia", "norsk", "english", "français",
     "deutsch", "español", "statements", "speeches", "residents", "visitors", "business", "branches",
     "admisión", "admisiones", "admissions", "investigación", "investigação", "recherche",
     "forschung", "karriere", "presse", "outages", "notices", "updates", "announcements",
     "accessibility", "contacts", "reports", "login",
     # a police site's "Wanted Persons", "Most Wanted"
     "wanted",
     # a page's sections in the languages of our word lists ("Sala de Prensa | Noticias")
     "sala", "prensa", "noticias", "comunicados", "imprensa", "notícias", "presse",
     "actualités", "communiqués", "aktuelles", "nachrichten", "notizie", "stampa", "comunicati",
     "inicio", "início", "accueil", "startseite", "contacto", "contato", "transparencia",
     "transparência", "alertas", "boletines", "boletim", "boletins", "bulletins"]
)  # fmt: skip
# A page's own buttons: "Watch the meeting   Download PDF   Share".
_PAGE_CONTROLS = frozenset(["share", "print", "download pdf", "download", "email", "subscribe"])


_MENU_LABEL_RE = re.compile(r"(?i)^\s*(?:main\s+)?menu\s*:\s*")


def _short_items(items: list[str], longest: int = 3) -> bool:
    return all(
        0 < len(item.split()) <= longest
        # (or in a script without capitals: a language's link, "عربي", "中文")
        and (item[:1].isupper() or not any(c.isupper() or c.islower() for c in item))
        and not any(c.isdigit() for c in item)
        for item in items
    )


def has_verb(line: str) -> bool:
    """Whether a line holds a verb: a headline ("Minister opens new wing"), not a name."""
    return _verbs_in(line)


def site_navigation(line: str) -> bool:
    """A site's menu or breadcrumb: the line under a web page's own name."""
    return site_menu(line) or bool(_BREADCRUMB_RE.match(line))


def menu_line(line: str) -> bool:
    """:func:`site_menu`, after a cheap look for a menu's word and no sentence's marks
    (for lines read many times: every titled name's)."""
    if len(line) > 200 or _SENTENCE_MARKS_RE.search(line):
        return False
    return any(w.lower() in _MENU_WORDS for w in line.split()) and site_menu(line)


_SENTENCE_MARKS_RE = re.compile(r"[.,;!?\"“”]")


def _barred_part(line: str, start: int, end: int) -> Part | None:
    """A line of pieces between bars that is a body's name in its languages, or a wire's
    masthead ("Valtera Batteries AB (publ) | Press release | 12 May 2025 08:00:00 CEST"),
    which names the body in its first piece."""
    if _one_body_in_languages(line) and not organization_line(line):
        return Part("furniture", line, start, end)
    if not _wire_masthead(line):
        return None
    body = organization_line(line.split(" | ", 1)[0].strip())
    return Part("org", line, start, end, body) if body else Part("furniture", line, start, end)


def _wire_masthead(line: str) -> bool:
    """The body, its release's label and the time it went out, between bars."""
    pieces = [piece.strip() for piece in line.split(" | ")]
    return (
        len(pieces) >= 3
        and any(re.fullmatch(rf"(?i){RELEASE_LABEL}", piece) for piece in pieces)
        and any(re.search(r"\d{4}", piece) for piece in pieces[1:])
    )


def _one_body_in_languages(line: str) -> bool:
    """ "Eidgenössisches Departement für ... WBF | Département fédéral de ... DEFR | ...": a
    body's name in its languages, between bars, at least one read as a body's name."""
    pieces = [item.strip() for item in line.split(" | ")]
    return (
        len(pieces) >= 2
        and all(p[:1].isupper() and len(p.split()) <= 15 for p in pieces)
        and not any(re.search(r"\d|[.!?]$", p) or _verbs_in(p) for p in pieces)
        and any(organization_line(p) for p in pieces)
    )


def site_menu(line: str) -> bool:
    """ "Home | About Us | State Departments | Media Centre | Downloads | Tenders": a
    site's menu, four or more short capitalised items; pasted without its bars, items
    apart by wide spaces with one a menu's word ("About   Issues   Newsroom   Contact"),
    or, where punctuation was stripped, a run of menu words ("Home About Services
    Legislation Newsroom Contact")."""
    line = _MENU_LABEL_RE.sub("", line)  # "Menu: Jobs | Immigration and citizenship | ..."
    items = [item.strip() for item in line.split(" | ")]
    if len(items) >= 4 and _short_items(items):
        return True
    # (a long menu's items may run to four words: "Environment and natural resources")
    if len(items) >= 6 and _short_items(items, longest=4):
        return True
    if _language_toolbar(line):
        return True
    if _BRACKETED_LINKS_RE.fullmatch(line.strip()):
        return True  # "[日本語] [English] Search": a language switch's links
    items = [item for item in re.split(r"[^\S\n]{2,}|\t", line.strip()) if item]
    folded = [item.lower() for item in items]
    if len(items) >= 2 and _short_items(items) and any(f in _PAGE_CONTROLS for f in folded):
        return True
    if len(items) >= 4 and _short_items(items) and any(f in _MENU_WORDS for f in folded):
        return True
    if _sections_path(line):
        return True
    # (its language switch aside: "Inicio Noticias Comunicados Alertas ES | EN")
    words = _LANGUAGE_SWITCH_TAIL_RE.sub("", line).split()
    # ("Press releases", "Press Room": one item, whose "Press" is not a verb)
    words = _PRESS_ITEM_RE.sub("Newsroom", " ".join(words)).split() or words
    if 2 <= len(words) <= 3 and all(w.lower() in _MENU_WORDS for w in words):
        return True  # the section over a page's heading: "Newsroom  Press Releases"
    if len(words) == 4 and words[0] == "Home" and sum(w.lower() in _MENU_WORDS for w in words) >= 3:
        return True  # "Home Business Press Releases": a breadcrumb without its marks
    rest = " ".join(w for w in words[2:] if w.lower() not in _MENU_WORDS)
    if len(words) >= 5 and words[:2] == ["Home", "About"] and not _verbs_in(rest):
        return True  # "Home About the Bank Monetary Policy … Careers": a menu, bars lost
    if _BREADCRUMB_WITHOUT_MARKS_RE.fullmatch(line.strip()) and not _verbs_in(line):
        return True  # "Home News and Media 2025 August"
    return (
        len(words) >= 5  # (a four-word title-case headline may be all menu words)
        # ("Press releases": a menu's word in lower case)
        and all(w[:1].isupper() or w in _MENU_LINKS or w in _MENU_WORDS for w in words)
        # "Council Approves Community Research Projects", "Members Support Research
        # Projects" (a menu's "Issues", "Contact" aside)
        and not any(
            wordlists.is_verb(w) and w.lower() not in _MENU_VERBS and not w.islower() for w in words
        )
        and (words[0].lower() in _MENU_WORDS or words[-1].lower() in _MENU_WORDS)
        and sum(w.lower() in _MENU_WORDS for w in words) >= max(3, 0.4 * len(words))
    )


def _sections_path(line: str) -> bool:
    """A page's sections between bars, dots or slashes: a topic path, a menu, the
    section over its heading."""
    sections = _SECTION_SEP_RE.split(line.strip())
    if (
        len(sections) >= 4
        and _short_items(sections)
        # ("Who we are · Our work · Stories · Donate": a verb in an item, a menu's word)
        and (not _verbs_in(line) or any(s.lower() in _MENU_WORDS for s in sections))
    ):
        return True  # a wire's topic path: "Verkehr / Öffentlicher Verkehr / Umwelt / Tirol"
    if 2 <= len(sections) <= 3 and all(_menu_item(item) for item in sections):
        return True  # a page's section over its heading: "Prensa · Comunicados"
    return (
        2 <= len(sections) <= 3
        and _menu_item(sections[0])
        and all(len(item.split()) <= 4 for item in sections)
        and _short_items(sections[:1])
        and not _verbs_in(line)
        and not any(c.isdigit() for c in line)
    )  # its section's path: "Newsroom / Science and environment"


_MENU_LINKS = frozenset(["of", "the", "and", "&", "us", "in"])
# A story's byline row under its headline, not a breadcrumb over it: "By ZFMAW
# Communications | 9 August 2025 | 6 min read".
_BYLINE_ROW_RE = re.compile(r"(?i)^by\s|\bmin(?:ute)?s?\s+read\b")
_PRESS_ITEM_RE = re.compile(r"\bPress\s+(?:[Rr]eleases?|[Rr]oom|[Oo]ffice|[Cc]entre)\b")
# Home, two or more of a menu's sections, a year and its month: a breadcrumb pasted
# without its marks.
_BREADCRUMB_WITHOUT_MARKS_RE = re.compile(
    # ("Inicio Sala de prensa Boletines": a breadcrumb in Spanish, French, German)
    r"(?:Home|Inicio|Início|Accueil|Startseite)(?:\s+(?:"
    + "|".join(sorted(_MENU_WORDS))
    + r"|and|&|de|del|la|da|do|des|du|der)){2,6}"
    r"(?:\s+(?:19|20)\d\d(?:\s+[A-Z][a-z]+)?)?",
    re.IGNORECASE,
)
_TOOLBAR_ITEM_SEP_RE = re.compile(r"\s+[|·/>»]\s+|[^\S\n]{2,}|\t")
# A link to the page in another language: "English", "English version", "Versão em inglês".
_LANGUAGE_LINK_RE = re.compile(
    rf"(?i){_LANGUAGE_NAMES}(?:\s+version)?|(?:versão|versión|version|versione)\s+(?:em|en|in)\s+\w+"
)


def _language_toolbar(line: str) -> bool:
    """A page's bar of short links with its language switch: "Acessibilidade | Alto
    contraste | Versão em inglês / English version", "ES | EN   Buscar   Intranet",
    "Strona główna  Aktualności  Komunikaty prasowe  English"."""
    if _verbs_in(line):
        return False
    items = [item for item in _TOOLBAR_ITEM_SEP_RE.split(line.strip()) if item]
    if len(items) >= 2 and _short_items(items):
        codes = sum(len(item) == 2 and item.isupper() for item in items)
        return codes >= 2 or any(
            _LANGUAGE_LINK_RE.fullmatch(item) and not item.isupper() for item in items
        )
    # Its wide spaces closed up: the switch opens the line ("ES | EN Buscar Intranet"),
    # or a language's name closes a line in another ("Komunikaty prasowe English").
    if len(line.split()) > 8 or any(c.isdigit() for c in line):
        return False
    switch = _CODES_SWITCH_RE.match(line)
    if switch and all(code in _LANGUAGE_CODES for code in re.findall(r"[A-Z]{2}", switch.group())):
        return True  # (not "EU/UK Trade and Cooperation Agreement")
    words = line.split()
    if len(words) >= 2 and all(_LANGUAGE_LINK_RE.fullmatch(w) and not w.isupper() for w in words):
        return True  # "English Français Deutsch Русский"
    # (the link to the English page, or a second language's among others: "Péter
    # Magyar", "Te Wiki o te Reo Māori" are no menus)
    last = _LAST_WORD_RE.search(line)
    named = sum(bool(_LANGUAGE_LINK_RE.fullmatch(w.strip("|:,"))) for w in words if not w.isupper())
    if not last or not ((last.group() == "English" and len(words) >= 4) or named >= 2):
        return False
    scores = language_scores(line[: last.start()])
    # (in another language: its words, or letters English does not write)
    return scores.pop("en") == 0 and (any(scores.values()) or not line.isascii())


_CODES_SWITCH_RE = re.compile(r"(?:[A-Z]{2}\s*[|/·]\s*)+[A-Z]{2}(?=\s+\S)")
# A language switch's codes (not "EU/UK Trade ...": the Union and the Kingdom).
_LANGUAGE_CODES = frozenset(
    ["EN", "FR", "DE", "ES", "PT", "IT", "NL", "SV", "FI", "NO", "NB", "NN", "DA", "PL", "CS",
     "SK", "SL", "HR", "SR", "HU", "RO", "BG", "EL", "TR", "RU", "ET", "LV", "LT", "GA", "CY",
     "MT", "IS", "ZH", "JA", "KO", "AR", "HE", "HI", "ID", "MS", "TH", "VI", "CA", "GL", "LB"]
)  # fmt: skip
_LAST_WORD_RE = re.compile(r"(?<=\s)\w+$")
_BRACKETED_LINKS_RE = re.compile(r"(?:\[[^\[\]\n]{1,20}\][^\S\n]*){2,}(?:[A-Z][a-z]+[^\S\n]*){0,2}")
_LANGUAGE_SWITCH_TAIL_RE = re.compile(r"(?:\s+[A-Z]{2}\s*[|/·])+\s*[A-Z]{2}\s*$")
_SECTION_SEP_RE = re.compile(r"\s[|·/]\s")


def _menu_item(item: str) -> bool:
    """ "Sala de Prensa", "Press Releases": a menu's item, all menu words."""
    words = item.split()
    return (
        0 < len(words) <= 3
        and item[:1].isupper()
        and all(w.lower() in _MENU_WORDS or w.lower() in _MENU_LINKS or w == "de" for w in words)
        and any(w.lower() in _MENU_WORDS for w in words)
    )


# Menu words that are verbs too, and in a menu no verb.
_MENU_VERBS = frozenset(
    # ("Home Media Centre Press Statements": the press's section)
    ["contact", "search", "issues", "news", "home", "login", "join", "branches", "speeches",
     "press", "statements"]
)  # fmt: skip


_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_CAPS_CONTINUATION_RE = re.compile(r"^(?:ON|OF|FOR|TO|AT|IN|ABOUT|REGARDING)\s+[A-Z0-9]")
# A letter's reference, alone or before its date: "PMO/COM/2025/14", "KHLL/SEC/2024-25/087
# Date: 12.02.2025"
_FILE_REFERENCE_RE = re.compile(
    # ("MRMDOI/PR/24/052    Date: 22nd October 2024": its date in words too)
    r"^[A-Z]{1,6}(?:/[A-Z0-9-]{1,7}){2,}(?:\s+\([A-Z][a-z]+\))?"
    r"(?:\s+(?i:date)\s*:\s*(?:[\d./-]+|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}))?$"
)


_BY_PIECE_RE = re.compile(r"^(?:By|BY|by)\s+\S")


def _state_over_its_ministry(pieces: list[str]) -> bool:
    return (
        len(pieces) == 2
        and bool(_STATE_NAME_RE.match(pieces[0]))
        and not _FURNITURE_RE.match(pieces[1])
        and organization_line(pieces[1]) is not None
    )


def _kicker_part(line: str, start: int, end: int, kicker: re.Match[str]) -> Part:
    """A labelled line over the headline: whose release, or a labelled headline."""
    if kicker["who"] and _clause_after_a_name(kicker["who"]):
        # "Transcript: Alliance CEO Ruth Halvorsen testifies on ...": a labelled headline
        return Part("headline", line, start, end)
    # "Joint media release: Minister A and Mayor B": the issuers, first one speaking.
    name = _issuer_name(kicker["who"] or kicker["issuer"])
    if name:
        return Part("byline", line, start, end, name)
    org = organization_line(kicker["issuer"]) if kicker["issuer"] else None
    if org:
        return Part("org", line, start, end, org)
    if (
        kicker["who"]
        and _SPOKEN_KICKER_RE.match(line)
        and len(kicker["who"].split()) >= 3
        and not _FURNITURE_RE.match(kicker["who"])  # ("Speech: Check against delivery")
    ):
        # "TRANSCRIPT: PRESS CONFERENCE ON DENGUE PREPAREDNESS": the heading, labelled
        return Part("headline", line, start, end)
    return Part("furniture", line, start, end)


def _furniture_part(line: str, start: int, end: int) -> Part | None:
    """Page furniture, or a kicker ("Joint media release: ...") naming the issuers."""
    # "PRESS RELEASE No. 112/96      Page 1 of 3" (a scan's specks too: "| PRESS RELEASE ~",
    # "PRESS REL EASE ,")
    unpaged = _PAGE_TAIL_RE.sub("", line).strip(" *|~_•,;")
    pieces = [p.strip() for p in _FURNITURE_PIECE_RE.split(unpaged.strip(" –—[]"))]
    if _state_over_its_ministry(pieces):
        return None  # "Republic of Lebanon – Ministry of Public Health": the ministry's letterhead
    if (
        _FURNITURE_RE.match(unpaged)
        # a scan's rules and specks ("______ .", "'"), a file reference ("MC/MAR/12/85 (Trade)")
        or not _WORD_RE.search(unpaged)
        or _FILE_REFERENCE_RE.match(unpaged)
        or _WIRE_TAG_LINE_RE.match(unpaged)
        or _BREADCRUMB_RE.match(unpaged)
        or site_menu(unpaged)
        or (
            any(_FURNITURE_RE.match(p) for p in pieces) and all(_furniture_piece(p) for p in pieces)
        )
        or _dates_in_languages(pieces)
        # (a page number at the end is cut off first: "OFFICE OF THE PREMIER    Page 1 of 2"
        # is still the letterhead)
        or _RUNNING_PAGE_RE.search(unpaged)
        # "P.O. BOX 1916, KUMASI, ASHANTI REGION", "The official website of the X Government",
        # "Page contents"
        or _BOX_TAGLINE_OR_SEARCH_RE.match(unpaged)
        or _RELEASE_NUMBER_LINE_RE.match(unpaged)  # "No: 512/2024", "Ref. PR/114/25"
        or _LISTING_LINE_RE.match(unpaged)
        or (len(pieces) > 1 and any(_REGISTRY_PIECE_RE.match(p) for p in pieces))
        # a story's byline and its date: "By Lin Yu-ting | 3 June 2025"
        or (
            len(pieces) > 1
            and _BY_PIECE_RE.match(pieces[0])
            and all(_furniture_piece(p) for p in pieces[1:])
        )
    ):
        return Part("furniture", line, start, end)
    if len(pieces) == 2 and " / " not in unpaged and _masthead_over_label(*pieces):
        return None  # the issuer's letterhead
    if (
        len(pieces) == 2
        and len(unpaged.split()) <= 8
        and (" / " in unpaged or " | " in unpaged)
        and any(_FURNITURE_RE.match(p) for p in pieces)
        and not organization_line(pieces[0])  # "Kestrel Bay University | Research News"
    ):
        # "DATGANIAD I'R WASG / PRESS STATEMENT", "Datganiad i’r wasg | Press release"
        return Part("furniture", line, start, end)
    kicker = _KICKER_RE.match(line) or _STATEMENT_BY_RE.match(line)
    if kicker:
        return _kicker_part(line, start, end, kicker)
    if _furniture_in_languages(unpaged, pieces) or _address_line(unpaged):
        return Part("furniture", line, start, end)
    return None


# A street and its number: "1 Devon Road", "ul. Długa 23/25", "Rue de la Loi 200".
_STREET_RE = re.compile(
    # ("2-4 National Heroes Circle": a range of numbers)
    rf"\b\d{{1,5}}(?:[-–]\d{{1,5}})?[a-zA-Z]?,?\s+(?:[{UPPER}][\w'’.-]*\s+){{1,3}}"
    r"(?i:road|street|st\.|avenue|ave\.?|circle|close|"
    r"lane|drive|boulevard|blvd\.?|place|square|terrace|crescent|parade|highway|quay|"
    # ("30, Janadhipathi Mawatha, Colombo 01", "12 Jalan Ampang", "4 Rathausgasse")
    r"mawatha|marg|jalan|straße|strasse|gasse|weg|straat|gatan|katu|sokak|caddesi)(?!\w)"
    # ("pl. Wszystkich Świętych 3-4", "al. Jerozolimskie 44": a square's, an avenue's)
    rf"|(?i:\b(?:ul\.|pl\.|al\.|rue|via|calle|avenida|av\.|rua|laan|gade|vej|utca|ulica))\s+"
    rf"(?:[\w'’.-]+\s+){{1,4}}\d{{1,5}}\b"
)


def postal_address(line: str) -> bool:
    """A line that is a postal address: a street and its number, a mail box, or the
    comma-set parts of an address with its postcode."""
    return bool(
        _address_line(line) or _STREET_RE.match(line) or _BOX_TAGLINE_OR_SEARCH_RE.match(line)
    )


def _address_line(line: str) -> bool:
    """A letterhead's postal address ("Jamaica House, 1 Devon Road, Kingston 6,
    Jamaica W.I."): its parts set apart by commas or dots, never a headline."""
    if _TWO_ADDRESSES_RE.match(line):
        return True
    parts = re.split(r",|\s[·|]\s", line)
    if (
        len(parts) == 2
        and _STREET_RE.match(line)
        # (its postal district last, or its postcode before the town: "31-004 Kraków")
        and (re.search(r"\d$", line) or re.match(r"\s*\d{2,5}(?:[- ]\d{3})?\s+[^\W\d]", parts[1]))
        and not _verbs_in(line)
    ):
        # "2-4 National Heroes Circle, Kingston 4": a number, its street, the town and its
        # postal district (not a transcript's place: "1 WILLIAM STREET, BRISBANE")
        return True
    if len(parts) < 3 or len(line.split()) > 20:
        return False
    if _STREET_RE.search(line):
        return True
    # No house number: "Elliptical Road, Diliman, Quezon City 1100", "Port Building,
    # Albert Wharf, Lerwick ZE1 0LL": every part a proper name, a street word or a
    # postcode in one of them.
    # (No verb: "Governor Signs Roads, Bridges and Ports Bill, Funds Highway" is a headline.)
    words = [w for part in parts for w in part.split()]
    if _verbs_in(line):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _ADDRESS_SMALL for w in words) and (
        bool(_POSTCODE_END_RE.search(line))
        or any(part.split()[-1].lower() in _STREET_WORDS for part in parts if part.split())
    )


# (and a dash before a postcode: "Sagar Road, Shivamogga - 577 201, Karnataka")
_ADDRESS_SMALL = frozenset(["of", "de", "la", "del", "da", "do", "and", "the", "&", "-", "–"])
# A joint letterhead's two addresses, side by side, each a street, its number and the
# town: "Vesterbrogade 4, Copenhagen    Stortorget 9, Malmö" (the columns' spaces cleaned).
_STREET_NUMBER_TOWN = (
    rf"[{UPPER}][\w'’.-]+(?:\s+[\w'’.-]+){{0,3}}?\s+\d{{1,5}}[A-Za-z]?,\s*(?:\d{{4,5}}\s+)?"
    rf"[{UPPER}][\w'’.-]+"
)
_TWO_ADDRESSES_RE = re.compile(
    rf"^{_STREET_NUMBER_TOWN}\s+{_STREET_NUMBER_TOWN}(?:\s+[{UPPER}][\w'’.-]+)?$"
)
_STREET_WORDS = frozenset(
    [
        "road",
        "street",
        "avenue",
        "lane",
        "drive",
        "boulevard",
        "wharf",
        "quay",
        "highway",
        "mawatha",
        "marg",
    ]
)
# A postcode ending the line: "Quezon City 1100", "Lerwick ZE1 0LL", "1049-001 Lisboa".
_POSTCODE_END_RE = re.compile(
    # (not a year: "Saturday, May 9, 2026" is a date line)
    r"(?:\b(?!(?:19|20)\d\d\s*$)\d{4,6}|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}|"
    r"\b\d{4}-\d{3}\s+[A-Z][\w-]+)\s*$"
)


def _furniture_in_languages(line: str, pieces: list[str]) -> bool:
    """A press desk's label in two or three languages, or beside its translation:
    "Itangazo rigenewe abanyamakuru · Communiqué de presse · Press release",
    "Sólo vale lo pronunciado – Check against delivery". Never a line with a
    number beside the label ("Lyon, 4 April 2025 – 7:30 a.m. CET")."""
    furniture = [bool(_FURNITURE_RE.match(p)) for p in pieces]
    # ("SENATOR JANE DOE — PRESS RELEASE": a dash before the label; not "PRESS
    # CONFERENCE — PARLIAMENT HOUSE, WELLINGTON", a heading after it)
    dash_before_label = furniture[-1] and any(sep in line for sep in (" — ", " - "))
    return (
        len(pieces) in (2, 3)
        and len(line.split()) <= 12
        and (dash_before_label or any(sep in line for sep in (" · ", " – ", " / ", " | ")))
        and any(furniture)
        and not any(re.search(r"\d", p) for p, f in zip(pieces, furniture) if not f)
        and not organization_line(pieces[0])
    )


# "LOCATION: Waurn Ponds Station car park, Geelong", "Venue: Town Hall": a transcript's place.
# (in two languages too: "Lugar / Venue: Palacio de la Aduana", "Lieu / Venue : ...")
_LOCATION_LABEL_RE = re.compile(
    r"(?i)^(?:[^\W\d_]+\s*/\s*)?(?:location|venue|where|place|lugar|lieu|luogo|ort|local|sede|"
    r"tempat|lokasi|plaats|locatie|sted|plats)\s*:\s*"
    r"(?P<place>\S.{1,100})$"
)


# (not a note set between dashes: "– Unofficial English translation –")
# (not a row of stars: "* * *" between the letterhead and the note; "- - -" under a
# headline is its end)
_EDITORS_NOTE_RE = re.compile(
    r"(?i)(?:the\s+following|below)\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:summary|summaries|transcript|text|record|translation|excerpts?)\b"
)
# (Japanese lists' "・" needs no space after it: "・Rice prices")
_BULLET_RE = re.compile(r"^(?![*\s]+$)(?:[•▪◦●·*–-]\s+|[・‣]\s*)(?![^\n]*[^\W\d_][^\n]*\s[–-]$)\S")
_HEADLINE_LABEL_RE = re.compile(
    r"(?i)^(?:(?:headline|title"
    # a letter's subject in another language, or in two: "Oggetto / Subject: ...", "Objet :"
    # (an English "Subject:" is a mail header's, or a transcript's topics)
    r"|(?P<subject>(?:oggetto|objet|asunto|assunto|betreff|betreft)(?:\s*/\s*subject)?))\s*:"
    # the Welsh Government's written statements: "TITLE / TEITL Bus franchising ..."
    r"|title\s*/\s*teitl\s*:?)\s*"
    rf"{_REPLY_MARKS}(?:(?:media|press|news)\s+(?:release|statement)\s*:\s*)?"
    r"(?P<headline>\S.*)$"
)
# Labelled header lines of corporate disclosures and programmes.
_PERSON_LABEL_RE = re.compile(
    r"(?i)^(?:(?:representative|spokes(?:person|man|woman)|guest|speaker|attendee|author|judge|"
    r"signed(?: by)?)"
    r"\s*:|(?:posted|delivered|presented|given|written|signed)\s+by)"
    r"\s*(?P<who>[^,(;\n]{3,60})"
)
_ROLE_LABEL_RE = re.compile(r"^(?P<role>[^:\n]{3,60}):[^\S\n]*(?P<who>[^,(;:\n]{3,60})$")
_ORG_LABEL_RE = re.compile(
    r"(?i)^(?:company(?: name)?|name of (?:the )?(?:listed )?company|issuer|(?:jointly\s+)?issued by|"
    r"source|"
    r"organi[sz]ation|institution|department|ministry)\s*:\s*(?P<org>[^(\n]{3,100})"
)
# "Issued by the Ministry of Transport of X and the Ministry of Works and Transport of Y":
# a joint release's issuers on a line of their own, the first named the issuer's
_ISSUED_BY_LINE_RE = re.compile(
    r"(?i)^(?:jointly\s+)?issued\s+(?:jointly\s+)?by\s+(?:the\s+)?(?P<bodies>(?-i:[A-Z]).{4,200}?)\.?$"
)
_NEXT_BODY_RE = re.compile(
    r"\s*;\s*|,\s+(?:and\s+)?(?:the\s+)?(?=[A-Z])|\s+and\s+the\s+(?=[A-Z])|(?P<bare>\s+and\s+(?=[A-Z]))"
)


def _issued_by_line(line: str) -> str | None:
    issued = _ISSUED_BY_LINE_RE.match(line)
    if not issued:
        return None
    pieces = issued["bodies"].split(", ")
    if len(pieces) > 1 and person_name(pieces[0]):
        # "Issued by John Phiri, Director of Communications, Ministry of Works": his body
        return organization_line(pieces[-1])
    return _first_of_joined_bodies(issued["bodies"])


def _first_of_joined_bodies(bodies: str) -> str | None:
    """ "X Council (XC) and Y Logistics Ltd": the first body; at a bare "and" only where
    the rest names a body too (not "Ministry of Works" of "Ministry of Works and Transport
    of Uganda")."""
    for joint in _NEXT_BODY_RE.finditer(bodies):
        rest = bodies[joint.end() :]
        if _legal_form_only(rest):
            break  # "Kisaragi Precision Industries Co., Ltd.": one body and its form
        if (first := organization_line(bodies[: joint.start()])) and (
            not joint["bare"] or organization_line(rest) or _first_of_joined_bodies(rest)
        ):
            return first
    return organization_line(bodies)


def _labelled_part(
    line: str, start: int, end: int, date_spans: list[tuple[int, int]]
) -> Part | None:
    """A contact, photo caption, location, date or "By ..." line."""
    location = _LOCATION_LABEL_RE.match(line)
    if (
        location
        and re.match(r"(?i)(?:local|sede)\s*:", line)
        and ("," not in location["place"] or re.search(r"\d", location["place"]))
    ):
        # "Local: Harbour Notices", a news category; "Sede: Via Manzoni 14, 20121 Milano",
        # a head office's address: a place and its town only ("Local: Sala dos Espelhos,
        # Palácio Foz, Lisboa")
        location = None
    if location:
        return Part("venue", line, start, end, clean_venue(location["place"]))
    person = _labelled_person(line)
    if person:
        return Part("name", line, start, end, person)
    labelled = _ORG_LABEL_RE.match(line)
    if labelled:
        # ("Issued by: Ministry of Health and Ghana Health Service": the first)
        body = labelled["org"].strip(" ;")
        return Part("org", line, start, end, _first_of_joined_bodies(body) or body)
    if issuer := _issued_by_line(line):
        return Part("org", line, start, end, issuer)
    if _CONTACT_RE.search(line):
        return Part("contact", line, start, end)
    place = _bracketed_place(line)
    if place:
        return Part("place", line, start, end, place)
    if _PHOTO_RE.match(line) or (line.startswith("(") and line.endswith(")")):
        return Part("photo", line, start, end)
    if _is_date_line(line, date_spans, start):
        return Part("date", line, start, end, _place_before_date(line, date_spans, start))
    delivered = _DELIVERED_AT_RE.match(line)
    if (
        delivered
        and _covers_a_date(
            start + delivered.start("when"), start + delivered.end("when"), date_spans
        )
        # (without "Delivered", the date alone and a venue's name after it: "Monday 7 April
        # 2025 | Palais de l'Europe, Strasbourg")
        and (
            delivered["delivered"]
            or (_names_a_venue(delivered["venue"]) and not _STAMPED_RE.match(delivered["when"]))
        )
    ):
        # "Delivered February 20, 2025 | Mayo Civic Center Presentation Hall"
        return Part("venue", line, start, end, clean_venue(delivered["venue"]))
    by = _byline_name(line)
    if by:
        return Part("byline", line, start, end, by)
    # "By Helena Marsh-Okafor", "By Luana Ferreira (AGPARÁ)": a reporter's byline (and
    # their agency), no headline's second line.
    reporter = _PLAIN_BY_RE.match(line)
    who = re.sub(r"\s*\([^()\n]{1,40}\)$", "", reporter["who"]).strip() if reporter else ""
    if reporter and names.find_name(who) == who:
        return Part("furniture", line, start, end)
    return None


def _labelled_person(line: str) -> str | None:
    """ "Representative: OGAWA Naoki, President", "Chief Cabinet Secretary: KANEMATSU
    Hiroshi": a label or a role, then its holder."""
    labelled = _PERSON_LABEL_RE.match(line)
    if labelled:
        return person_name(labelled["who"]) or _name_after_a_role(labelled["who"])
    labelled = _ROLE_LABEL_RE.match(line)
    if (
        labelled
        and names.is_title(labelled["role"].split()[-1])
        and len(labelled["who"].split()) <= 5
    ):
        return person_name(labelled["who"], bare=False) or person_name(labelled["who"])
    # "Cabinet Secretary for Islands and Net Zero, Ewan MacLeod MSP": the office, then
    # its holder with a post-nominal or style.
    role, comma, who = line.rpartition(", ")
    head = re.split(r"\s(?:for|of|to|and)\s", role)[0].split()
    if (
        comma
        and len(who.split()) <= 6
        and 0 < len(head) <= 4
        and names.is_title(head[-1])  # (the office first: not "Visite à Berne du Chef ...")
        and not _verbs_in(role)
        and not _BY_LINE_RE.match(line)  # ("Speech by the Minister for X, Hon. Y MP": a byline)
    ):
        return person_name(who, bare=False)
    return None


def _name_after_a_role(phrase: str) -> str | None:
    """ "Mayor of Kutaisi Tamar Abesadze": the name after a role that runs before it."""
    title = names.titled_re().match(phrase)
    start = names.name_start(phrase, title, len(phrase)) if title else None
    found = names.name_at(phrase, start) if start is not None else None
    if not found or found[1] < len(phrase.rstrip()):
        return None
    return found[0]


def _without_the_occasion(place: str) -> str:
    """ "Official Opening of the X Expo, Mulungushi International Conference Centre,
    Lusaka" -> the building and its town; an occasion before a town alone stays
    ("Nordic-Baltic Supervisory Forum, Tallinn")."""
    occasion, _, rest = place.partition(", ")
    building = rest.split(", ")[0]
    if (
        (_OCCASION_NAME_RE.search(occasion) or _OCCASION_RE.match(occasion))
        and occasion.split()[-1] not in names.BUILDING_WORDS
        and building[:1].isupper()
        and (building.split()[-1] in names.BUILDING_WORDS or _PLACE_LINE_WORDS_RE.search(building))
    ):
        return rest
    return place


#: A postal address's box or bag ("P.O. Box 30266", "Private Bag X9", "Postfach 12").
POSTAL_RE = re.compile(r"(?i)(?:p\.?\s?o\.?\s+box|private\s+bag|postfach|boîte postale)\b")
_JUDGE_RE = re.compile(r"(?:Justice|Judge)\s+(?=[A-Z])")


def _byline_name(line: str) -> str | None:
    """The speaker a "By ..." or "Statement by ..." line names."""
    plain_by = _PLAIN_BY_RE.match(line)
    if plain_by:
        # "By His Excellency, Engr. X, Executive Governor", "by the Taoiseach, X TD"
        # "Delivered by Deputy Director X on behalf of Executive Director Y": Y's words.
        who = re.split(r"\s+on behalf of\s+", plain_by["who"])[-1]
        name = names.find_name(who)
        judge = _JUDGE_RE.match(who)
        if name is None and judge:
            # "by Justice Nomvula Dlamini-Khoza, Judge President": a judge's style, which
            # is no title elsewhere ("the Department of Justice"), before the name
            name = names.find_name(who[judge.end() :])
        # A title or style around the name: a reporter's "By Helena Marsh" has none,
        # and "By the Numbers: ..." is a title.
        # ("By Hon Aroha Tamatea-Reid": a style is a title here)
        titled = (
            "," in who
            or names.style_or_title_at(who, 0) is not None
            or bool(_PAREN_ROLE_RE.search(who))
        )
        if name and name != names.PRONOUN and " " in name and titled and who.strip() != name:
            return name
        # "BY THE CHAIRPERSON OF THE COMMITTEE ON X, HON. MWANSA KAPEMBWA, MP": in capitals,
        # the name after the role.
        issuer = _issuer_name(who) if titled and who.isupper() else None
        if issuer and " " in issuer:
            return issuer
    by = _BY_LINE_RE.match(line) or _FOREIGN_BY_LINE_RE.match(line)
    if by:
        # "Statement by the Minister of Education, Hon. Adwoa Serwaa Boateng:"
        name = person_name(by["who"])
        if not name and (
            line.endswith(":") or (by["who"].isupper() and _SPEECH_BYLINE_RE.match(line))
        ):
            # (in capitals: "SPEECH BY THE CABINET SECRETARY, HON. X, DURING THE ...")
            name = _issuer_name(by["who"].rstrip(":"))
        return name
    return None


# A role or style, a comma, then the name: "By His Excellency, Engr. X, Governor";
# or a titled name: "By Mayor Hollis Ferreira-Quinn".
# "Made by: Tobias Wrenfield (Minister of State for Flood Resilience)"
_PAREN_ROLE_RE = re.compile(
    r"\([^()]*\b(?:Minister|Secretary|Senator|MP|Member|Chair\w*|Director|Commissioner|"
    r"Spokes\w+|Leader|President|Governor|Mayor)\b[^()]*\)"
)
_PLAIN_BY_RE = re.compile(
    r"^(?:(?:[Dd]elivered|[Rr]ead|[Mm]ade|DELIVERED|READ|MADE)\s+)?(?:by|By|BY)\s*:?\s+"
    r"(?P<who>[^:\n]{3,220})$"
)


_OCCASION_LINE_RE = re.compile(
    rf"^(?:[{UPPER}][\w'’-]*[^\S\n]+){{0,4}}(?:Ceremony|Conference|Summit|Forum|Dinner|"
    r"Luncheon|Breakfast|Gala|Convocation|Graduation|Commencement|Reception|Symposium|"
    # "Plenary session, the Senedd, Cardiff Bay": a parliament's sitting
    r"Lecture|Festival|Congress|Convention|[Pp]lenary(?:[^\S\n]+(?:session|sitting))?|Sitting),"
    rf"[^\S\n]+(?:the[^\S\n]+)?(?P<venue>[{UPPER}][^\n]{{3,120}})$"
)


def _bracketed_place(line: str) -> str | None:
    """ "(Tuesday, September 23, 2025, 15:00, MOFA Briefing Room)", "(Foreign Office Media
    Centre, Islamabad)": a briefing's place in brackets under its heading, not a
    photo's caption ("(Minister X at the Y Centre)" reads as a sentence)."""
    if not (line.startswith("(") and line.endswith(")")) or _PHOTO_RE.match(line):
        return None
    pieces = [p.strip() for p in line[1:-1].split(",")]
    first = next((i for i, p in enumerate(pieces) if _names_a_venue(p)), None)
    if first is None or len(pieces) - first > 3:
        return None
    place = pieces[first:]
    if not all(_reads_as_a_name(p) and len(p.split()) <= 6 for p in place):
        return None
    return ", ".join(place)


# A body's sitting names no building, even a parliament's ("the sitting of the Sejm
# Committee on Infrastructure").
_SITTING_OF_RE = re.compile(r"(?i)^(?:the\s+)?(?:\w+\s+)?(?:sitting|meeting|session)s?\s+of\s")


def _names_whom(line: str) -> bool:
    """ "Radio interview with Tess Callaghan, Wide Bay Breakfast": a transcript's heading
    that names whom, not where (not "Doorstop interview with Senator X, Perth Airport")."""
    return bool(_TRANSCRIPT_HEADING_RE.match(line)) and not _names_a_venue(line.rsplit(", ", 1)[-1])


def _names_a_building(phrase: str) -> bool:
    return _names_a_venue(phrase) and not _SITTING_OF_RE.match(phrase)


def _names_a_venue(phrase: str) -> bool:
    """Whether a phrase holds one of our venue words ("Thornbury Hall, Kessler University")."""
    return any(w.strip(",.") in wordlists.venue_word_set() for w in phrase.split())


_ENGLISH_SMALL_WORDS_RE = re.compile(r"(?i)\b(?:for|the|of|and|to|in|on|at|with|by)\b")
# What opens a hall's name alone before its town: "Grand Hall, Wellington" (not "Hope
# Hall, Minister of Ports", a person).
_HALL_ADJECTIVES = frozenset(
    ["Grand", "Great", "Main", "Old", "New", "Banquet", "Assembly", "Council", "Town", "City",
     "Concert", "Conference", "Exhibition", "Function", "Dining", "Lecture", "Community",
     "Civic", "Memorial", "Central", "Upper", "Lower", "Small", "Large", "Blue", "Red", "Green"]
)  # fmt: skip
# A hall's last word: "Grand Hall, Parliament Buildings, Wellington" names a place.
_HALL_WORDS = frozenset(
    ["Hall", "Centre", "Center", "Auditorium", "Room", "Theatre", "Theater", "Chamber",
     "Pavilion", "Stadium", "Arena"]
)  # fmt: skip


def _a_hall_and_its_town(line: str) -> bool:
    """ "Grand Hall, Parliament Buildings, Wellington": a hall's name of capitalised words
    (not "Speech by the Minister in the Great Hall, X"), no postal address's numbers; its
    building and town after it, or a common word first (not "Graeme Hall, Christ Church",
    a letterhead's district)."""
    first, comma, rest = line.partition(", ")
    words = first.split()
    return (
        bool(comma)
        and 2 <= len(words) <= 5
        and (line.count(", ") >= 2 or words[0] in _HALL_ADJECTIVES)
        # (not "Tom Hall, Minister of Finance, Republic of X": a person with a post)
        and not any(names.is_title(w.strip(".,")) for w in rest.split())
        and words[-1] in _HALL_WORDS
        and all(w[:1].isupper() or w in ("of", "the") for w in words)
        and not re.search(r"\d", line)
        and not _verbs_in(line)
    )


def _content_part(
    line: str, start: int, end: int, words: list[str], venue: re.Match | None
) -> Part | None:
    """A venue, person's name, role, place or organization line."""
    if venue:
        if venue["at"]:
            return Part("venue", line, start, end, clean_venue(venue["venue"]))
        return Part("speech_venue", line, start, end, clean_venue(_before_speaker(venue["venue"])))
    occasion = _OCCASION_LINE_RE.match(line)
    if occasion and _names_a_venue(occasion["venue"]):
        # "Commencement Ceremony, Thornbury Hall, Kessler University": where it was held
        return Part("speech_venue", line, start, end, clean_venue(occasion["venue"]))
    name = person_name(line, bare=False)
    # (a name's particles are no words of a sentence: "Huw ap Dafydd MS, Cabinet Secretary ...")
    if name and len(words) - sum(w in _PARTICLES for w in name.split()[1:-1]) <= 10:
        if _a_hall_and_its_town(line):  # (where it was said: no person "Grand Hall")
            return Part("speech_venue", line, start, end, clean_venue(line))
        # "Honourable Margaret Leblanc-Okafor, Minister of International Development," over
        # "Your Excellencies,": a speech's salutation names its audience, not its speaker.
        return Part("name", line, start, end, None if line.endswith(",") else name)
    who, comma, role = line.partition(", ")
    if comma and len(words) <= 14 and (_is_role_line(role) or _only_titles(role) or _a_post(role)):
        # "Jessamy Crowhurst, Leader of the Opposition": a name with its role.
        name = person_name(who)
        if name:
            return Part("name", line, start, end, name)
    name = _name_after_role(line) if len(words) <= 16 else None
    if name:
        return Part("name", line, start, end, name)
    if _OFFICE_OF_RE.match(line) and len(words) <= 12:
        # "Office of the Minister for Water Security": the office that issues the
        # release ("— Kestrel Bay", "Page 1 of 2" after it are no part of its name).
        office = _PAGE_TAIL_RE.sub("", _FURNITURE_SEP_RE.split(line, 1)[0])
        office = _ORG_DECORATION_RE.sub("", office)  # ("… OF VICTORIA  SPEECH")
        return Part("org", line, start, end, normal_case(office))
    quoting = any(mark in line for mark in '"“”')  # 'Minister ... on "Morning Crossroads"'
    if (
        (_is_role_line(line) and len(words) <= 12 and not quoting)
        or _only_titles(line)
        or _bilingual_role_line(line)
    ):
        return Part("role", line, start, end, normal_case(line))
    place = _PLACE_LINE_RE.match(line) or _TOWN_AND_STATE_RE.match(line)
    if (
        place
        and not _place_verbs_in(place["place"])
        and not _mostly_lower(place["place"])
        # "DAEHAN LUMITECH CO., LTD.", "Acme Holdings, Inc.": a company's legal form.
        and place["place"].split()[-1].strip(".,").lower() not in wordlists.organization_word_set()
        # "HESSISCHES MINISTERIUM FÜR WALD, WASSER UND LANDENTWICKLUNG": a ministry's name
        and not _MINISTRY_HEAD_RE.search(place["place"].split(",")[0])
        and not _possessive_title_re().match(line)  # "Prime Minister's interview on X, Y"
        and not _places_listed_after_in(line)  # "CUT IN CHELSTON, X AND Y"
    ):
        return Part("place", line, start, end, normal_case(place["place"].strip(" –—-")))
    org = organization_line(line)
    # (not a salutation's line: "The Presiding Judge, Eldoret High Court,")
    if org and not _styled_person_first(line) and not _SALUTATION_ITEM_RE.match(line):
        return Part("org", line, start, end, _first_of_two_run_together(org))
    return Part("furniture", line, start, end) if _units_filed_under(line) else None


# A salutation's line: "The Presiding Judge, Eldoret High Court," (not a letterhead's
# broken line: "Information Division, Ministry of Communications and Information,").
_SALUTATION_ITEM_RE = re.compile(r"^(?:The|Hon\.?|Honourable|Your)\s[^,\n]+,[^\n]*,$")


def _first_of_two_run_together(org: str) -> str:
    """ "Ministry of Trade Corridors Ministry of Cross-Border Logistics", "Øresund Region
    Transit Authority Skåne Regional Transport Board": two letterheads side by side, their
    wide spaces lost; the first issues. The second opens with a body's head word, or the
    first ends with one; both halves name a body."""
    words = org.split()
    if not 6 <= len(words) <= 16:
        return org
    org_words = wordlists.organization_word_set()
    for k in range(3, len(words) - 2):
        left, right = " ".join(words[:k]), " ".join(words[k:])
        # (its own name's first word, not a unit's: "... Hospital NHS Foundation Trust",
        # "... Organization Regional Office for Africa")
        named = (
            words[k].lower() not in wordlists.lowercase_words()
            and words[k].lower() not in org_words
            and not words[k].isupper()
        )
        joint = words[k].lower() in _SECOND_BODY_HEADS or (
            words[k - 1].lower() in org_words and named
        )
        if (
            joint
            and not words[k - 1].endswith(",")  # ("Administration, Ministry of ...": one body's)
            and words[k][:1].isupper()
            and words[k].lower() not in _SMALL_WORDS
            and (first := organization_line(left))
            and organization_line(right)
        ):
            return first
    return org


_SECOND_BODY_HEADS = frozenset(["ministry", "department", "office", "agency", "embassy"])


def _units_filed_under(line: str) -> bool:
    """ "Faculty of Science and Engineering | Institute for Peatland Studies": the
    units a story is filed under."""
    pieces = line.split(" | ")
    return len(pieces) > 1 and all(organization_line(piece) for piece in pieces)


def _styled_person_first(line: str) -> bool:
    """ "Hon. Eleanor Margaret Tsang-Fitzgerald, ECA, Minister of Energy and Minerals": a
    styled person and their office, not a body's name."""
    after = names.style_or_title_at(line, 0)
    return after is not None and bool(person_name(line[after:].split(",")[0]))


_OFFICE_OF_RE = re.compile(r"(?i)^(?:the\s+)?office\s+of\s+(?:the\s+)?[\w'’.-]+")


def _sentence_like(line: str, words: list[str]) -> bool:
    """A line that reads as the body's first sentence, not a headline (a dotted
    abbreviation's stop at its end, "at ±1 p.p.", is no sentence's)."""
    line = _DOTTED_ABBREVIATION_END_RE.sub("", line)
    sentence_like = (bool(re.search(r"[.!:][\"”’)]?\d{0,2}$", line)) and len(words) > 14) or bool(
        re.match(
            r"(?:I|We|Thank you|Good (?:morning|afternoon|evening)|Excellencies|Excellency|"
            r"Ladies and gentlemen|Distinguished guests|Dear\b|Kia ora\b|"
            r"Mr\.? (?:President|Speaker|Chairman)|Madam (?:President|Speaker|Chair))\b",
            line,
        )
    )
    # Headlines seldom end in a full stop or open with a quotation.
    return (
        sentence_like
        or (len(words) >= 7 and bool(re.search(r"[a-z0-9][.!][\"”’)]?$", line)))
        # A paragraph wrapped by hand: the line breaks a word ("chan-").
        or (len(words) >= 8 and bool(re.search(r"[a-z]-$", line)))
        or (
            len(words) >= 5
            and line[:1] in '"“„«'
            and line[-1:] not in '"”“»'
            # '"Thirsty Cities": one in four households …' is a headline, and so is
            # '"Broken promises" on harbour funding leave fishing towns behind, MPs warn'
            and not re.match(r'^["“„«][^"”“»]{1,60}["”“»]\s*:', line)
            and not re.match(r'^["“„«][^"”“»]{1,40}["”“»]\s+[a-z][^.]*$', line)
        )
    )


# A weekday, then a date in words: "Friday, 3 October 2023", "October 3rd, 2023".
_WEEKDAY_THEN = rf"(?:(?:{'|'.join(wordlists.WEEKDAYS_EN)}),?\s+)?"
_DATE_IN_WORDS = (
    r"\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\.?,?\s+\d{4}|[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
)
_TRAILING_DATE_RE = re.compile(
    rf"(?i),?\s*(?:on\s+)?{_WEEKDAY_THEN}"
    rf"(?:{_DATE_IN_WORDS}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d\d-\d\d)\s*$"
)

# ... or before its place: "Friday, October 3, 2023 – "
_LEADING_DATE_RE = re.compile(rf"(?i)^{_WEEKDAY_THEN}(?:{_DATE_IN_WORDS})\s*[–—-]\s*")

# "…, Dublin 9. Transcript prepared by …": where a venue line's next sentence begins
# (not after "St." or "Ave.").
_NEXT_SENTENCE_RE = re.compile(
    r"(?:(?<=[a-zß-ÿ]{2})|(?<=\d))(?<!Ave)(?<!Inc)(?<!Blvd)(?<!Corp)\.\s+[A-Z].*$"
)
# "a press conference at the United Nations House": the event before its place.
_EVENT_BEFORE_PLACE_RE = re.compile(
    r"^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:conference|briefing|meeting|reception|ceremony|"
    r"event|dinner|luncheon|forum)\s+(?:at|in)\s+(?=(?:the\s+)?[A-Z])"
    # "the opening of the Western Suburbs Hydrogen Hub": the place opened
    r"|^(?:the\s+)?(?:official\s+|formal\s+)?(?:opening|inauguration|unveiling|dedication)"
    r"\s+of\s+(?=(?:the\s+)?[A-Z][^,]*\b(?i:hub|centre|center|hall|terminal|station|bridge|"
    r"building|museum|library|park|plant|port|hospital|campus|stadium|arena|factory|airport|"
    r"clinic|school|depot|wharf|pier|jetty|market|theatre|gallery)\b)"
)
# "Bessastaðir and broadcast on national radio": what else was done, not the place.
# (Only with no capitalised word after it: "Gender and the Economy Conference" is one name.)
_HOSTED_BY_RE = re.compile(r"(?i)\b(?:\w+ed|given|held|sponsored)$")
_BY_SPEAKER_RE = re.compile(r"\s+by\s+(?:the\s+)?(?P<who>[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,2})")
_AND_THEN_RE = re.compile(r"\s+and\s+[a-z][^A-Z]*$")


def _before_speaker(venue: str) -> str:
    """ "Statement to the House of Assembly by the Prime Minister, the Hon. ...": a
    speech heading's place ends where its speaker is named (not "At the swearing-in
    by President X, Federal Reserve Board", where the place comes after)."""
    by = _BY_SPEAKER_RE.search(venue)
    if not by or _HOSTED_BY_RE.search(venue[: by.start()]):
        return venue  # "Reception Hosted by the Governor, Government House": the host
    if any(names.is_title(" ".join(by["who"].split()[:n])) for n in (1, 2, 3)):
        return venue[: by.start()]
    return venue


# "Heizzentrale Rheinhafen, Kehl, the minister was joined by ...": the sentence goes on
# after the place (not an event's apposition: "..., a conference convened by X, Boston").
_CLAUSE_AFTER_RE = re.compile(
    r",\s+(?:(?:he|she|they|we|it|who|which|where)\s|the\s+[a-z]+\s+"
    r"(?:was|were|is|are|has|had|will|said|says|told|joined|added)\b).*$"
)


def clean_venue(venue: str) -> str:
    """A venue phrase without its article, a trailing date or weekday, a sentence
    after it, or end punctuation."""
    venue = _NEXT_SENTENCE_RE.sub("", venue.strip())
    venue = _CLAUSE_AFTER_RE.sub("", venue)
    venue = _AND_THEN_RE.sub("", _EVENT_BEFORE_PLACE_RE.sub("", venue))
    venue = _TRAILING_DATE_RE.sub("", venue)
    venue = _WEEKDAY_RE.sub("", venue)
    venue = _CHAMBER_ON_A_TOPIC_RE.sub(r"\g<house>", venue)
    venue = re.sub(r"^(?:the|THE|a|an)\s+", "", venue)
    return venue.strip(" ,.;:–—-")


# A statement "to Parliament on the Rikoti Tunnel Programme", "in the Seimas on
# preparations for ...": the chamber, then the statement's topic (not a conference's own
# "on": "Conference on Disarmament").
_CHAMBER_ON_A_TOPIC_RE = re.compile(
    r"\b(?P<house>Parliament|Seimas|Saeima|Sejm|Senate|Assembly|Congress|Riksdag|Storting|"
    r"Folketing|Eduskunta|Bundestag|Landtag|Dáil|Seanad|Knesset|Majlis|Chamber|House)"
    r"\s+on\s+\S.*$"
)


_UNIT_POWER_RE = re.compile(r"\b(?:m|km|cm|mm|ft|in)[²³]$")


# ("Re: Temporary closure ...", not "Re:Think Festival returns ...")
_SUBJECT_LABEL_RE = re.compile(r"(?i)^(?:re|subject|subj|sub)\s*:\s+(?=\S)")


def tidy_title(title: str) -> str:
    """A headline without a trailing weekday, a dateline repeat, a footnote's mark
    ("… overlap¹") or end punctuation."""
    title = titles.without_trailing_weekday(title.strip())
    title = _SUBJECT_LABEL_RE.sub("", title)  # a memo's "Re:      Temporary closure of ..."
    if not _UNIT_POWER_RE.search(title):  # ("… 150 million m³": a unit, no footnote)
        title = title.rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰*†")
    title = re.sub(r"\s*[|–—-]+\s*$", "", title)
    # "... AT THE CONCLUSION OF THE RETREAT, 22 JANUARY 2026": the date after a comma
    # (not "Statement on the floods of 22 January 2026").
    trailing = _TRAILING_DATE_RE.search(title)
    if trailing and trailing.group().lstrip().startswith(","):
        title = title[: trailing.start()]
    return title.strip(" :;,")


# Header labels that look like transcript turns ("LOCATION: ...", "DATE: ...").
_NOT_SPEAKER_LABELS = frozenset(
    [
        "share",  # "Share: Facebook | X | Email" under a page
        # a page's language switch: "Språk: Norsk | English"
        "language",
        "languages",
        "sprak",
        "sprog",
        "sprache",
        "langue",
        "idioma",
        "note",
        "notes",
        "ends",
        "transcript",
        "interview",
        "quotes",
        "doorstop",
        "remarks",
        "briefing",
        "press conference",
        "published",
        "published on",
        "program",
        "programme",
        "speech",
        "statement",
        "release",
        "summary",
        "update",
        "contact",
        "subjects",
        "subject",
        "topics",
        "topic",
        "location",
        "venue",
        "where",
        "place",
        "date",
        "time",
        "e&oe",
        "eoe",
        "source",
        "embargo",
        "speakers",
        "present",
        "participants",
        "guests",
        "legend",
        "key",
        "image",
        "photo",
        "photograph",
        "picture",
        "caption",
        "credit",
        "myth",
        "fact",
        "reality",
        # A contact block's lines: "Tel: +81-3-5555-0142  E-mail: ir@…".
        "tel",
        "telephone",
        "phone",
        "fax",
        "mobile",
        "cell",
        "email",
        "e-mail",
        "web",
        "website",
        # A forwarded e-mail's header: "From: Ellis Varga <e.varga@…>", "Sent: …".
        "from",
        "sent",
        "to",
        "cc",
        "bcc",
        "reply-to",
        # A letter's references and address: "Our Ref: KCPA/CC/117", "HEAD OFFICE: …".
        "ref",
        "reference",
        "head office",
        "address",
    ]
)


# Field labels in other languages, only as the whole label ("JAN HORA:" is a speaker):
# "Ort: Haus der Bundespressekonferenz", "Lieu :", "Fecha:".
_FOREIGN_FIELD_LABELS = frozenset(
    ["ort", "lieu", "lugar", "luogo", "datum", "zeit", "heure", "fecha", "hora"]
)


def _not_a_speaker_label(label: str) -> bool:
    """A label no one speaks under: "Note:", "Image:", and a title's "The Quiet
    Room:" ("THE PRESIDENT:", "The Chair:" are speakers)."""
    folded = names.fold(label)
    if (len(label) < 2 and label not in ("Q", "A")) or folded in _NOT_SPEAKER_LABELS:
        return True
    if folded in _FOREIGN_FIELD_LABELS:
        return True
    if names.fold(label.split()[-1]) in _NOT_SPEAKER_LABELS:
        return True  # "POST-MATCH QUOTES:", "JOINT STATEMENT:", "Editor's notes:"
    words = label.split()
    if len(words) == 1 and names.fold(label).endswith(_EVENT_COMPOUND_ENDINGS):
        return True  # "Regierungspressekonferenz: Kabinett beschließt ...": a heading's kind
    titles = wordlists.title_word_set() | _LEADING_TITLES
    return words[0] in ("The", "THE") and not any(
        part.strip(".").lower() in titles for w in words[1:] for part in w.split("-")
    )


# German compounds that name a meeting or its record, not who speaks.
_EVENT_COMPOUND_ENDINGS = (
    "konferenz",
    "sitzung",
    "gesprach",
    "mitschrift",
    "protokoll",
    "briefing",
)


# A speaker's name on a line of its own, the words on the next ("Gideon Ashford" /
# "Thanks, Lauren, and good morning …"): earnings calls and many event transcripts,
# some with the speaker's role beside the name ("Konstantin Würtele, Chief Executive Officer").
_NAME_LINE_TURN_RE = re.compile(
    rf"^(?P<label>[{UPPER}][\w'’‐.-]*(?:[ \t]+[{UPPER}][\w'’‐.-]*){{1,3}}|Operator)"
    # ("Graham Okonkwo -- President and Chief Executive Officer": an earnings call's)
    rf"(?:(?:,|[ \t]+(?:--|[–—]))[ \t]+[{UPPER}][^\n.:;!?]{{2,60}})?[ \t]*\n(?=[^\n]{{40}})",
    re.MULTILINE,
)


def _turn_matches(text: str) -> list[re.Match[str]]:
    """Transcript labels: "NAME:" turns, else names on lines of their own."""
    matches = list(_TURN_RE.finditer(text))
    if len(matches) >= 3 or _introduced_speech(matches):
        return matches
    return [
        m
        for m in _NAME_LINE_TURN_RE.finditer(text)
        if m["label"] == "Operator" or person_name(m["label"], bare=False) or _is_full_name(m)
    ]


# Labels of one who introduces the speaker ("MC (Darren Pollitt):").
_INTRODUCERS = frozenset(["mc", "emcee", "compere", "host", "chair", "moderator", "presenter"])
# Labels of one who chairs or hosts: their words are statements, though never the main ones.
_CHAIRS = _INTRODUCERS | frozenset(["chairperson", "chairman", "convener", "convenor"])


def _introduced_speech(matches: list[re.Match[str]]) -> bool:
    """ "MC (Darren Pollitt): ... Please welcome the Premier." / "PREMIER: Thanks, Darren
    ...": a compere's introduction, then the one speech."""
    return len(matches) == 2 and names.fold(matches[0]["label"].split()[0]) in _INTRODUCERS


def _is_full_name(m: re.Match[str]) -> bool:
    words = m["label"].split()
    non_names = _non_names()
    return 2 <= len(words) <= 4 and not any(w.lower() in non_names for w in words)


# A member's label in a chamber's record: a courtesy title, or the electorate in brackets.
_MEMBER_LABEL_RE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Hon|The Hon|Sir|Dame|Senator|Minister)\.?\s|[^:\n]*\()"
)
# "Mr Pádraig McCORMACK (Mildura) (10:32):": the record's time of a member's turn.
_HANSARD_TIME_RE = re.compile(r"\(\d{1,2}[:.]\d\d\)\s*:")
_CHAIR_ADDRESS_RE = re.compile(
    r"(?:Mr\.?|Madam|Madame)\s+(?:Deputy\s+)?(?:Speaker|President|Chair|Chairman|Presiding Officer)\b"
)


def _colon_heading(spoken: str, label: str, matches: list[re.Match[str]]) -> bool:
    """A first "turn" that is one short line, alone in its paragraph, without a
    sentence's end, under a label no later turn repeats: a heading with a colon in it."""
    line, _, rest = spoken.strip(" \t").partition("\n")
    line = line.strip()
    titles = [w.lower() in wordlists.title_word_set() for w in label.split()]
    # (a claim of five words or more, no turn's greeting: "Minister Doğan: Export credit
    # support will reach 40,000 SMEs"; not "PREMIER PETER MALINEK: Good morning everyone")
    claim = len(line.split()) >= 5 and not _TURN_OPENING_RE.match(line)
    return (
        bool(line)
        and (not rest.strip() or rest.lstrip(" \t").startswith("\n"))
        # (not "Chairperson: Hon X MP", "Deputy Chair: Jane Doe": a role and its holder,
        # unless a claim in the third person follows: "Special Rapporteur: water must not
        # be the first thing cut ...", not a first turn's "we" or "I")
        and len(titles) >= 2
        and (not all(titles) or (claim and not _FIRST_PERSON_RE.search(line)))
        and (not any(titles) or claim)
        and not person_name(line, bare=False)
        and not titled_names(line)
        and len(line.split()) <= 14
        and not line.endswith((".", "?", "!", ":", "…"))
        and sum(_line_label(m) == label for m in matches) == 1
    )


_FIRST_PERSON_RE = re.compile(r"(?i)\b(?:i|we|my|our|us|me)\b")
# A first turn's greeting: "Good morning everyone", "Thanks, Lauren".
_TURN_OPENING_RE = re.compile(
    r"(?i)(?:good (?:morning|afternoon|evening)|thank|thanks|hello|welcome)\b"
)


def _line_label(m: re.Match[str]) -> str:
    # "Transcript\n\nThe Governor-General:": the label is the line's own words.
    return _turn_label(m["label"].strip().rsplit("\n", 1)[-1].strip())


def _read_turns(text: str, layout: Layout) -> None:
    """Words spoken per transcript label: texts with several turns, or one member's
    statement addressed to the chair in a chamber's record."""
    matches = _turn_matches(text)
    introduced = _introduced_speech(matches)
    chamber = len(matches) < 3 and not introduced
    if chamber:
        # "Ms Tamsin O'ROURKE-HALE (Ballarat West) (13:52): Mr Speaker, I rise ...": a
        # member's statement in a chamber's record is one turn, addressed to the chair.
        matches = [
            m
            for m in _TURN_RE.finditer(text)
            if (_CHAIR_ADDRESS_RE.match(text, m.end() - 1) or _HANSARD_TIME_RE.search(m.group()))
            and _MEMBER_LABEL_RE.match(m.group())
        ]
        if len(matches) != 1:
            return
    # "Mr Pádraig McCORMACK (Mildura) (10:32):", later "Mr McCORMACK:": one member's turns.
    by_surname: dict[str, str] = {}
    fields: list[str] = []
    labels = Counter(_line_label(m) for m in matches)
    for i, m in enumerate(matches):
        label = _line_label(m)
        if _not_a_speaker_label(label) or _topic_label(label):
            continue
        if label.lower() in wordlists.place_names() and labels[label] == 1:
            continue  # "Chad: arrivals from Darfur double ...": a country's news (not "JORDAN:")
        label = _label_with_its_aside(label, m, layout)
        last = names.fold(label.split()[-1].strip("."))
        # (not "PRIME MINISTER" / "DEPUTY ... MINISTER", nor a form's "DATE OF INTERRUPTION"
        # under the heading "PLANNED WATER SUPPLY INTERRUPTION:": no one's surname)
        if last not in wordlists.title_word_set() and not _SMALL_WORD_RE.search(label):
            label = by_surname.setdefault(last, label)
        stop = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        spoken = m.end() - 1
        line_end = text.find("\n", spoken, stop)
        line = text[spoken : stop if line_end < 0 else line_end].strip()
        if _is_field_value(line):
            fields.append(label)  # "Parliament Sitting: 4 July 2023": a label and its value
            continue
        if line and line[0] in '“"‘' and line[-1] in '”"’':
            continue  # a headline quoting its speaker: 'Ndlovu: “We were the fresher team”'
        if i == 0 and _colon_heading(text[spoken:stop], label, matches):
            continue  # "Ferry Fleet Resilience: Evidence from the ...": a heading
        layout.turns[label] += len(text[spoken:stop].split())
        layout.turn_spans.append((label, spoken, stop))
    _drop_form_fields(layout, fields)
    # A transcript has at least two speakers, one of them speaking more than
    # once: a speech's "Income Inequality: Issues and ..." is no turn.
    if not chamber and (
        len(layout.turns) < 2
        or (
            max(Counter(label for label, _, _ in layout.turn_spans).values()) < 2 and not introduced
        )
    ):
        layout.turns.clear()
        layout.turn_spans.clear()


_SMALL_WORD_RE = re.compile(r"(?i)\s(?:of|for|the|and|on|in)\s")


def _topic_label(label: str) -> bool:
    """ "New Challenges for Monetary Policy:" is a heading's topic; a label with small
    words inside is a role's ("Secretary for Housing:", "Minister of State:")."""
    words = label.split()
    small = [w for w in words[1:] if w in ("for", "of", "the", "and")]
    return (
        bool(small) and "," not in label and names.fold(words[0]) not in wordlists.title_word_set()
    )


def _label_with_its_aside(label: str, m: re.Match[str], layout: Layout) -> str:
    """The label a turn is counted under, with the person its brackets name:
    "CHAIR (Professor Elspeth Marr):", then "CHAIR:", are Marr's; "A (Dr. Ocampo):"
    among a minister's "A:" answers is a turn of Ocampo's own; a journalist with
    their outlet ("JOANNA DELA PEÑA/RADYO BALITA:") asks as any journalist."""
    groups = m.groupdict()  # (names on lines of their own have no outlet or aside)
    if groups.get("outlet"):
        return "Journalist"
    if names.fold(label.split()[0].strip(".")) in _QUESTIONERS or not _names_no_one(label):
        return label  # "Q (Straits Chronicle):", "Ms THORNE (Kellaway Heads):"
    aside = _aside_name(groups.get("aside"))
    if aside and (
        names.fold(label) in _ANSWERS or layout.turn_names.setdefault(label, aside) != aside
    ):
        layout.turn_names[aside] = aside
        return aside
    return label


_ANSWERS = frozenset(["a", "answer"])  # a Q&A's answer labels, folded
_QUESTIONERS = frozenset(
    ["q", "question", "questions", "journalist", "journalists", "reporter", "reporters"]
)


def _names_no_one(label: str) -> bool:
    """A role's or a chair's label ("DEPUTY GOVERNOR", "CHAIR", "A"), not a person's
    ("HODAN WARSAME (Assistant Deputy Minister)", "Ms THORNE (Kellaway Heads)")."""
    words = label.split()
    folded = {names.fold(w.strip(".")) for w in words}
    if words[0] in ("The", "THE") and len(words) > 1:
        words = words[1:]  # "THE MINISTER OF WATER, ENVIRONMENT AND CLIMATE RESILIENCE"
        if names.fold(words[0]) in wordlists.title_word_set():
            return True
    return bool(folded & (_CHAIRS | _ANSWERS)) or _is_role_label(words)


def _aside_name(aside: str | None) -> str | None:
    """The person a turn label's brackets name ("(Professor Elspeth Marr)",
    "(Minister for Education, Philippa Karaolis-Brennan)"), not an electorate or a
    time ("(Riverton) (10:32)")."""
    for inner in re.findall(r"\(([^()]+)\)", aside or ""):
        # "(HON. DELROY FERGUSON, St Ann South Eastern)", "(Minister for Education, Ana Ruiz)"
        for part in (inner, inner.partition(",")[0], inner.rpartition(",")[2]):
            name = person_name(part.strip())
            if name and " " in name and _names_no_body(name):
                return name
    return None


def _drop_form_fields(layout: Layout, fields: list[str]) -> None:
    """A list of "City: Leopold" / "Federal Share: $162,005" / "Program Area: ..."
    entries is a form: its labels, mostly followed by values, are no speakers; when
    those repeated outnumber the labels left, the text is no transcript (a
    transcript's "Date: 4 July 2023" heads it once)."""
    spoken = Counter(label for label, _, _ in layout.turn_spans)
    valued = Counter(fields)
    form = {label for label in valued if valued[label] >= spoken[label]}
    if not form:
        return
    repeated = {label for label in form if valued[label] >= 2}  # entries, not a header
    if repeated and len(repeated) >= len(set(spoken) - form):
        form |= set(spoken)
    for label in form:
        layout.turns.pop(label, None)
    layout.turn_spans[:] = [span for span in layout.turn_spans if span[0] not in form]


_FIELD_VALUE_LINKS = frozenset(["of", "and", "the", "for", "&", "de", "du", "la"])


def _is_field_value(line: str) -> bool:
    """A form's value, not words spoken: "4 July 2023", "$8,000,000", "Indianapolis",
    "Iron Mountain Fire Department" (capitalised words without a sentence's punctuation)."""
    value = line.split()
    if not value or len(value) > 6:
        return False
    if value[0][:1].isdigit() or value[0][:1] in "$€£¥₹":
        return len(value) <= 5
    return value[0][:1].isupper() and all(
        (w[:1].isupper() and w.replace("'", "").replace("’", "").isalpha())
        or w in _FIELD_VALUE_LINKS
        for w in value
    )


# "Jean-Luc Ouellette is the MPP for Algoma–Manitoulin.", "— Jane Doe is a former
# Minister for Health": an op-ed's author, introduced in its last lines.
_FOOT_AUTHOR_RE = re.compile(
    rf"(?m)^[^\S\n]*[—–-]?[^\S\n]*(?P<name>{names.NAME_RUN})[^\S\n]+is[^\S\n]+"
    r"(?:the|a|an)[^\S\n]+(?P<role>[^.\n]{2,120})"
)


def _foot_author(text: str) -> str | None:
    tail_start = max(0, len(text) - 500)
    for m in _FOOT_AUTHOR_RE.finditer(text, tail_start):
        if _an_authors_role(m["role"]):
            name = names.trim_name(m["name"])
            if name and " " in name:
                return name
    return _signature(text)


def _an_authors_role(role: str) -> bool:
    return any(w.strip(",") in _AUTHOR_ROLE_WORDS for w in role.lower().replace("-", " ").split())


# A column signed under its last paragraph: the writer's name alone on its line, their
# role on the next ("Ketevan Gogiberidze\nMinister of Mountain Regions of Georgia").
_SIGNATURE_RE = re.compile(
    rf"(?m)(?:\A|\n[^\S\n]*\n)[^\S\n]*[—–-]?[^\S\n]*(?P<name>[{UPPER}][\w'’‐.-]+"
    rf"(?:[^\S\n]+(?:(?:{names.PARTICLE})[^\S\n]+)?[{UPPER}][\w'’‐.-]*){{1,4}})"
    r"(?:,?[^\S\n]+(?:MP|MPP|MLA|MHA|MSP|MS|TD|MEP))?[^\S\n]*\n"
    r"[^\S\n]*(?P<role>[^\n@]{3,120})$"
)
_CONTACT_WORDS_RE = re.compile(r"(?i)\b(?:contacts?|enquiries|inquiries|information|media|press)\b")
#: The text's own voice as "I" (speakers use it too), and quotations, where others speak.
_FIRST_PERSON = r"I|I'm|I’m|I've|I’ve|my|My"
FIRST_PERSON_RE = re.compile(rf"(?<![\w'’])(?:{_FIRST_PERSON})(?![\w'’])")
# (a signed column's "me" too: "a shepherd told me")
_FIRST_PERSON_OR_ME_RE = re.compile(rf"(?<![\w'’])(?:{_FIRST_PERSON}|me)(?![\w'’])")
QUOTED_RE = re.compile(r"[\"“][^\"“”]{0,1500}[\"”]")


def first_person_voice(text: str, start: int = 0) -> bool:
    """Whether the text's own voice from ``start`` is "I": first-person words outside
    quotations in its next 2,000 characters."""
    opening = QUOTED_RE.sub(" ", text[start : start + 2000])
    return len(FIRST_PERSON_RE.findall(opening)) >= 2


def _signature(text: str) -> str | None:
    """The writer of a text in the first person, signed with name and role at its foot,
    or None: a contact block ("Media contact:\nJane Doe\nPress Secretary") signs nothing."""
    tail_start = max(0, len(text) - 600)
    for m in _SIGNATURE_RE.finditer(text, tail_start):
        role = m["role"]
        if not _an_authors_role(role) or re.search(r"\d{3}", role):
            continue
        before = text[max(0, m.start() - 200) : m.start()].rsplit("\n\n", 1)[-1]
        if _CONTACT_WORDS_RE.search(before) or len(before.split()) < 8:
            continue  # under a contact heading, or a list of names
        name = names.trim_name(m["name"])
        body = QUOTED_RE.sub(" ", text[: m.start()])
        if name and " " in name and len(_FIRST_PERSON_OR_ME_RE.findall(body)) >= 3:
            return name
    return None


_AUTHOR_ROLE_WORDS = frozenset(
    ["mp", "mpp", "mla", "mha", "msp", "ms", "td", "mep", "member", "senator", "minister",
     "representative", "congressman", "congresswoman", "councillor", "mayor", "premier",
     "leader", "spokesperson", "chair", "president", "governor", "secretary", "commissioner",
     "director", "professor"]
)  # fmt: skip


def _turn_label(label: str) -> str:
    """A "role, name" or "name, role" label as the name it gives ("Official
    Spokesperson, Shri Arjun Mehrotra" -> "Arjun Mehrotra"); a host's or chair's
    label stays whole, so that it stays no main speaker's."""
    if "," not in label or any(
        names.fold(w.strip(".,")) in _NOT_MAIN_SPEAKERS for w in label.split()
    ):
        return label
    return person_name(label) or person_name(label.partition(",")[2]) or label


def _capitalised_share(line: str) -> float:
    """The share of a line's longer words that are capitalised (1.0 in a title-case
    headline, low in a sentence-case deck)."""
    words = [w for w in _LONG_WORD_RE.findall(line)]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


_LONG_WORD_RE = re.compile(r"[^\W\d_][\w'’-]{3,}")
# "03.14.25", "2025-06-11": a date line in figures only
_NUMERIC_DATE_RE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")


def _title_case_words(label: str) -> bool:
    """ "Konstantin Würtele", not "Mr McCORMACK" or "PREMIER"."""
    return " " in label and not re.search(rf"[{UPPER}]{{2}}", label)


def _name_turns(layout: Layout, text: str) -> None:
    """Full names for surname labels from the header's names ("BOWEN" -> "Chris Bowen")."""
    people = layout.printed_people()
    for label in layout.turns:
        if label in layout.turn_names:
            continue  # named in the label's own brackets
        found = _person_with_surname(people, names.fold(label.split()[-1].strip(".")))
        full = person_name(label) if _title_case_words(label) else None
        surname = _after_office_initials(label)
        if found:
            layout.turn_names[label] = found.name
        elif surname and " " in surname:
            # "MOS Darren Lim:" turns under "... by Minister of State Darren Lim Wei Jie"
            layout.turn_names[label] = _name_opening_with(text, surname) or surname
        elif surname:
            # "MOS Lim:" turns under "... WITH MINISTER OF STATE LIM WEI XIANG ...": an
            # office's initials, then the surname (first or last in the full name)
            _name_from_one_word(layout, label, text, word=surname)
        elif full and " " in full:
            layout.turn_names[label] = full  # "Konstantin Würtele": the label is the name
        else:
            # "PRIME MINISTER:" turns, with "PRIME MINISTER THE HON. HUGH LINDEMANN MP" above
            # (a title: "RAMALINGAM" in a role line under another name is not that person).
            title = names.fold(label).strip(". ")
            title = _ROLE_ABBREVIATIONS.get(title, title)  # "PM:" is the "Prime Minister"
            # ("CM:" is the "Chief Minister", though "CM" alone is no title of ours)
            is_title = bool(
                names.titled_re().match(label.strip(". ") + " ")
                or names.titled_re().match(title.title() + " ")
                or _RANK_LABEL_RE.match(label)
            )
            for person in people if is_title else ():
                if re.search(rf"\b{re.escape(title)}\b", person.roles):
                    layout.turn_names[label] = person.name
                    break
            else:
                if is_title and " " not in names.fold(_without_title(label)).strip(". "):
                    # "GOVERNOR THORNE:" turns: "Governor Margaret Ellison Thorne" in the
                    # text (not "Governor Thorne Briefs Oregonians", a headline's words)
                    _name_from_one_word(layout, label, text, surname=True)
                abbreviated = names.fold(label).strip(". ") in _ROLE_ABBREVIATIONS
                if label not in layout.turn_names and (
                    abbreviated or _is_role_label(label.split())
                ):
                    _name_from_role(layout, label, text)
                if label not in layout.turn_names:
                    _name_from_legend(layout, label, text)
                if label not in layout.turn_names:
                    _name_initials(layout, label, text)
                if label not in layout.turn_names:
                    _name_from_list(layout, label, text)
                if label not in layout.turn_names:
                    _name_from_one_word(layout, label, text)


_HEADING_FUNCTION_WORDS = r"(?:ON|AT|FOR|WITH|IN|AND|THE|OF|TO|FROM|BY|ABOUT)"


def _name_opening_with(text: str, start: str) -> str | None:
    """The longest name in ``text`` that opens with the words ``start`` ("Darren Lim Wei
    Jie" for "Darren Lim")."""
    found = [
        names.trim_name(m.group())
        for m in re.finditer(
            rf"(?<![\w'’-]){re.escape(start)}(?![\w'’‐-])"
            rf"(?:[^\S\n]+[{UPPER}][{LOWER}]+(?![\w'’-])){{0,2}}",
            text,
        )
    ]
    return max(filter(None, found), key=len, default=None)


def _name_from_one_word(
    layout: Layout, label: str, text: str, surname: bool = False, word: str = ""
) -> None:
    """ "Ngozi:" turns in a podcast that names "Ngozi Adeyemi-Bakare"; "Mulcahy:" turns
    of "Kerry Mulcahy": the first full name in the text beginning or ending with the
    label's word (with ``surname``, ending with it); ``word``: the label's name word
    when the label holds more ("MOS Lim")."""
    word = names.fold(word or _without_title(label).strip(". "))
    # (a double-barrelled surname is one word: "OKAFOR-REID")
    if " " in word or not re.sub("[-‐]", "", word).isalpha() or word in wordlists.title_word_set():
        return
    for run in names.NAME_RUN_RE.finditer(text):
        name = names.trim_name(names.strip_title(run.group()))
        if text[max(0, run.start() - 3) : run.start()] == "of ":
            name = _without_a_leading_place(name)
        folded = names.fold(name or "").split()
        ends = (folded[-1],) if surname and folded else (folded[:1] + folded[-1:])
        if name and len(folded) >= 2 and word in ends:
            layout.turn_names[label] = name
            return
    for m in names.FAMILY_FIRST_RE.finditer(text):  # "Press Secretary OKAMURA:" turns
        if names.fold(m["family"]) == word:
            layout.turn_names[label] = names.family_first_name(m)
            return
    # "... WITH MINISTER OF STATE LIM WEI XIANG ON DORMITORY STANDARDS": a family name
    # first, in a heading's capitals after a title's word, its given names after it (not
    # a place: "... VISITS FARMS IN LIM CHU KANG")
    given = rf"(?:[^\S\n]+(?!{_HEADING_FUNCTION_WORDS}\b)[A-Z][A-Z'’-]+){{1,2}}"
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(word.upper())}{given}(?![\w'’-])", text):
        after = m.group().split()[1:]
        before = text[max(0, m.start() - 30) : m.start()].split()
        titled = bool(before) and before[-1].lower() in wordlists.title_word_set()
        # (not a headline's verb and object: "GOVERNOR THORNE BRIEFS OREGONIANS")
        if titled and not any(w.lower() in wordlists.lowercase_words() for w in after):
            layout.turn_names[label] = " ".join(names._caps_to_title(w) for w in m.group().split())
            return


def _without_a_leading_place(name: str | None) -> str | None:
    """ "Oksana Tkachivska" of "... Science of Ukraine Oksana Tkachivska": a country
    that ends a portfolio (after "of") is no given name."""
    words = (name or "").split()
    if len(words) >= 3 and names.fold(words[0]) in wordlists.place_names():
        return " ".join(words[1:])
    return name


_ROLE_ABBREVIATIONS = {
    "pm": "prime minister",
    "dpm": "deputy prime minister",
    "cm": "chief minister",
}


def _holds_role(text: str, role: str, speaker: str) -> bool:
    """Whether the text gives ``speaker`` the ``role``: "Prime Minister Alistair
    Keohane", "Minister for Foreign Affairs Dr Koh Wen Liang", "Koh Wen Liang, the
    Minister"; or a title that implies it ("Rt Hon" for a prime minister's office)."""
    surname = re.escape(names.surname(speaker))
    role_re = r"[^\S\n]+".join(re.escape(w) for w in role.split())
    return bool(
        re.search(
            rf"(?is)\b{role_re}\b(?:[^.\n]{{0,60}}?|[^.]{{0,150}}?){surname}\b"
            rf"|\b{surname}\b[^.\n]{{0,40}}?\b{role_re}\b",
            text,
        )
    )


def _person_with_surname(people: list[PrintedPerson], last: str) -> PrintedPerson | None:
    """The header's person a surname label names: the one whose name ends in it, else
    one with it inside ("Minister Koh:" is "Desmond Koh Jun Hao") or first in a name
    of three words, the family name written first ("MOS Dr Tan:" is "Tan Wei Ling")."""
    folded = [(p, names.fold(p.name).split()) for p in people]
    return next((p for p, words in folded if names.fold(names.surname(p.name)) == last), None) or (
        next((p for p, words in folded if last in words[1:-1]), None)
        or next((p for p, words in folded if len(words) >= 3 and words[0] == last), None)
    )


def _name_from_role(layout: Layout, label: str, text: str) -> None:
    """ "PRIME MINISTER:" turns, the text naming "Prime Minister Hugh de Wardell" or
    "Eleni Kyriakou, President of the House"."""
    # ("CM:" turns under "Press meet by Chief Minister Sri X": the role written out)
    written = _ROLE_ABBREVIATIONS.get(names.fold(label).strip(". "), label)
    role = r"[^\S\n]+".join(re.escape(w) for w in written.split())
    # "Prime Minister Hugh de Wardell", "the President of the House of Representatives,
    # Ms Eleni Kyriakou,"
    after = (
        # (the role's own words only: not "Taoiseach interviewed on The Shannon Hour,")
        rf"(?i:\b{role})(?:(?:[^\S\n]+(?![a-z]+ed\b)[\w'’-]+){{1,6}},|,?)[^\S\n]+"
        rf"(?:(?:Ms|Mr|Mrs|Dr|Hon|the Hon|(?:the )?Honourable|Sri|Shri|Smt)\.?[^\S\n]+)?(?=[{UPPER}])"
    )
    surname_only = None
    for m in re.finditer(after, text):
        found = names.name_at(text, m.end())
        if found and " " in found[0]:
            layout.turn_names[label] = found[0]
            return
        if found and surname_only is None and m.end() < layout.turn_start():
            surname_only = found[0]
    for m in re.finditer(rf",[^\S\n]+(?:the[^\S\n]+)?(?i:{role})\b", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        run = _NAME_BEFORE_COMMA_RE.search(text, max(line_start, m.start() - 60), m.start())
        found = names.name_at(text, run.start()) if run else None
        if found and " " in found[0]:
            layout.turn_names[label] = found[0]
            return
    if surname_only and not re.search(rf"\b{re.escape(surname_only.lower())}\b", text):
        # "Premier Tregear press conference" over "PREMIER:" turns: the text gives
        # only the surname (not a common word: never written in lower case).
        layout.turn_names[label] = surname_only


_NAME_BEFORE_COMMA_RE = re.compile(rf"[{UPPER}][\w'’‐-]+(?:[^\S\n]+[{UPPER}][\w'’‐-]+){{1,3}}\Z")


def _name_from_legend(layout: Layout, label: str, text: str) -> None:
    """ "SK:" turns under a legend line "SK – Minister Sharifah Khairunnisa binti Syed Kamal"."""
    m = re.search(
        rf"(?m)^[^\S\n]*{re.escape(label)}[^\S\n]*[–—=-][^\S\n]*(?P<who>[^\n]{{3,120}})$",
        text[: layout.turn_start()],
    )
    name = (person_name(m["who"]) or names.find_name(m["who"])) if m else None
    if name and name != names.PRONOUN and " " in name:
        layout.turn_names[label] = name


def _name_from_list(layout: Layout, label: str, text: str) -> None:
    """ "Mr SINGH:" turns under a list "Speakers: Singh, Mr Harjit; Thorne, Ms Rebecca"."""
    last = label.split()[-1].strip(".")
    if len(last) < 2 or not last.isalpha():
        return
    m = re.search(
        rf"(?i:\b{re.escape(last)}),[^\S\n]+(?:(?i:mr|mrs|ms|miss|dr|prof|hon)\.?[^\S\n]+)?"
        rf"(?P<first>[{UPPER}][{LOWER}'’‐-]+(?:[^\S\n]+[{UPPER}]\.)?)(?=[;,)\n]|$)",
        text[: layout.turn_start()],
    )
    if m:
        layout.turn_names[label] = f"{m['first']} {_label_name(last)}"


def _name_initials(layout: Layout, label: str, text: str) -> None:
    """ "FO:" turns in a Q&A whose introduction names Femi Oyelaran; "A:" turns
    answered by the first person the introduction names with a title."""
    if label == "A":
        intro = text[: min(len(text), layout.turn_start())]
        for m in names.titled_re().finditer(intro):
            if _CONTACT_RE.match(intro[intro.rfind("\n", 0, m.start()) + 1 :]):
                continue  # "Contact: Director Bae Jun-ho (044-200-5411)" answers the phone
            start = names.name_start(intro, m, len(intro))
            found = names.name_at(intro, start) if start is not None else None
            if found and " " in found[0]:
                layout.turn_names[label] = found[0]
                return
        return
    if not (2 <= len(label) <= 3 and label.isalpha() and label.isupper()):
        return
    # Named before the label's own first turn ("KM: ... With me is Dr Fiachra Ó
    # Súilleabháin." / "FÓS: Good morning").
    first_turn = min(
        (start for name, start, _ in layout.turn_spans if name == label),
        default=layout.turn_start(),
    )
    for run in names.NAME_RUN_RE.finditer(text, 0, first_turn):
        name = names.trim_name(names.strip_title(run.group()))
        if name and "".join(w[0] for w in name.split()).upper() == label:
            layout.turn_names[label] = name
            return
    # "CSF: Catalina Sáez de la Fuente, Minister of Energy." (the label's first turn
    # introduces its speaker); "MCV" for "Meredith Callaghan-Voss".
    if names.fold(label) in _NOT_MAIN_SPEAKERS:
        return  # "MC:" is the compere's, not the "Melbourne Cricket Ground"'s
    first_end = next((end for name, _, end in layout.turn_spans if name == label), first_turn)
    for m in _initials_re(label).finditer(text, 0, first_end):
        found = names.name_at(text, m.start())
        name = found[0] if found and found[0].startswith(m.group()) else m.group()
        if _names_no_body(name):
            layout.turn_names[label] = name
            return


_NAME_PARTICLES = r"(?:de|da|del|della|di|du|la|le|van|von|der|den|ter|bin|binti|dos|das)"
# The last word of a place's name: "Melbourne Cricket Ground", "Riverside Park".
_PLACE_HEADS = frozenset(
    ["ground", "park", "stadium", "arena", "centre", "center", "hall", "house", "square",
     "street", "road", "station", "airport", "bridge", "hospital", "school", "college"]
)  # fmt: skip


def _initials_re(label: str) -> re.Pattern[str]:
    """A name whose capitalised words (or hyphened parts) begin with the label's letters."""
    between = rf"[\w'’]*(?:[^\S\n]+{_NAME_PARTICLES})*(?:[^\S\n]+|[‐-])"
    return re.compile(r"\b" + between.join(re.escape(c) for c in label) + r"[\w'’]*")


def _names_no_body(name: str) -> bool:
    """ "Thái Văn Minh", not "The Vice Minister", "Trade Volume Monitor" or "Melbourne
    Cricket Ground"."""
    titles = wordlists.title_word_set() | _LEADING_TITLES | _PLACE_HEADS
    return not any(
        w.lower() in _non_names() or w.lower() in titles or w.lower() == "the"
        for w in re.split(r"[\s‐-]+", name)
        if w[:1].isupper()  # (not the particles: "de" and "la" open Spanish titles)
    )
