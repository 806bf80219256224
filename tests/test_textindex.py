"""textindex answers what str.count / str.find / str.rfind would, by bisection (linear-cost extraction)."""
from hypothesis import given
from hypothesis import strategies as st

from pipeline.textindex import count, find, line_end, line_start


@given(st.text(alphabet="“”《》\n,。ab", max_size=60), st.integers(0, 70), st.integers(0, 70))
def test_same_answers_as_str_methods(text, a, b):
    for ch in "“”《》,。\n":
        assert count(text, ch, a, b) == text.count(ch, a, b)
        assert find(text, ch, a, b) == text.find(ch, a, b)
    assert line_start(text, a) == text.rfind("\n", 0, a) + 1
    assert line_end(text, a) == (text.find("\n", a) if text.find("\n", a) >= 0 else len(text))
