"""The remote's pairing rules: a one-time code, random tokens, a lock after wrong codes."""

from __future__ import annotations

from app.present.pairing import CODE_DIGITS, MAX_PHONES, MAX_WRONG_CODES, Pairing, PairResult


def wrong_code(pairing: Pairing) -> str:
    return f"{(int(pairing.code) + 1) % 10 ** CODE_DIGITS:0{CODE_DIGITS}d}"


def test_a_code_is_six_digits_and_new_for_each_talk():
    codes = {Pairing().code for _ in range(20)}
    assert all(len(code) == CODE_DIGITS and code.isdigit() for code in codes)
    assert len(codes) > 1


def test_the_right_code_pairs_once():
    pairing = Pairing()
    code = pairing.code
    result, token = pairing.pair(code)
    assert result is PairResult.PAIRED
    assert pairing.allows(token)
    assert pairing.code != code
    assert pairing.pair(code) == (PairResult.WRONG, "")


def test_tokens_are_random_and_only_handed_out_ones_pass():
    pairing = Pairing()
    first = pairing.pair(pairing.code)[1]
    second = pairing.pair(pairing.code)[1]
    assert first != second
    assert pairing.allows(first)
    assert pairing.allows(second)
    assert not pairing.allows("")
    assert not pairing.allows(first[:-1])
    assert not pairing.allows(pairing.code)


def test_wrong_codes_lock_until_renewed():
    pairing = Pairing()
    results = [pairing.pair(wrong_code(pairing))[0] for _ in range(MAX_WRONG_CODES)]
    assert results == [PairResult.WRONG] * (MAX_WRONG_CODES - 1) + [PairResult.LOCKED]
    assert pairing.pair(pairing.code) == (PairResult.LOCKED, "")
    pairing.renew()
    assert not pairing.locked
    assert pairing.pair(pairing.code)[0] is PairResult.PAIRED


def test_renewing_disconnects_every_phone():
    pairing = Pairing()
    token = pairing.pair(pairing.code)[1]
    pairing.renew()
    assert not pairing.allows(token)
    assert pairing.phones == 0


def test_only_the_latest_phones_stay_paired():
    pairing = Pairing()
    tokens = [pairing.pair(pairing.code)[1] for _ in range(MAX_PHONES + 1)]
    assert not pairing.allows(tokens[0])
    assert all(pairing.allows(token) for token in tokens[1:])
    assert pairing.phones == MAX_PHONES
