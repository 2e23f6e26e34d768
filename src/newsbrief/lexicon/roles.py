"""Those who speak for someone, and kin: one list for align and coreference (session 35).

`SPEAKS_FOR`: align's `other-sayer` reads "a lawyer for X said" / "X's attorney said" as another sayer than X
(`align.guards._speaks_for`); coreference's joint-role reads no such role before "and" as the titled person
after it (`analyze.coreference._joint_role`, with kin: "his lawyer and Attorney General Jon Tallis" are two).
`KIN`: kin and partners; with `SPEAKS_FOR`, attribution's relation-antecedent ("the wife of Tom Barrow, who
said" is the wife's clause, session 47).
"""

from __future__ import annotations

SPEAKS_FOR = frozenset(
    [
        *("lawyer", "lawyers", "attorney", "attorneys", "spokesman", "spokeswoman", "spokesperson"),
        *("representative", "representatives", "publicist", "agent", "aide", "aides", "counsel"),
    ]
)
KIN = frozenset(
    [
        *("wife", "husband", "son", "daughter", "mother", "father", "parent", "parents", "brother", "sister"),
        *("widow", "widower", "grandmother", "grandfather", "aunt", "uncle", "cousin", "friend"),
        *("girlfriend", "boyfriend", "partner", "fiancee", "fiance"),
    ]
)
