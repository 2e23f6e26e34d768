"""Written sentence pairs of ordinary news that must not cite one another, and some that must (issue 14).

    python bench/align_adversarial.py [--all]

Each pair of `PAIRS` is one news sentence and the same sentence told another way: another voice or doer,
another object, number, date, time or place, a denial, another modality, "X said" / "X denied", another
person in one slot, the opposite act. None is one fact, so none may be cited (`quote` or `fact`). Each
pair of `SAME` is one fact copied with style edits (another reporter, a title, an adverb, two voices), so
each should be. Printed: each pair's links (kind, deciding rule), then how many of `PAIRS` cite and how
many of `SAME` do not (`--all` prints every pair, else only the wrong ones). Written for session 16
(the first 40 and 10), and session 17 (34 and 10 more, written before any output was read); sentences
made up, no story's text. Run the start code with `PYTHONPATH=/path/to/start/src`.
"""

from __future__ import annotations

import sys

from newsbrief import segment
from newsbrief.align import align
from newsbrief.clean import clean
from newsbrief.ingest import load_texts
from newsbrief.model import Story

PAIRS = [
    # voice swap / agent swap
    (
        "Acme Corp. was bought by Google for $2 billion on Tuesday.",
        "Microsoft bought Acme Corp. for $2 billion on Tuesday.",
    ),
    (
        "The senator was attacked by protesters outside the courthouse in Dallas.",
        "The senator attacked protesters outside the courthouse in Dallas.",
    ),
    (
        "Federal agents arrested the mayor of Springfield on corruption charges.",
        "The mayor of Springfield was arrested by state police on corruption charges.",
    ),
    (
        "Johnson defeated Williams in the Democratic primary in Ohio on Tuesday.",
        "Williams defeated Johnson in the Democratic primary in Ohio on Tuesday.",
    ),
    (
        "Israel accused Iran of supplying weapons to Hezbollah fighters in Lebanon.",
        "Iran accused Israel of supplying weapons to Hezbollah fighters in Lebanon.",
    ),
    # object swap
    (
        "A Texas jury sentenced Garza to death for the murder of the two officers.",
        "A Texas jury sentenced Garza to life in prison for the murder of the two officers.",
    ),
    ("The court sentenced Garza to death on Friday.", "Garza was sentenced to life in prison on Friday."),
    (
        "The company fired its chief financial officer after the audit in Chicago.",
        "The company fired its auditors after the audit in Chicago.",
    ),
    (
        "Apple sued Samsung over patents for the iPhone design in California.",
        "Apple sued Google over patents for the iPhone design in California.",
    ),
    (
        "Police in Denver arrested two teenagers in connection with the shooting at the mall.",
        "Police in Denver arrested two teachers in connection with the shooting at the mall.",
    ),
    # other number / date / place
    (
        "The earthquake killed 120 people in the province of Sichuan on Monday.",
        "The earthquake killed 210 people in the province of Sichuan on Monday.",
    ),
    (
        "The strike by 1,500 nurses at Mercy Hospital began on Monday.",
        "The strike by 1,500 nurses at Mercy Hospital began on Thursday.",
    ),
    (
        "The plane crashed near Denver shortly after takeoff, killing all 50 passengers.",
        "The plane crashed near Phoenix shortly after takeoff, killing all 50 passengers.",
    ),
    (
        "The summit between Trump and Kim will be held in Singapore on June 12.",
        "The summit between Trump and Kim will be held in Hanoi on June 12.",
    ),
    (
        "The bill was signed into law by Governor Brown in 2014.",
        "The bill was signed into law by Governor Brown in 2016.",
    ),
    (
        "The fire broke out at 3 a.m. in the warehouse on Main Street.",
        "The fire broke out at 11 p.m. in the warehouse on Main Street.",
    ),
    (
        "The ship sank on March 3 off the coast of Italy with 300 migrants aboard.",
        "The ship sank on March 5 off the coast of Italy with 300 migrants aboard.",
    ),
    # denial / negation
    (
        "The minister denied that he had taken bribes from the construction company.",
        "The minister admitted that he had taken bribes from the construction company.",
    ),
    (
        "Smith said he had taken money from the construction company.",
        "Smith denied he had taken money from the construction company.",
    ),
    (
        "The president signed the climate bill on Friday at the White House.",
        "The president did not sign the climate bill on Friday at the White House.",
    ),
    (
        "Officials confirmed that the suspect was a member of the militant group.",
        "Officials have not confirmed that the suspect was a member of the militant group.",
    ),
    (
        "The police found the weapon used in the killing of Officer Daniels.",
        "The police never found the weapon used in the killing of Officer Daniels.",
    ),
    (
        "Jones said the company would close the plant in Detroit next year.",
        "Jones denied the company would close the plant in Detroit next year.",
    ),
    # modality
    (
        "The council may vote on the stadium budget on Monday.",
        "The council voted on the stadium budget on Monday.",
    ),
    (
        "Prosecutors could seek the death penalty against Garza for the murders.",
        "Prosecutors will seek the death penalty against Garza for the murders.",
    ),
    (
        "The company plans to cut 3,000 jobs at its plants in Ohio.",
        "The company cut 3,000 jobs at its plants in Ohio.",
    ),
    (
        "The president is expected to announce the nomination of Judge Kavanaugh on Monday.",
        "The president announced the nomination of Judge Kavanaugh on Monday.",
    ),
    # X said vs X denied / another speaker
    (
        "Police said the gunman had acted alone in the attack on the synagogue.",
        "The family said the gunman had not acted alone in the attack on the synagogue.",
    ),
    (
        "The White House said Russia was behind the cyberattack on the Pentagon.",
        "Moscow denied Russia was behind the cyberattack on the Pentagon.",
    ),
    (
        "Officials said the death toll from the hurricane in Puerto Rico had risen to 64.",
        "Officials said the death toll from the hurricane in Puerto Rico had risen to 2,975.",
    ),
    # other person same slot
    (
        "Senator Warren introduced the bill to ban stock trading by members of Congress.",
        "Senator Hawley introduced the bill to ban stock trading by members of Congress.",
    ),
    (
        "The Nobel Prize in Literature was awarded to Bob Dylan on Thursday in Stockholm.",
        "The Nobel Prize in Literature was awarded to Kazuo Ishiguro on Thursday in Stockholm.",
    ),
    # other causes / actions
    (
        "Two people were killed when a bus collided with a truck on the highway near Lyon.",
        "Two people were injured when a bus collided with a truck on the highway near Lyon.",
    ),
    (
        "The board approved the merger of the two airlines at its meeting in Atlanta.",
        "The board rejected the merger of the two airlines at its meeting in Atlanta.",
    ),
    (
        "Voters in Ireland approved the referendum on abortion by a wide margin.",
        "Voters in Ireland rejected the referendum on abortion by a wide margin.",
    ),
    (
        "The Fed raised interest rates by a quarter point on Wednesday.",
        "The Fed cut interest rates by a quarter point on Wednesday.",
    ),
    (
        "Turkey has accused Syria of sheltering Kurdish rebels fighting for autonomy in the southeast.",
        "Syria has accused Turkey of sheltering Kurdish rebels fighting for autonomy in the southeast.",
    ),
    (
        "The U.S. imposed sanctions on Russia over the poisoning of Sergei Skripal in Britain.",
        "Russia imposed sanctions on the U.S. over the poisoning of Sergei Skripal in Britain.",
    ),
    (
        "The hostages were freed by the rebels on Sunday in the jungle near Bogota.",
        "The rebels seized the hostages on Sunday in the jungle near Bogota.",
    ),
    (
        "The museum reopened to the public on Saturday after a two-year renovation.",
        "The museum closed to the public on Saturday for a two-year renovation.",
    ),
]

SAME = [
    (
        "The company said Monday it would cut 3,000 jobs at its plants in Ohio.",
        "The company said on Monday that it would cut 3,000 jobs at its plants in Ohio.",
    ),
    (
        "President Trump met Kim Jong Un in Singapore on Tuesday for a historic summit.",
        "Mr. Trump met Kim Jong Un in Singapore on Tuesday for a historic summit.",
    ),
    (
        "Police arrested Smith in Dallas on Monday on a murder charge.",
        "Smith was arrested by police in Dallas on Monday on a murder charge.",
    ),
    (
        "The earthquake killed 120 people in the province of Sichuan, officials said.",
        "The earthquake killed 120 people in the province of Sichuan, authorities said.",
    ),
    (
        "Google bought Acme Corp. for $2 billion on Tuesday.",
        "Acme Corp. was bought by Google for $2 billion on Tuesday.",
    ),
    (
        "The strike by 1,500 nurses at Mercy Hospital began on Monday, the union said.",
        "The strike by 1,500 nurses at Mercy Hospital began Monday, union leaders said.",
    ),
    (
        "A Texas jury sentenced Garza to death for the murder of the two officers.",
        "A Texas jury on Friday sentenced Garza to death for the murder of the two officers.",
    ),
    (
        "The Fed raised interest rates by a quarter point on Wednesday.",
        "The Federal Reserve raised interest rates by a quarter point on Wednesday.",
    ),
    (
        "The plane crashed near Denver shortly after takeoff, killing all 50 passengers.",
        "The plane crashed near Denver soon after takeoff, killing all 50 passengers.",
    ),
    (
        "The minister denied that he had taken bribes from the construction company.",
        "The minister denied he had taken bribes from the construction company.",
    ),
]

# Session 17 (align2): written before any output was read; each states two facts, the kinds left open by
# session 16 (the object or complement of one verb, descriptive doers as nouns, two verbs of one scene) and
# others. Sentences made up.
PAIRS += [
    (
        "The gunman shot three police officers outside a bank in Memphis on Sunday night.",
        "The gunman shot three security guards outside a bank in Memphis on Sunday night.",
    ),
    (
        "Rebels entered the town of Goma early on Tuesday after days of fighting.",
        "Rebels left the town of Goma early on Tuesday after days of fighting.",
    ),
    (
        "The storm destroyed 60 homes in the coastal village of Port Arthur.",
        "The storm damaged 60 homes in the coastal village of Port Arthur.",
    ),
    (
        "Federal agents raided the offices of the company in Houston on Wednesday.",
        "State police raided the offices of the company in Houston on Wednesday.",
    ),
    (
        "Army troops opened fire on the protesters in the capital on Friday.",
        "Riot police opened fire on the protesters in the capital on Friday.",
    ),
    (
        "Three students were arrested after the fight at the high school in Tulsa.",
        "Three teachers were arrested after the fight at the high school in Tulsa.",
    ),
    (
        "Customs officers seized two tons of cocaine at the port of Rotterdam.",
        "Customs officers seized two tons of heroin at the port of Rotterdam.",
    ),
    (
        "The company recalled 2 million cars over faulty airbags in the United States.",
        "The company recalled 2 million trucks over faulty airbags in the United States.",
    ),
    (
        "Doctors said the soldier had lost his left leg in the blast.",
        "Doctors said the soldier had lost his right leg in the blast.",
    ),
    (
        "The governor vetoed the budget bill passed by the state legislature last week.",
        "The governor signed the budget bill passed by the state legislature last week.",
    ),
    (
        "The victim was stabbed in the chest outside a nightclub in Leeds.",
        "The victim was shot in the chest outside a nightclub in Leeds.",
    ),
    (
        "The coalition launched airstrikes on rebel positions north of the city.",
        "The coalition launched airstrikes on rebel positions south of the city.",
    ),
    (
        "The teenager was charged with murder after the shooting in Chicago.",
        "The teenager was charged with manslaughter after the shooting in Chicago.",
    ),
    (
        "Firefighters rescued four children from the burning building in Brooklyn.",
        "Neighbors rescued four children from the burning building in Brooklyn.",
    ),
    (
        "The airline cancelled 400 flights because of the snowstorm in Chicago.",
        "The airline delayed 400 flights because of the snowstorm in Chicago.",
    ),
    (
        "The jury found the former officer guilty of murder in the death of the teenager.",
        "The jury found the former officer not guilty of murder in the death of the teenager.",
    ),
    (
        "The finance minister resigned on Monday after the corruption scandal.",
        "The finance minister was fired on Monday after the corruption scandal.",
    ),
    (
        "Israeli troops withdrew from the town of Jenin on Thursday.",
        "Israeli troops moved into the town of Jenin on Thursday.",
    ),
    (
        "The suspect was released from custody on Tuesday, police said.",
        "The suspect was taken into custody on Tuesday, police said.",
    ),
    (
        "The union accepted the contract offer from the city on Sunday.",
        "The union rejected the contract offer from the city on Sunday.",
    ),
    (
        "Two soldiers were wounded when a roadside bomb exploded near Kandahar.",
        "Two civilians were wounded when a roadside bomb exploded near Kandahar.",
    ),
    (
        "The central bank raised its forecast for economic growth this year to 3 percent.",
        "The central bank lowered its forecast for economic growth this year to 3 percent.",
    ),
    (
        "The hurricane weakened to a Category 2 storm before it reached Florida.",
        "The hurricane strengthened to a Category 2 storm before it reached Florida.",
    ),
    (
        "Prices of gasoline rose 5 percent in March, the government said.",
        "Prices of gasoline fell 5 percent in March, the government said.",
    ),
    (
        "The surfer was attacked by a shark off the coast of Hawaii on Monday.",
        "The surfer was attacked by a crocodile off the coast of Hawaii on Monday.",
    ),
    (
        "Local residents blocked the road to the gold mine for a week.",
        "Mine workers blocked the road to the gold mine for a week.",
    ),
    (
        "The boat carrying 80 migrants capsized off the coast of Libya on Friday.",
        "The boat carrying 80 tourists capsized off the coast of Libya on Friday.",
    ),
    (
        "The mayor's wife was killed in the crash on the highway outside Madrid.",
        "The mayor's son was killed in the crash on the highway outside Madrid.",
    ),
    (
        "The company's profits doubled in the second quarter, the report said.",
        "The company's losses doubled in the second quarter, the report said.",
    ),
    (
        "Opposition lawmakers walked out of parliament during the president's speech.",
        "Government lawmakers walked out of parliament during the president's speech.",
    ),
    (
        "The court upheld the ban on assault weapons in the state of Illinois.",
        "The court struck down the ban on assault weapons in the state of Illinois.",
    ),
    (
        "The suspect fled to Mexico after the shooting, officials said.",
        "The suspect fled to Canada after the shooting, officials said.",
    ),
    (
        "Thousands of workers marched through the capital to demand higher wages.",
        "Thousands of farmers marched through the capital to demand higher wages.",
    ),
    (
        "The army evacuated 5,000 people from villages near the volcano on Sunday.",
        "The army evacuated 5,000 people from villages near the dam on Sunday.",
    ),
    # session 17, late fix S: opposite acts (`guards.OPPOSITES`), written before any output was read
    (
        "The city council passed the new budget for public schools on Thursday night.",
        "The city council rejected the new budget for public schools on Thursday night.",
    ),
    (
        "The appeals court overturned the conviction of the former governor on Tuesday.",
        "The appeals court upheld the conviction of the former governor on Tuesday.",
    ),
    (
        "Oil prices rose sharply in early trading in New York on Monday.",
        "Oil prices dropped sharply in early trading in New York on Monday.",
    ),
    (
        "The airline increased the number of flights to Lisbon for the summer season.",
        "The airline reduced the number of flights to Lisbon for the summer season.",
    ),
]

SAME += [
    (
        "Federal agents arrested the mayor of Springfield on Tuesday.",
        "The mayor of Springfield was arrested by federal agents on Tuesday.",
    ),
    (
        "State police said the gunman shot three officers outside a bank in Memphis.",
        "The gunman shot three officers outside a bank in Memphis, state police said.",
    ),
    (
        "Two soldiers were wounded when a roadside bomb exploded near Kandahar.",
        "Two soldiers were wounded on Monday when a roadside bomb exploded near Kandahar.",
    ),
    (
        "Riot police fired tear gas at protesters in the capital on Friday.",
        "Police fired tear gas at protesters in the capital on Friday.",
    ),
    (
        "The teenagers were charged with murder after the shooting in Chicago.",
        "Two teenagers were charged with murder after the shooting in Chicago.",
    ),
    (
        "Rebels entered the town of Goma on Tuesday after days of fighting.",
        "Rebel fighters entered the town of Goma on Tuesday after days of fighting.",
    ),
    (
        "Customs officers seized two tons of cocaine at the port of Rotterdam.",
        "Two tons of cocaine were seized by customs officers at the port of Rotterdam.",
    ),
    (
        "The governor vetoed the budget bill on Friday.",
        "Governor Smith vetoed the budget bill on Friday.",
    ),
    (
        "The storm destroyed 60 homes in the coastal village of Port Arthur.",
        "The storm destroyed 60 homes in the coastal village of Port Arthur, officials said.",
    ),
    (
        "Firefighters rescued four children from the burning building in Brooklyn.",
        "Four children were rescued by firefighters from the burning building in Brooklyn.",
    ),
    # late fix S: a described doer and the same head noun (rule `described-agent`: "police" / "state police")
    (
        "Police arrested the suspect near the border on Saturday.",
        "The suspect was arrested by state police near the border on Saturday.",
    ),
]


def links(a: str, b: str) -> list[tuple[str, str]]:
    """The align stage's links between the two one-sentence documents: (kind, deciding rule)."""
    docs = tuple(clean(r) for r in load_texts([a, b]))
    story = Story(docs, segment.split_all(docs))
    return [(k.kind, k.evidence[0].removeprefix("rule:")) for k in align(story).links]


def main() -> None:
    everything = "--all" in sys.argv[1:]
    wrong = 0
    for n, (a, b) in enumerate(PAIRS):
        got = links(a, b)
        cites = any(k in ("quote", "fact") for k, _ in got)
        wrong += cites
        if cites or everything:
            print(f"two facts {n:2d} {'CITES' if cites else 'ok'} {got}\n    {a}\n    {b}")
    lost = 0
    for n, (a, b) in enumerate(SAME):
        got = links(a, b)
        cites = any(k in ("quote", "fact") for k, _ in got)
        lost += not cites
        if not cites or everything:
            print(f"one fact {n:2d} {'ok' if cites else 'NOT CITED'} {got}\n    {a}\n    {b}")
    print(f"two facts cited: {wrong} of {len(PAIRS)}; one fact not cited: {lost} of {len(SAME)}")


if __name__ == "__main__":
    main()
