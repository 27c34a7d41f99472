import pytest

from searcher.query import And, DateRange, MatchAll, Not, Or, Phrase, Prefix, Word
from searcher.query_parser import MAX_CLAUSES, QuerySyntaxError, parse_query


@pytest.mark.parametrize(
    ("query", "tree"),
    [
        ("", MatchAll()),
        ("   ", MatchAll()),
        ("veterans", Word("veterans")),
        ("veterans health", And((Word("veterans"), Word("health")))),
        ("veterans AND health", And((Word("veterans"), Word("health")))),
        ('"stem cell"', Phrase("stem cell")),
        ("budget OR deficit", Or((Word("budget"), Word("deficit")))),
        ("a b OR c", And((Word("a"), Or((Word("b"), Word("c")))))),
        ("cyber NOT china", And((Word("cyber"), Not(Word("china"))))),
        ("cyber -china", And((Word("cyber"), Not(Word("china"))))),
        ("well-known", Word("well-known")),
        ("(budget OR deficit) 2011", And((Or((Word("budget"), Word("deficit"))), Word("2011")))),
        ("Speaker:Obama", Word("Obama", "speaker")),
        ("SPEAKER:obama", Word("obama", "speaker")),
        ('speaker:"barack obama"', Phrase("barack obama", "speaker")),
        ("speaker:(obama OR clinton)", Or((Word("obama", "speaker"), Word("clinton", "speaker")))),
        ("org:ministry", Word("ministry", "organization")),
        ("quote:veterans", Word("veterans", "quote")),
        ("topic:health", Word("health", "topic")),
        ("harbo*", Prefix("harbo")),
        ("title:budg*", Prefix("budg", "title")),
        ("date:2006", DateRange("2006", "2006")),
        ("date:2006-04", DateRange("2006-04", "2006-04")),
        ("date:[2006-01-01 TO 2006-06-30]", DateRange("2006-01-01", "2006-06-30")),
        ("date:[2007 TO *]", DateRange("2007", None)),
        ("year:2007", DateRange("2007", "2007")),
        ("NOT budget", Not(Word("budget"))),
    ],
)
def test_constructs(query, tree):
    assert parse_query(query) == tree


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"stem cell', "unclosed quotation mark"),
        ("(budget OR deficit", "'(' without a matching ')'"),
        ("budget)", "')' without a matching '('"),
        ("OR budget", "OR needs a term on both sides"),
        ("budget OR", "OR needs a term on both sides"),
        ("budget AND", "AND needs a term on both sides"),
        ("NOT", "NOT needs a term after it"),
        ("()", "empty parentheses"),
        ("colour:red", "unknown field 'colour'"),
        ("speaker:", "speaker: needs a value"),
        ("date:2006-13", "bad date '2006-13'"),
        ("date:yesterday", "bad date 'yesterday'"),
        ("date:[2007 TO 2006]", "ends (2006) before it starts (2007)"),
        ("date:[2007 2008]", "bad date range"),
        ("*a*", "only a trailing *"),
        ("a*", "at least 2 letters"),
        ("speaker:[a TO b]", "ranges work on date only"),
        ("x" * 1001, "query too long"),
        ("a\x00b", "NUL"),
    ],
)
def test_errors_name_the_problem(query, message):
    with pytest.raises(QuerySyntaxError) as info:
        parse_query(query)
    assert message in str(info.value)


def test_error_position_points_at_the_problem():
    with pytest.raises(QuerySyntaxError) as info:
        parse_query('veterans "stem cell')
    assert info.value.position == 10


def test_term_limit():
    parse_query(" ".join(["w"] * MAX_CLAUSES))
    with pytest.raises(QuerySyntaxError, match="too many terms"):
        parse_query(" ".join(["w"] * (MAX_CLAUSES + 1)))


def test_deep_nesting_is_refused_not_a_crash():
    with pytest.raises(QuerySyntaxError, match="nested deeper"):
        parse_query("(" * 200 + "a" + ")" * 200)
