"""Invented articles for the clustering and store tests: three stories, a wire copy and a site notice."""

from __future__ import annotations

STORIES: dict[str, list[str]] = {
    "bridge": [
        "The Kessington harbour bridge will stay closed for three more weeks after engineers found "
        "cracks in two of its steel cables, the county transport office said on Tuesday. Commuters "
        "crossing from Marlow Point face a forty-minute detour, and the ferry operator Bluewake added"
        " four extra sailings each morning. Engineers from the firm Halvard and Sons began replacing "
        "the damaged cables on Wednesday and expect the work to finish before the end of the month.",
        "Cracked cables will keep the Kessington harbour bridge shut until the end of the month. "
        "County transport officials said inspectors from Halvard and Sons spotted the damage during a"
        " routine check. Drivers from Marlow Point are being sent on a long detour, while Bluewake "
        "ferries run extra crossings for commuters. Local shop owners near the bridge say trade has "
        "fallen by half since the closure.",
        "Bluewake, the harbour ferry company, is carrying twice its usual number of passengers while "
        "the Kessington bridge remains closed for cable repairs. The company said it had hired extra "
        "crew from Marlow Point. The county expects Halvard and Sons to reopen the bridge once the "
        "new steel cables have been tested under load.",
    ],
    "library": [
        "A fire badly damaged the Ostermoor public library early on Sunday, destroying much of its "
        "rare map collection. Firefighters from three stations fought the blaze for five hours. The "
        "head librarian, Greta Vanholt, said volunteers had rescued about two hundred atlases from "
        "the reading room before the roof collapsed. Investigators believe an electrical fault in the"
        " basement archive started the fire.",
        "Investigators say faulty wiring in a basement archive probably caused the weekend fire at "
        "the Ostermoor library. Librarian Greta Vanholt thanked volunteers who carried rare atlases "
        "out of the burning building. The town council will meet on Thursday to discuss temporary "
        "premises and how to restore the damaged map collection, which dates back to the eighteenth "
        "century.",
        "Ostermoor residents gathered outside the burned library on Monday to offer help. Greta "
        "Vanholt, who runs the library, said the surviving atlases and maps would be dried and "
        "cleaned by conservators. The fire service confirmed that the blaze began in the basement "
        "archive and spread through the roof.",
    ],
    "transfer": [
        "Striker Tomasz Brenneke has joined Falkirk Rovers from Aldmoor United for a club record fee,"
        " both clubs confirmed on Friday. The twenty-four-year-old scored thirty-one goals last "
        "season and signed a four-year contract. Rovers manager Ilse Dorrance said Brenneke was the "
        "forward the team had been missing in its push for promotion.",
        "Falkirk Rovers manager Ilse Dorrance hailed the signing of Tomasz Brenneke as a turning "
        "point for the club. Brenneke, who arrives from Aldmoor United, will wear the number nine "
        "shirt and could make his debut against Corran Athletic next weekend. Aldmoor fans reacted "
        "angrily to the sale of their top scorer to a promotion rival.",
        "Aldmoor United supporters protested outside the stadium after the club sold Tomasz Brenneke "
        "to Falkirk Rovers. The striker, the league's top scorer with thirty-one goals, left for a "
        "record fee. Aldmoor's chairman said the money would be spent on the youth academy and a new "
        "training ground.",
    ],
}

# A wire copy: the first bridge article with an outlet's line added and one word changed.
WIRE_COPY = STORIES["bridge"][0].replace("on Tuesday", "on Tuesday afternoon") + " (Harbour Wire)"
# A site notice: what a scrape gets when the page is a cookie wall (cleans to nothing or to very little).
NOTICE = "Please enable JavaScript to view this page. Enable cookies in your browser settings."

# a site notice the cleaner keeps: a sign-in wall, printed under the stories of two sites
SIGN_IN_WALL = (
    "Welcome back to the Kessington Courier. Please sign in to keep reading our coverage of the harbour. "
    "Already have an account? Sign in with your email address and password below. "
    "Forgot your password? We will send a verification email to the address on your profile. "
    "By continuing you agree to our terms of use and privacy policy."
)
