"""jieba's part-of-speech HMM decoder, the same algorithm with the same result, several times faster.

jieba.posseg decodes each run of characters it does not know (a name, a rare word) with a Viterbi pass over
its ~250 states. Its loop scores every previous state for every current one, although a state can only
follow a few dozen others (an `E_n` follows only `B_n` or `M_n`), and the impossible pairs (score -inf) can
never win. This decoder walks only each state's possible predecessors. Scores are summed in jieba's order
and ties are broken as jieba breaks them (the larger state), so the route is identical: segment.py installs
it in place of `jieba.posseg.viterbi`, and tests/test_segment_viterbi.py checks it against jieba's own on
real report text. (jieba is MIT-licensed; this follows its posseg/viterbi.py.)
"""
from __future__ import annotations

MIN_FLOAT = -3.14e100  # jieba's score of a character a state never emits
MIN_INF = float("-inf")
_PREDECESSORS: dict[int, dict] = {}


def _predecessors(trans_p: dict) -> dict:
    """state -> [(previous state, transition log-probability)], built once per transition table."""
    table = _PREDECESSORS.get(id(trans_p))
    if table is None:
        table = {}
        for y0, following in trans_p.items():
            for y, p in following.items():
                table.setdefault(y, []).append((y0, p))
        _PREDECESSORS[id(trans_p)] = table
    return table


_ROUTES: dict = {}


def clear() -> None:
    _ROUTES.clear()


def viterbi(obs, states, start_p, trans_p, emit_p):
    """jieba's decoder's result for a run of characters; the tables are jieba's constants, so a run decoded
    before (a name, a rare word, the edge of a window) is looked up, not decoded again."""
    key = (obs, id(emit_p))
    hit = _ROUTES.get(key)
    if hit is None:
        hit = _decode(obs, states, start_p, trans_p, emit_p)
        if len(_ROUTES) > 100_000:
            _ROUTES.clear()
        _ROUTES[key] = hit
    return hit[0], list(hit[1])


def _decode(obs, states, start_p, trans_p, emit_p):
    preds = _predecessors(trans_p)
    all_states = trans_p.keys()
    first, path0 = {}, {}
    for y in states.get(obs[0], all_states):
        first[y] = start_p[y] + emit_p[y].get(obs[0], MIN_FLOAT)
        path0[y] = ""
    V, mem_path = [first], [path0]
    for t in range(1, len(obs)):
        prev = V[t - 1]
        prev_states = [x for x in mem_path[t - 1] if trans_p[x]]
        expect_next = _following(prev_states, trans_p)
        ot = obs[t]
        obs_states = expect_next.intersection(states.get(ot, all_states))
        cur, path = {}, {}
        if obs_states:
            for y in obs_states:  # every y has a possible predecessor here: only those can win
                e = emit_p[y].get(ot, MIN_FLOAT)
                best_v = best_y0 = None
                for y0, p in preds[y]:
                    if y0 in prev:
                        v = prev[y0] + p + e
                        if best_v is None or v > best_v or (v == best_v and y0 > best_y0):
                            best_v, best_y0 = v, y0
                cur[y] = best_v
                path[y] = best_y0
        else:  # jieba's fallback when the character's states cannot follow: its own loop, unchanged
            for y in (expect_next or all_states):
                cur[y], path[y] = max((prev[y0] + trans_p[y0].get(y, MIN_INF) + emit_p[y].get(ot, MIN_FLOAT), y0)
                                      for y0 in prev_states)
        V.append(cur)
        mem_path.append(path)
    prob, state = max((V[-1][y], y) for y in mem_path[-1])
    route = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = mem_path[i][state]
    return prob, route


_FOLLOWING: dict = {}


def _following(prev_states: list, trans_p: dict) -> frozenset:
    """The states that may follow any of prev_states (the same few sets recur: worked out once each)."""
    key = frozenset(prev_states)
    out = _FOLLOWING.get(key)
    if out is None:
        out = frozenset(y for x in prev_states for y in trans_p[x])
        if len(_FOLLOWING) > 20_000:
            _FOLLOWING.clear()
        _FOLLOWING[key] = out
    return out
