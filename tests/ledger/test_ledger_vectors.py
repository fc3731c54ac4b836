"""Known-answer tests against published vectors.

Merkle vectors: the 8-leaf test tree of the Certificate Transparency reference
implementations (google/certificate-transparency ``python/ct/crypto/merkle_test.py`` and
transparency-dev/merkle ``testonly/constants.go``, ``proof/verify_test.go``), including a
real audit path from a production CT log. Ed25519 vectors: RFC 8032 section 7.1.
"""

from __future__ import annotations

import hashlib

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casesafe.ledger import merkle, verify_bundle
from casesafe.ledger.errors import ProofError

H = bytes.fromhex

LEAVES = [
    H(x)
    for x in (
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    )
]
ROOTS = [
    H(x)
    for x in (
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    )
]
# NodeHashes() of transparency-dev/merkle testonly: [level][index].
NODES = [
    [
        H(x)
        for x in (
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
            "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1",
        )
    ],
    [
        H(x)
        for x in (
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        )
    ],
    [
        H(x)
        for x in (
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        )
    ],
    [H("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328")],
]
# (leaf index (0-based), tree size, audit path) from proof/verify_test.go (1-based there).
INCLUSION = [
    (0, 1, []),
    (
        0,
        8,
        [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
    ),
    (
        5,
        8,
        [
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
    (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    (
        1,
        5,
        [
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ],
    ),
]
CONSISTENCY = [
    (1, 1, []),
    (
        1,
        8,
        [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
    ),
    (
        6,
        8,
        [
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
    (
        2,
        5,
        [
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ],
    ),
    (
        6,
        7,
        [
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
]
# A real audit path from a production CT log (google/certificate-transparency merkle_test.py).
CT_LEAF_HASH = H("7a395c866d5ecdb0cccb623e011dbc392cd348d1d1d72776174e127a24b09c78")
CT_INDEX, CT_SIZE = 848049, 3630887
CT_ROOT = H("78316a05c9bcf14a3a4548f5b854a9adfcd46a4c034401b3ce7eb7ac2f1d0ecb")
CT_PATH = [
    H(x)
    for x in (
        "1a208aeebcd1b39fe2de247ee8db9454e1e93a312d206b87f6ca9cc6ec6f1ddd",
        "0a1b78b383f580856f433c01a5741e160d451c185910027f6cc9f828687a40c4",
        "3d1745789bc63f2da15850de1c12a5bf46ed81e1cc90f086148b1662e79aab3d",
        "9095b61e14d8990acf390905621e62b1714fb8e399fbb71de5510e0aef45affe",
        "0a332b91b8fab564e6afd1dd452449e04619b18accc0ff9aa8393cd4928451f2",
        "2336f0181d264aed6d8f3a6507ca14a8d3b3c3a23791ac263e845d208c1ee330",
        "b4ce56e300590500360c146c6452edbede25d4ed83919278749ee5dbe178e048",
        "933f6ddc848ea562e4f9c5cfb5f176941301dad0c6fdb9d1fbbe34fac1be6966",
        "b95a6222958a86f74c030be27c44f57dbe313e5e7c7f4ffb98bcbd3a03bb52f2",
        "daeeb3ce5923defd0faeb8e0c210b753b85b809445d7d3d3cd537a9aabaa9c45",
        "7fadd0a13e9138a2aa6c3fdec4e2275af233b94812784f66bcca9aa8e989f2bc",
        "1864e6ba3e32878610546539734fb5eeae2529991f130c575c73a7e25a2a7c56",
        "12842d1202b1dc6828a17ab253c02e7ce9409b5192430feba44189f39cc02d66",
        "29af64b16fa3053c13d02ac63aa75b23aa468506e44c3a2315edc85d2dc22b11",
        "b527b99934a0bd9edd154e449b0502e2c499bba783f3bc3dfe23364b6b532009",
        "4584db8ae8e351ace08e01f306378a92bfd43611714814f3d834a2842d69faa8",
        "86a9a41573b0d6e4292f01e93243d6cc65b30f06606fc6fa57390e7e90ed580f",
        "a88b98fbe84d4c6aae8db9d1605dfac059d9f03fe0fcb0d5dff1295dacba09e6",
        "06326dc617a6d1f7021dc536026dbfd5fffc6f7c5531d48ef6ccd1ed1569f2a1",
        "f41fe8fdc3a2e4e8345e30216e7ebecffee26ff266eeced208a6c2a3cf08f960",
        "40cf5bde8abb76983f3e98ba97aa36240402975674e120f234b3448911090f8d",
        "b3222dc8658538079883d980d7fdc2bef9285344ea34338968f736b04aeb387a",
    )
]

LEAF_HASHES = [merkle.leaf_hash(x) for x in LEAVES]
SOURCE = merkle.sequence_source(LEAF_HASHES)


def test_hasher_vectors() -> None:
    assert merkle.EMPTY_ROOT.hex() == (
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    )
    assert merkle.leaf_hash(b"").hex() == (
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
    )
    assert merkle.leaf_hash(H("101112131415161718191a1b1c1d1e1f")).hex() == (
        "3bfb960453ebaebf33727da7a1f4db38acc051d381b6da20d6d4e88f0eabfd7a"
    )
    left = H("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
    right = H("202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f")
    assert merkle.node_hash(left, right).hex() == (
        "1a378704c17da31e2d05b6d121c2bb2c7d76f6ee6fa8f983e596c2d034963c57"
    )


def test_node_hashes_of_the_test_tree() -> None:
    for level, row in enumerate(NODES):
        for index, expected in enumerate(row):
            span = 1 << level
            assert merkle.subtree_hash(SOURCE, index * span, (index + 1) * span) == expected


@pytest.mark.parametrize("size", range(1, 9))
def test_roots_for_every_size(size: int) -> None:
    expected = ROOTS[size - 1]
    assert merkle.root_from_leaf_hashes(LEAF_HASHES[:size]) == expected
    assert merkle.tree_root(SOURCE, size) == expected
    cr = merkle.CompactRange()
    for h in LEAF_HASHES[:size]:
        cr.append(h)
    assert cr.root() == expected


def test_compact_range_nodes_match_published_nodes() -> None:
    cr = merkle.CompactRange()
    completed = []
    for h in LEAF_HASHES:
        completed += cr.append(h)
    for level, index, h in completed:
        assert NODES[level][index] == h


@pytest.mark.parametrize(("index", "size", "path"), INCLUSION)
def test_inclusion_vectors(index: int, size: int, path: list[str]) -> None:
    proof = merkle.inclusion_proof(SOURCE, index, size)
    assert [p.hex() for p in proof] == path
    merkle.verify_inclusion(index, size, LEAF_HASHES[index], proof, ROOTS[size - 1])
    assert (
        verify_bundle.root_from_inclusion(index, size, LEAF_HASHES[index], proof) == ROOTS[size - 1]
    )


@pytest.mark.parametrize(("index", "size", "path"), INCLUSION[1:])
def test_inclusion_vectors_reject_corruptions(index: int, size: int, path: list[str]) -> None:
    """The corruption probes of transparency-dev/merkle's verifierCheck."""
    proof = [H(p) for p in path]
    root, leaf = ROOTS[size - 1], LEAF_HASHES[index]
    some = H("abacaba000000000000000000000000000000000000000000060061e00123456")
    probes = [
        (index - 1, size, leaf, proof, root),
        (index + 1, size, leaf, proof, root),
        (index ^ 2, size, leaf, proof, root),
        (index, size * 2, leaf, proof, root),
        (index, size // 2, leaf, proof, root),
        (index, size, some, proof, root),
        (index, size, leaf, proof, merkle.EMPTY_ROOT),
        (index, size, leaf, proof, some),
        (index, size, leaf, [*proof, root], root),
        (index, size, leaf, [root, *proof], root),
        (index, size, leaf, proof[:-1], root),
        (index, size, leaf, [proof[0], some, *proof[1:]], root),
    ]
    for i in range(len(proof)):
        bad = list(proof)
        bad[i] = bytes([bad[i][0] ^ 8]) + bad[i][1:]
        probes.append((index, size, leaf, bad, root))
    for idx, sz, lf, pr, rt in probes:
        with pytest.raises(ProofError):
            merkle.verify_inclusion(idx, sz, lf, pr, rt)
        got = verify_bundle.root_from_inclusion(idx, sz, lf, pr) if sz > 0 else None
        assert got != rt


@pytest.mark.parametrize(("m", "n", "path"), CONSISTENCY)
def test_consistency_vectors(m: int, n: int, path: list[str]) -> None:
    proof = merkle.consistency_proof(SOURCE, m, n)
    assert [p.hex() for p in proof] == path
    merkle.verify_consistency(m, n, ROOTS[m - 1], ROOTS[n - 1], proof)
    assert verify_bundle.consistency_ok(m, n, ROOTS[m - 1], ROOTS[n - 1], proof)


@pytest.mark.parametrize(("m", "n", "path"), [c for c in CONSISTENCY if c[2]])
def test_consistency_vectors_reject_corruptions(m: int, n: int, path: list[str]) -> None:
    proof = [H(p) for p in path]
    r1, r2 = ROOTS[m - 1], ROOTS[n - 1]
    probes = [
        (m - 1, n, r1, r2, proof),
        (m + 1, n, r1, r2, proof),
        (m ^ 2, n, r1, r2, proof),
        (m, n * 2, r1, r2, proof),
        (m, n // 2, r1, r2, proof),
        (m, n, r2, r1, proof),
        (m, n, r1, r2, []),
        (m, n, r1, r2, [*proof, r1]),
        (m, n, r1, r2, [*proof, r2]),
        (m, n, r1, r2, [r1, *proof]),
        (m, n, r1, r2, [r2, *proof]),
        (m, n, r1, r2, [proof[0], *proof]),
        (m, n, r1, r2, proof[:-1]),
    ]
    for i in range(len(proof)):
        bad = list(proof)
        bad[i] = bytes([bad[i][0] ^ 16]) + bad[i][1:]
        probes.append((m, n, r1, r2, bad))
    for a, b, x, y, pr in probes:
        with pytest.raises(ProofError):
            merkle.verify_consistency(a, b, x, y, pr)
        assert not verify_bundle.consistency_ok(a, b, x, y, pr)


def test_consistency_edge_cases() -> None:
    r = merkle.EMPTY_ROOT
    merkle.verify_consistency(0, 0, r, r, [])
    merkle.verify_consistency(0, 5, r, ROOTS[4], [])
    with pytest.raises(ProofError):
        merkle.verify_consistency(0, 1, r, ROOTS[0], [r])
    with pytest.raises(ProofError):
        merkle.verify_consistency(2, 1, ROOTS[1], ROOTS[0], [])
    with pytest.raises(ProofError):
        merkle.verify_consistency(3, 3, ROOTS[2], ROOTS[3], [])


def test_real_ct_log_audit_path() -> None:
    merkle.verify_inclusion(CT_INDEX, CT_SIZE, CT_LEAF_HASH, CT_PATH, CT_ROOT)
    assert verify_bundle.root_from_inclusion(CT_INDEX, CT_SIZE, CT_LEAF_HASH, CT_PATH) == CT_ROOT
    with pytest.raises(ProofError):
        merkle.verify_inclusion(CT_INDEX + 1, CT_SIZE, CT_LEAF_HASH, CT_PATH, CT_ROOT)


# RFC 8032 section 7.1: (secret key, public key, message, signature).
RFC8032 = [
    (
        "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
        "",
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
        "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
    ),
    (
        "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
        "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
        "72",
        "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
        "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
    ),
    (
        "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
        "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
        "af82",
        "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
        "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a",
    ),
    (
        "833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42",
        "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf",
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
        "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
        "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b589"
        "09351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704",
    ),
]


@pytest.mark.parametrize(("sk", "pk", "msg", "sig"), RFC8032)
def test_rfc8032_vectors_pure_python(sk: str, pk: str, msg: str, sig: str) -> None:
    # The public key really belongs to the secret key (checked with `cryptography`).
    derived = (
        Ed25519PrivateKey.from_private_bytes(H(sk))
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    assert derived == H(pk)
    assert Ed25519PrivateKey.from_private_bytes(H(sk)).sign(H(msg)) == H(sig)
    assert verify_bundle.ed25519_verify(H(pk), H(msg), H(sig))
    assert not verify_bundle.ed25519_verify(H(pk), H(msg) + b"\x00", H(sig))
    for bit in (0, 100, 255, 256, 300, 511):
        bad = bytearray(H(sig))
        bad[bit // 8] ^= 1 << (bit % 8)
        assert not verify_bundle.ed25519_verify(H(pk), H(msg), bytes(bad))
    other = RFC8032[(RFC8032.index((sk, pk, msg, sig)) + 1) % len(RFC8032)][1]
    assert not verify_bundle.ed25519_verify(H(other), H(msg), H(sig))


def test_pure_python_ed25519_rejects_malleable_and_malformed() -> None:
    _, pk, msg, sig = RFC8032[1]
    s = int.from_bytes(H(sig)[32:], "little")
    high_s = H(sig)[:32] + (s + verify_bundle._L).to_bytes(32, "little")
    assert not verify_bundle.ed25519_verify(H(pk), H(msg), high_s)
    assert not verify_bundle.ed25519_verify(H(pk)[:31], H(msg), H(sig))
    assert not verify_bundle.ed25519_verify(H(pk), H(msg), H(sig)[:63])
    non_canonical = (2**255 - 19 + 1).to_bytes(32, "little")  # y >= p
    assert not verify_bundle.ed25519_verify(non_canonical, H(msg), H(sig))


def test_pure_python_ed25519_agrees_with_cryptography() -> None:
    for i in range(60):
        key = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"%d" % i).digest())
        pk = key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        msg = hashlib.sha512(b"m%d" % i).digest()[: i % 64]
        sig = key.sign(msg)
        assert verify_bundle.ed25519_verify(pk, msg, sig)
        assert not verify_bundle.ed25519_verify(pk, msg + b"!", sig)
