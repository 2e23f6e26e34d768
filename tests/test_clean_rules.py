"""Every cleaning rule, one by one, on text written for these tests: what it must catch, what it must not.

Whole-paragraph rules are tested on the paragraph alone; rules whose scope depends on position
(lead, tail, block, prefix) are also tested through `clean()` on a small article.
"""

from __future__ import annotations

import pytest

from newsbrief.clean import RULES, clean
from newsbrief.clean.rules import BY_NAME
from newsbrief.model import RawDoc

# rule name -> (paragraphs it must match, paragraphs it must leave alone)
CASES: dict[str, tuple[list[str], list[str]]] = {
    "ie-unsupported": (
        ["IE 10 is not supported. Please use another browser.", "Internet Explorer is no longer supported."],
        ["IE users said support ended years ago, according to the survey."],
    ),
    "browser-outdated": (
        [
            "Your browser is out of date. Update it to see this page properly.",
            "Please upgrade your browser to keep reading.",
            "For the full experience, switch to a modern browser.",
        ],
        ["The browser maker said its new version is faster than ever before."],
    ),
    "javascript-notice": (
        ["Please enable JavaScript to watch this video.", "JavaScript is disabled in your browser."],
        ["The startup rewrote its app in JavaScript last year, engineers said."],
    ),
    "web-archive-notice": (
        ["Our crawler has saved these pages since 1999 and gives them to the Internet Archive for keeping."],
        ["Rescuers had to crawl through the rubble for hours, officials said."],
    ),
    "edition-promo": (
        [
            "Remember, you can buy the digital edition of Example magazine for your tablet or iPhone.",
            "Download the digital edition of Example magazine today.",
            "Run down to your newsagent to pick up this week's Example now.",
        ],
        [
            "The paper's print edition will end in March, its owners said.",
            "Sales of the digital edition rose 4% last year, the publisher said.",
            "Subscribers can still get the print edition on Sundays, the company said.",
            "Readers who want to buy the digital edition will pay $9 a month.",
        ],
    ),
    "crawl-collection-notice": (
        [
            "Focused crawls are collections of frequently-updated webcrawl data from narrow web crawls.",
            "The seed for wide00014 was: - slash pages from every domain on the web.",
            "This is a set of web collections curated by an archivist using the Archive-It service.",
            "Web wide crawl with initial seedlist. What is in the data set: crawl start date: 09 March.",
        ],
        [
            "Traffic slowed to a crawl on the bridge, where web cameras showed long queues.",
            "The seed for the tournament was announced on Monday, organisers said.",
            "OpenAI said the model was trained on public web crawls and licensed data.",
            "The Internet Archive's Wayback Machine holds 800 billion web captures.",
        ],
    ),
    "reprints-notice": (
        ["Example Times Reprints: This copy is for your personal, non-commercial use only."],
        ["The reprint of the 1950 novel sold out within a week."],
    ),
    "page-not-found": (
        ["Sorry, the page you requested was not found.", "Click here to go to the homepage."],
        ["Sorry, the mayor said, the page has turned on that policy."],
    ),
    "tweet-location-notice": (
        ["Add a location to your Tweets", "You can add location information to your Tweets from the web."],
        ["The senator's tweets gave away his location, reporters said."],
    ),
    "spread-the-word-notice": (
        ["Thank you for your interest in spreading the word about our journal."],
        ["Thank you for coming, the mayor told the crowd."],
    ),
    "text-size": (["Text size", "Text Size -"], ["Text messages show the officials knew about the risk."]),
    "video-player-notice": (
        ["Loading...", "This feature is not available right now. Please try again later."],
        ["Loading the ship took three days, the captain said."],
    ),
    "navigation-links": (
        ["Home | World | Sport | Weather"],
        ["The vote was 5 | 4 in favour, officials said."],
    ),
    "comments-label": (
        ["Comments", "12 comments", "Join the conversation"],
        ["Comments by the minister drew criticism from the opposition."],
    ),
    "comment-signup-widget": (
        [
            "This will appear next to all of your comments. This will not appear anywhere on Example.",
            "Create an account or fill in the form: this will appear next to your comments. I am at least 13 "
            "years of age and have read and agree to the terms of use. Already have an account? Log in here",
            "I am at least 16 years old and agree to the terms of service.",
        ],
        [
            "Readers' comments will appear next to the article once an editor has approved them.",
            "The new feature will appear next to all comments posted after March, the company said.",
            "My name will not appear anywhere on the ballot, the candidate told reporters.",
            "I am at least 13 years older than my brother, she said, and we agree on nothing.",
            "Users must confirm they are at least 13 years of age and agree to the terms, the lawsuit says.",
        ],
    ),
    "wire-credits": (
        [
            "(Reporting by Jane Roe; Editing by John Doe)",
            "Contributing: Ann Lee and Tom Ray",
            "Information from: The Example Gazette",
        ],
        ["(The vote was delayed twice.)", "Reporting the crime took courage, she said."],
    ),
    "review-credits": (
        [
            "Drama. Starring Jane Roe and Jon Tallis. Directed by Ann Lee. (R. 104 minutes.)",
            "Starring Jane Roe. Directed by Ann Lee.",
            "(PG-13, 98 minutes)",
        ],
        [
            "Starring Jane Roe, the film was directed by Ann Lee in Harwick.",
            "The film runs 104 minutes (R. Tallis, the producer, said so).",
            # review33b: a rating at the end of the review's own last paragraph keeps the paragraph
            "The film runs long, but the last hour is a joy, and the two leads have never been better. "
            "(R. 104 minutes.)",
        ],
    ),
    "contributed-line": (
        ["Staff writer Ann Lee contributed to this report."],
        ["Residents contributed to the fund for the report's authors."],
    ),
    "reported-from": (
        ["Lee reported from Lisbon, Portugal."],
        ["The agency reported from its own sources that the dam had failed."],
    ),
    "editor-note": (
        [
            "Editor's note: This story has been updated.",
            "Correction: An earlier version misspelled the mayor's name.",
            "(This story has been updated with new figures.)",
            "This article was amended on 3 May to correct a date.",
        ],
        ["The editor noted that the story had changed little."],
    ),
    "contact-info": (
        [
            "jroe@example.com",
            "To reach the reporter, email jroe@example.com.",
            "Have a tip? Send it to us.",
            "Write to Jane Roe at jane.roe@example.com",
        ],
        ["Police asked anyone with information to call the station."],
    ),
    "tip-request": (
        [
            "If you have ever witnessed a ferry accident, we'd like to hear from you. Send us a secure tip "
            "using the instructions at tips.example.com.",
            "Send us your news tips.",
        ],
        [
            '"If you saw the crash, we\'d like to hear from you," the harbour police said.',
            "The council said it would like to hear from residents before the vote.",
            "Residents can send us their questions about the ferry timetable.",
            # review33b: an appeal reported with another verb
            "Anyone who saw the crash should call the station. We would like to hear from you, the harbour "
            "chief wrote on Facebook.",
        ],
    ),
    "phone-list": (
        ["* 0800 800 812 for calls from within the country", "* +33 1 57 02 10 55, for calls from abroad."],
        [
            "* 1,600 people called the hotline on Monday.",
            "* 2005 was the worst year for floods since 1998.",
            # session 28 review N9: a range of years opening a bulleted line is no hotline
            "* 1994 - 1998: Jon Tallis served as mayor of Harwick.",
            "* 2008-2012 Tallis was mayor",
            "* 2008–12: deputy mayor of Harwick",
        ],
    ),
    "copyright": (
        ["© 2023 Example Media. All rights reserved.", "Copyright 2021 Example TV"],
        ["The band won a copyright case against the label last year, according to court papers."],
    ),
    "advertisement-label": (
        ["Advertisement", "ADVERTISEMENT", "Advertisement Continue reading the main story"],
        ["Advertisement revenue fell 8 percent in the quarter."],
    ),
    "story-continues": (
        ["Story continues below advertisement", "Article continues after this ad", "Continue reading"],
        ["The story continues a long tradition of satire."],
    ),
    "sponsored-label": (
        ["Sponsored", "Sponsored Content", "Paid Content", "Promoted Stories"],
        ["Sponsored by the city, the race drew 4,000 runners."],
    ),
    "recommendation-vendor": (
        ["Sponsored Links by Taboola", "Recommended by Outbrain"],
        ["Outbrain reported revenue of one billion dollars last year, its annual filing said."],
    ),
    "widget-heading": (
        ["Trending Now", "More from Example News", "You May Also Like", "Most Popular", "Latest Headlines"],
        ["More from the speech is expected on Friday.", "Trending topics worry the regulator, she said."],
    ),
    "related-heading": (
        ["Read more:", "Related stories", "See also"],
        ["Read more about the plan in the council's report."],
    ),
    "related-link": (
        [
            "Related: City plans new bus lanes",
            "[Related: Ten bridges to visit]",
            "PHOTOS: The storm in pictures",
            "Read more from our transport desk",
            "Visit the city's website for more information.",
        ],
        ["More than 300 people attended the meeting.", "Watch out for ice on the roads, police said."],
    ),
    "bracketed-link": (
        ["[Watch the full interview with the mayor]"],
        ["The mayor [then] left the building."],
    ),
    "parenthesised-link": (
        ["(Full coverage of the election)"],
        ["(The mayor declined to comment on the plan, which was published on Monday.)"],
    ),
    "click-here": (
        ["Click here to see the full list."],
        ["Residents can click through the plans online, officials said."],
    ),
    "more-news-banner": (
        ["Get more news Live on Example TV Now", "Get the latest from Example Daily"],
        ["They get more news from radio than from television, the survey found."],
    ),
    "follow-topic": (
        ["Interested in Climate? Add Climate as an interest to stay up to date."],
        ["Interested in buying? Ask the owner, she said."],
    ),
    "watch-live": (
        ["Watch live", "Join it LIVE here!", "Live updates"],
        ["Watch live music at the park on Sunday, organisers said."],
    ),
    "app-promo": (
        ["Download the Example News app for breaking alerts"],
        ["Download speeds doubled after the upgrade, the company said."],
    ),
    "podcast-promo": (
        ["Subscribe to our daily podcast on your favourite app."],
        ["The host of the podcast said he would return next week."],
    ),
    "stay-with-us": (
        ["Stay with Example7 News for more on this developing story."],
        ["Watch the river for signs of flooding, officials told residents."],
    ),
    "breaking-news-alerts": (
        ["Breaking News Emails", "Never miss a story. Sign up today.", "On a mobile device? Tap to watch."],
        ["Breaking news about the merger came late on Friday, the company said."],
    ),
    "share-glyph-caption": (
        ["✉ Jane Roe led a study of ferry fares.", "\uf610 Jane Roe at the ferry. / Jo Doe"],
        ["Jane Roe ✉ led a study.", "The ferry runs daily."],
    ),
    "newsletter-signup": (
        ["Sign up for our morning newsletter", "Thanks for subscribing!", "Subscribe now"],
        ["More than 1,000 people signed up for the course, which starts in May."],
    ),
    "signup-form": (
        ["Invalid email address. Please try again.", "By signing up, you agree to our terms."],
        ["The court ruled that the email was invalid evidence."],
    ),
    "account-form": (
        [
            "Just one more thing... We have sent you a verification email. Please check your email and click"
            " on the link to activate your profile.",
            "By submitting your registration information, you agree to our terms of service.",
            "We've sent a confirmation email to { * data_emailaddress * }.",
        ],
        [
            "The bank said it had sent customers a letter, and the fraudsters sent a fake one.",
            "Police said the scam email asked people to click a link and enter their passwords.",
            # a form quoted or reported, not the form itself (session 31 review M2)
            '"We have sent a verification email to each customer we know of," a lender\'s spokesman said.',
            "The fake text asked readers to click the link to verify your account, police told reporters.",
            "“We have sent you a confirmation email,” the message read, but none had been sent.",
        ],
    ),
    "share-buttons": (
        ["Share", "Facebook Twitter Email", "Share Tweet 120 shares", "|"],
        ["Share prices rose 4 percent on Monday."],
    ),
    "share-this": (
        [
            "Share this article",
            "Read or Share this story: https://example.com/x",
            "Email this to a friend",
            "Like this: Like Loading...",
        ],
        ["Share this with the committee, the chairman told his aides."],
    ),
    "follow-us": (
        [
            "Follow us on Twitter and Facebook",
            "Follow Jane Roe on Twitter: @janeroe",
            "For the latest news, follow @examplenews",
        ],
        [
            "Follow-up talks on Twitter's sale are set for June, sources said.",
            "Follow the money, critics say.",
        ],
    ),
    "video-player": (
        [
            "EMBED More News Videos Firefighters battle a blaze downtown.",
            "JUST WATCHED Storm hits coast Replay More Videos",
            "CLOSE A look at the new bridge design.",
            "1 of 12 Full Screen Autoplay Close Skip Ad",
        ],
        ["Close to 500 homes lost power, the utility said.", "CLOSE to the border, troops massed."],
    ),
    "gallery-caption": (
        ["1 of 8. Firefighters work at the scene on Monday."],
        ["One of the eight firefighters was injured, officials said.", "3 of the 5 victims were children."],
    ),
    "map-caption": (
        [
            "A map indicating the intensity of the earthquake in the two provinces, made by the survey",
            "Map showing the strength of the quake, redder areas harder hit. The star marks the epicentre.",
            "The intended route of Flight 101.",
            "Projected path of Hurricane Dana.",
        ],
        [
            "A map released by the army shows the rebels control the north.",
            "A map of the area shows the river rising past the bridge.",
            "The route of the march was changed on Monday after talks with the police.",
            "The intended route of the pipeline crosses three rivers and a national park.",
        ],
    ),
    "file-photo-caption": (
        [
            "FILE - In this June 3, 2019, file photo, the mayor speaks to reporters.",
            "In this undated photo provided by the family, a girl smiles.",
            "This image provided by the police shows the suspect's car.",
        ],
        ["In this city, photos of the mayor hang in every office."],
    ),
    "studio-credit-caption": (
        [
            "Universal Pictures Jane Roe as 'The Ferryman.'",
            "Example Bros. Pictures Jane Roe plays Dana Whitcombe in 'Harwick's Day.'",
            "Harbour Films Jane Roe and Tom Fell in “The Bridge.”",
        ],
        [
            "Universal Pictures chief Jane Roe called the film 'a triumph.'",
            "Universal Pictures Jane Roe as 'The Ferryman' opens in June.",
            "Pictures of Jane Roe as 'The Ferryman.'",
        ],
    ),
    "photo-label": (
        [
            "Photo: Jane Roe/Example Agency",
            "Image caption The bridge was built in 1932",
            "toggle caption Jane Roe/Example Radio",
            "Enlarge this image",
            "Photo",
        ],
        ["Photographers gathered outside the court on Tuesday."],
    ),
    "credit-parenthesis": (
        [
            "The mayor waves to supporters on Tuesday. (Jane Roe/Example Agency)",
            "Rescue workers search the site (Photo: Example Wire)",
        ],
        ["The council approved the plan (by a vote of 7 to 2).", "Sales rose in the first half (see chart)."],
    ),
    "credit-suffix": (
        [
            "A view of the harbour at dusk. Photograph: Jane Roe/Example",
            "Crowds gather at the square | Getty",
        ],
        ["The photo: a blurred image that proved nothing, the judge said."],
    ),
    "agency-credit": (
        [
            "Getty Images",
            "AFP/Getty Images",
            "Courtesy of the Roe family",
            "Source: National Weather Service",
        ],
        ["Sources said the deal was close."],
    ),
    "name-slash-credit": (
        ["Jane Roe/Example Agency", "John Doe / Example Wire"],
        ["Either/or choices are rare, he said."],
    ),
    "byline": (
        [
            "By Jane Roe",
            "By Jane Roe and John Doe",
            "/ Updated By Jane Roe",
            "By Jane Roe, Staff • May 1, 2020",
        ],
        ["By Monday, the river had risen two metres.", "By then it was too late."],
    ),
    "sign-off": (["-- Jane Roe", "— Jane Roe and John Doe in Lisbon"], ["-- and then the lights went out."]),
    "lone-dateline": (
        ["LISBON —", "SPRINGFIELD, Ill. -", "CAIRO |"],
        ["NASA said the launch would go ahead."],
    ),
    "date-line": (
        ["Published on May 3, 2019", "Monday, June 8, 2015", "Updated: March 4, 2024 6:15 pm", "2005/01/08"],
        ["May 3, 2019 was the wettest day on record."],
    ),
    "timestamp": (
        ["10:20 p.m.", "Updated 9:15 am EDT"],
        ["10:20 p.m. was when the alarm sounded, police said."],
    ),
    "embedded-tweet": (
        [
            "This is a great day for our town — Jane Roe (@janeroe) May 3, 2019",
            "What a view pic.twitter.com/AbC123",
        ],
        ["The mayor wrote on Twitter that the bridge would reopen soon."],
    ),
    "separator": (["***", "___", "* * *", "•"], ["A"]),
    "story-highlights": (
        ["Story highlights The bridge will close for eight months"],
        ["The story highlights the risks of old bridges."],
    ),
    "section-label": (["Analysis", "Opinion:", "Exclusive"], ["Analysis of the data took three years."]),
    "all-caps-kicker": (["TRAFFIC & TRANSIT", "WORLD NEWS"], ["Traffic & Transit"]),
    "author-bio": (
        ["Jane Roe is a senior fellow at the Example Institute. Twitter: @janeroe"],
        ["The mayor is expected to sign the bill on Friday."],
    ),
    "source-note": (
        ["Source: Example Journal of Medicine, May 2020", "References"],
        ["Sources close to him agreed."],
    ),
    "trailing-fragment": (["Related Topics", "Polls closed at"], ["He left.", "It was over, she said."]),
    "date-prefix": (
        [
            "Tuesday, January 18, 2005Through a telethon, the town raised money for the victims.",
            "Saturday, March 26, 2005 Up to four times as many women as men died in the flood.",
        ],
        [
            "Monday, March 2, 2009 was the day the mill closed for good.",
            "January 18, 2005 Through a telethon, the town raised money.",
            "Tuesday, the council voted to close the bridge.",
        ],
    ),
    "orphan-dash-prefix": (
        [
            "— a harbour pilot is charged with sinking the ferry he was steering on monday.",
            "-- the council voted on monday to close the bridge for repairs.",
        ],
        [
            "— The council voted on Monday to close the bridge.",
            "The council — and the mayor — voted to close the bridge.",
        ],
    ),
    "video-notice-prefix": (
        [
            "Please enable javascript to watch this video harbourtown -- the ferry runs again from Monday.",
            "Enable javascript to view this video the council voted on Monday to close the bridge.",
        ],
        [
            "Please enable javascript to watch this video.",
            "The mayor asked readers to enable javascript to watch this video of the bridge, she said.",
        ],
    ),
    "share-bar-prefix": (
        [
            "Ann lee publisher, harbournews.com thursday 3rd may 2019 share this article share companies in "
            "this article harbour ferries harbour ferries is to run a free ferry across the harbour.",
            "Share this article facebook twitter linkedin email the mayor was mum on the bridge's future.",
        ],
        [
            "Readers were asked to share this article with their friends, the mayor said on Monday.",
            "Share this article if you agree that the bridge should reopen.",
            "Share article facebook email you are free to share this article under the harbour licence.",
            "The council met. Residents were asked to share this article on the harbour ferry.",
        ],
    ),
    "comment-prompt-prefix": (
        [
            "Ferry service returns or leave a comment of your own see what other readers have to say about "
            "this story – the ferry will run again from Monday.",
            "Leave a comment of your own and see what other readers are saying. The council met on Monday.",
        ],
        [
            "Readers were asked to leave a comment of their own on the council's website, the mayor said.",
            "See what other readers have to say, the editor wrote, before the comments closed on Monday.",
        ],
    ),
    "dateline-prefix": (
        [
            "LISBON (Reuters) - The central bank raised rates.",
            "SPRINGFIELD, Ill. — The council voted on Monday.",
            "Lisbon (CNN) -- The central bank raised rates.",
            "CAIRO—The minister resigned on Tuesday.",
            "LIMA, Dec 1 (Reuters) - Peru's president spoke.",
        ],
        [
            "NASA said on Monday that the launch was delayed.",
            "The U.S. — and its allies — disagreed.",
            "COVID-19 deaths in the county rose to 210 on Monday.",
            "I-95 was closed for six hours.",
            "SARS-CoV-2 spreads in the air, the study found.",
        ],
    ),
    "wire-dateline": (
        [
            "OSLO &UR; &LR; _ The parliament voted on Friday.",
            "ELM CITY, N.D. (KXYZ/KABC) — A driver was hurt.",
            "LISBON (AP) _ ``We will not resign,'' the minister said.",
            "Lisbon (CNN) The central bank raised rates.",
            "BERGEN, Jan. 5 (Xinhua) -- The port reopened.",
        ],
        [
            "NASA said on Monday that the launch was delayed.",
            "The U.S. — and its allies — disagreed.",
            "Rates rose (again) in Lisbon on Monday.",
            "LISBON (AP) _ the lower-case start is not a body sentence.",
            "COVID-19 deaths in the county rose to 210 on Monday.",
        ],
    ),
    "gallery-widget": (
        [
            "Seen on the show. Image 1 of / 47 Caption Close Woman seen on TV 1 / 47 Back to Gallery",
            "Image 3 of 12 Caption The bridge at night.",
        ],
        ["The gallery reopened on Monday, and visitors went back to see the paintings."],
    ),
    "subhead": (
        ["'Devilish desires'", "The aftermath", "Anthony Example", "What comes next"],
        ["The vote was close.", "It was over, she said.", "Officials said:", "12"],
    ),
    "question-subhead": (
        ["What is the deadly VX nerve agent?", "WHAT IS PERJURY?", "Q. Why did the council delay the vote?"],
        ['"Why would anyone do that?" she asked.', "The council met on Monday?!", "He asked why?"],
    ),
    "list-number": (["1.", "12", "No. 3", "#4"], ["1. The first reason is cost.", "2019"]),
    "info-box-line": (["> Occupation: Communications Director"], ["Occupation: the council met at noon."]),
    "parenthetical-promo": (
        [
            "The novel sold well. (See the top 10 fiction books of 2009.)",
            "(Read a book review of the novel.)",
            "The film opens Friday (Watch the trailer here) in most cities.",
        ],
        ["The vote (see below) was close.", "The minister (Read was her maiden name) spoke."],
    ),
    "reprints-inline": (
        [
            "Harbour Gazette Reprints: This copy is for your personal, non-commercial use only. To order "
            "presentation-ready copies for your team, use the order tool or visit www.gazette-copies.example "
            "the ferry will run from Monday, the council said.",
            "Example Times Reprint: this copy is for your personal non-commercial use only. The ferry runs.",
        ],
        [
            "The ferry is free. Example Times Reprints: this copy is for your personal use only.",
            "The gazette reprints the council's notices for personal use only.",
        ],
    ),
    "published-ago-inline": (
        ["The ferry is free. ( published 4 hours ago ) the mayor said so.", "(Updated 12 minutes ago)"],
        ["The bridge was published 4 hours ago.", "( published 1998 ) the ferry map."],
    ),
    "all-times-inline": (
        [
            "The latest on the bridge ( all times local ): 12: 00 p.m. The mayor says it will close.",
            "The ferry vote (all times EDT): the council met.",
        ],
        ["All times local are shown in the ferry timetable.", "( all times ) the mayor said."],
    ),
    "wire-credit-inline": (
        [
            "Jane waves. ( ap photo/jo roe ) ( associated press ) elm city, del. ( ap ) — a driver.",
            "The page ends here. Elm city, n.m. ( cnn ) -- the mayor spoke on monday.",
            "The vote was close. ( reuters ) - the bank fell.",
        ],
        [
            "The ferry (ap) — runs daily.",
            "The vote was close. He told ( cnn ) — the mayor resigned.",
            "The vote was close. Smith said ( ap ) — the mayor resigned.",
            "The vote was close. Elm city ( ap ) reported the ferry.",
        ],
    ),
    "slideshow-count-inline": (
        [
            "The talks will go on. Slideshow ( 3 images ) the mayor spoke on monday.",
            "Ride services grew. slideshow ( 1 image ) lyft said so.",
        ],
        [
            "The museum's slideshow of 3 images drew crowds.",
            "A slideshow (three photos) opened the show.",
        ],
    ),
    "wire-credit-bare-inline": (
        [
            "The vote was close. ( reuters ) the bank fell, traders said.",
            "Jane waves. ( ap photo/jo roe ) ( ap ) the mayor spoke on monday.",
        ],
        [
            "The vote was close. Elm city ( ap ) reported the ferry.",
            "He told ( cnn ) the mayor resigned.",
            "The vote was close. ( Reuters ) The bank fell.",
        ],
    ),
    "latest-heading-inline": (
        [
            "elm city ( ap ) — the latest on the ferry vote ( all times local ): 2: 44 p.m. The mayor says.",
            "The Latest on the bridge (all times EDT):",
        ],
        ["It is the latest on a list ( of ferry fares ).", "The latest on the ferry is good news."],
    ),
    "signup-inline": (
        [
            "Breaking news emails get breaking news alerts and special reports. The news and stories that "
            "matter, delivered weekday mornings. By jane roe the ferry is late.",
            "Looking for news you can trust? subscribe to our free newsletters. The ferry bill passed.",
            "The ferry is late. Sign up to follow, and we'll e-mail you free updates as they're published.",
            "Be the first to know about new ferry stories from the desk. You're all set!",
            # a long author's name (brief48): "whenever <name> posts new content, you'll get an email"
            "Whenever jo roe &#124; the harbour daily star posts new content, you ' ll get an email.",
            "The vote is near. Whenever jo roe posts new content, you'll get an email delivered to you.",
            "Get the ferry timetable in your inbox: never miss a boat.",
            # a newsletter's blurb past 60 characters after the colon (brief52)
            "The vote is near. Get harbour headlines in your inbox: the ten top ferry stories from the county"
            " and around the coast delivered daily.",
        ],
        [
            "Residents can get breaking news alerts and special reports from the county.",
            "He said readers should subscribe to our newsletters.",
            "Officials said you'll get an email when the ferry is late.",
        ],
    ),
    "follow-box-inline": (
        [
            "Follow harbour-tv: facebook &#124; twitter portsmouth ( htv ) – the ferry sank.",
            "The ferry sank. Follow ferry desk: facebook | twitter | instagram the crew was safe.",
            "The ferry sank. Follow follow ferry fans on facebook the next issue was the fare.",
        ],
        [
            "Follow the vote on facebook, the mayor said.",
            "Follow the ferry: facebook users posted photos.",
        ],
    ),
    "paywall-meter-inline": (
        [
            "The ferry sank. Thank you for reading 5 free articles. The captain was safe.",
            "You can come back at the end of your 30-day period for another 5 free articles, or buy one.",
            "If you are a current 7-day subscriber you are granted an all-access pass to the website.",
            "Please click sign up to subscribe, or login if you are already a member.",
            "Please purchase a subscription to continue reading. The vote is near.",
        ],
        [
            "Thank you for reading the ferry report, the mayor wrote.",
            "Subscribers said the all-access pass cost too much.",
        ],
    ),
    "post-signature-inline": (
        ["The ferry is late again. — jane roe ( @janeroe ) may 24, 2017 the tweet came as the vote neared."],
        ["The mayor — a ferry fan (@x) — spoke on may 2, 2017.", "— jane roe, may 24, 2017"],
    ),
    "citation-number-inline": (
        ["Doctors saw a cluster of ferry cases in children (1).", "Samples went to a lab (3, 4), it said."],
        ["The rule under Section 5 (1).", "It costs (1) money, (2) time and (3) votes.", "The ferry (2)"],
    ),
    "parenthetical-label-promo": (
        [
            "The vote was close. ( photos: key players in the bridge fight ) the council met again.",
            "(WATCH: The mayor on the new ferry)",
            "The ferry is free (Video: a ride across the river). It runs hourly.",
        ],
        [
            "Many callers ( read: trolls ) wrote to the council.",
            "The harbour at dusk. ( photo: jane roe/staff photographer ) buy photo",
            'The jeans ( see: " loose cut " ) sold well.',
            "The mayor will ( watch this space ) speak again.",
        ],
    ),
    "read-more-inline": (
        ["The council voted on Monday. Read more: How the bridge was built"],
        ["Read more books, the librarian said.", "The council voted to read more: the rest later."],
    ),
    "getty-slash-credit-inline": (
        [
            "The mayor spoke at the pier on monday. Jo roe/getty images the ferry will run again.",
            "Jo roe / afp / getty images late in the evening the council met.",
            "-/afp/getty images the real ferry left at noon.",
            "Photo by jo roe/getty images reporters who joined the call said so.",
        ],
        [
            "Jo Roe/Getty Images The ferry will run again.",
            "The mayor thanked getty images for the pictures.",
            "Jo roe/getty images for the fair the ferry left.",
            "The officers stood at the pier on march 18. Jo roe/getty images no further details were given.",
        ],
    ),
    "spaced-ap-credit-inline": (
        [
            'The mayor spoke at the pier in elm city. Jo c roe / ap "i said yes, " the mayor said.',
            "Jo roe / ap the impact was so hard that the pier fell.",
        ],
        [
            "Jo Roe / AP The impact was hard.",
            "The ratio was 3 / ap the rest.",
            'The mayor spoke in elm city. Jo c roe / ap " i said yes, " the mayor said.',
        ],
    ),
    "headline-read-more-inline": (
        [
            "The prize drew 300 names. Harbor islanders to be nominated for a prize read more the head of",
            "Ferry plan: what we know so far read more the council met again on monday.",
            "The bridge will not last &#124; jane roe read more that could make it cheaper.",
            "Jane roe was on duty investigating... Read more jane roe was on duty when he was killed.",
        ],
        [
            "As a writer i encourage people to read more than just the headline.",
            "Children who read more books do better at school.",
            "See the map of the incidents, and read more about the method.",
            "Courtesy roe family read more about the family in this week's issue.",
            "The council voted on Monday. Read more: How the bridge was built",
        ],
    ),
    "reached-at-inline": (
        [
            "Jane Roe can be reached at jroe@example.com.",
            "The ferry runs hourly. He can be reached at jroe@example.com or you can follow him on twitter.",
            "(Dana Whitcombe can be reached at 202-555-0100 or at the e-mail address dana(at)example.com)",
            "The vote was close. Tom fell may be reached at ( 919 ) 555-0100 or tfell@example.edu.",
        ],
        [
            "The coast guard can be reached at 800-555-0100.",  # a number alone: a service, reported
            "Jane Roe can be reached at jroe@example.com on weekdays, the council said.",
            "The ferry can be reached at the pier.",
            "Harwick police can be reached at tips@harwickpd.gov.",  # a public body's address is news
        ],
    ),
    "reach-at-inline": (
        [
            "Reach Jane Roe at 555-010-0199 and on Twitter @jroe.",
            "Contact the reporter at 555-010-0199.",
            "The vote was close. Email him at jroe@example.com or follow him on twitter.",
            "Write to Jane Roe at jroe@example.com",
            "The ferry is late. Reach him at 724-555-0101, jroe@example.com or via twitter @jroe.",
        ],
        [
            "Contact Detective Dana Whitcombe at 555-010-0199.",  # a police appeal
            "Crews could not reach the ferry at the pier.",
            "Email us at news@example.com with your photos of the flood.",
            "Contact Harwick police at tips@harwickpd.gov.",  # an appeal by e-mail (review35 S7)
            "The office is shut. Email the county clerk at clerk@harwick.gov.",
        ],
    ),
    "to-contact-inline": (
        [
            "To contact the reporter on this story: Jane Roe in London at jroe@example.net To contact the "
            "editor responsible for this story: Tom Fell at tfell@example.net",
        ],
        ["To contact the reporter on this story, call the desk.", "They wanted to contact the editor."],
    ),
    "name-contact-inline": (
        ["The ferry is late, Roe said. Jane Roe: 206-555-0100 or jroe@example.com. On Twitter @jroe."],
        ["Hours: 9-5 or by appointment.", "Jane Roe: the ferry is late."],
    ),
    "reuters-contact-tag": (
        [
            "(Reporting by Jane Roe; Editing by Tom Fell) ((jane.roe@example.com; +44 20 7555 0100; Example "
            "Messaging: jane.roe.example.com@example.net))"
        ],
        ["The ferry (see the timetable (page 3)) runs hourly.", "Write to (( jroe )) at the desk."],
    ),
    "follow-handle-inline": (
        [
            "The council voted. Follow her on twitter @jroe.",
            "- follow the ticker on twitter: @harwickticker the council met again.",
            "The vote was close. Follow @harwickticker follow @jroecnn the ferry is late.",
            "The vote was close. Follow @harwicktickerfollow @jroecnn the ferry is late.",
        ],
        [
            "Follow @harwickferry for updates on the timetable.",  # its end unsure
            "Fans follow @jroe on twitter, instagram and tiktok.",
            "Many follow the ticker closely.",
        ],
    ),
    "transcript-direction": (
        ["(LAUGHTER)", "We won. (APPLAUSE) Thank you.", "(BEGIN VIDEO CLIP)", "(COMMERCIAL BREAK)"],
        ["The crowd laughed (loudly) at the joke.", "(Laughter is good for you, she said.)"],
    ),
    "labelled-credit-inline": (
        [
            "The ferry docked. ( photo by jo roe/invision/ap ) ( associated press ) the crew was safe.",
            "( photo courtesy of jo roe ) the driver said he saw the ferry.",
            "It rained. ( image credit: jo roe ) considering the storm, the ferry stayed.",
            "The pier. (Photo by Jo Roe/Getty Images) The crew was safe.",
        ],
        [
            "The ferry (a photo of it hangs in the hall) was old.",
            "He took the picture (by hand, he said) at noon.",
            "The photo by jo roe won a prize.",
        ],
    ),
    "full-size-image-inline": (
        [
            "Dogs bond with us. Credit: jo roe view full size image when people call their dogs, they smile.",
            "Fracking is used here. View full size image jo roe is an analyst.",
            "Credit: jo roe/shutterstock.com view full size image about three-quarters of parents agree.",
        ],
        [
            "Credit: jo roe the ferry is late.",
            "You can view the full size image on the site, the mayor said.",
        ],
    ),
    "credit-label-inline": (
        [
            "The ferry docked. Credit jo roe for the new york times the inquiry began in may.",
            "Credit ann lee/getty images by friday the ferry was back.",
            "The pier. Credit harbour news, via associated press the crew was safe.",
            "A wreck. Credit jo roe/reuters it was a long night.",
            "The pier. Photo by jo roe/afp/getty images the crew was safe.",
            "The pier. Photo credit: jo roe/pa masked fans stood outside.",
            "Photo by jo roe/shutterstock gulls, above all, love ferries.",
            "The pier. Photo credit: jo roe / ap the crew was safe.",
            "The pier. Image credit: jo roe/abc news headline after headline called it a wreck.",
            "The pier. Photo by jo roe/upi &#124; license photo fans laid flowers.",
        ],
        [
            'The ferry docked. Credit jo roe "the vote is near," the statement said.',
            "Credit suisse said it would sell the ferry line, according to reuters.",
            "Fans credit the eyesight of the captain, who saw the rocks.",
            "Credit card use rose, the associated press said.",
            "Photo by photo, the ferry's story was told by the associated press.",
            "The pier. Photo by jo roe the crew was safe.",
            "The pier. Photo by jo roe/apple the crew was safe.",
        ],
    ),
    "agency-slash-credit-inline": (
        [
            "The ferry docked. Jo roe/wireimage the crew waved from the deck.",
            "Ann lee/invision/ap the captain was safe.",
            "Jo roe/bloomberg news before the vote, the ferry was sold.",
            'The pier. Jo roe/wireimage via getty images "we are safe," she wrote.',
            "The gulls flew. Ann lee/wireimage ann lee/wireimage the pier was busy.",
        ],
        [
            "Jo Roe/WireImage The crew waved from the deck.",
            "The ferry docked. Jo roe/wireimage.",
            "Fans of the ferry/rail link said it was late.",
        ],
    ),
    "labelled-getty-credit-inline": (
        [
            "The mayor is doing well, a source tells the daily credit: jo roe/getty images slowly better.",
            "Credit: jo roe / getty images as the harbour chief exits, the paper asks who is next.",
            "The mayor and the harbour chief credit: jo roe/wpa pool/getty images they ' ll sail again!",
            "The ferry credit: jo roe/nbc/nbcu photo bank via getty images the crew will sail.",
            "Well done. Credit: jo roe/wireimage; ann lee/getty images the ferry left.",
        ],
        [
            "The council gave credit: the getty images deal paid for the pier.",
            "Credit: Jo Roe/Getty Images The ferry left.",
            "The ferry left. Credit to jo roe/getty images for the pictures.",
        ],
    ),
    "labelled-agency-credit-inline": (
        [
            "Photographer: jo roe/bloomberg photographer: jo roe/bloomberg as ferries go, it was late.",
            "The pier at dusk. Photo: jo roe/bloomberg news harbour — the council met.",
            "The ferry sailed. Credit: jo roe/wireimage.com; ann lee/filmmagic gulls followed it.",
            "( photo: jo roe/shutterstock ) you may have seen the ferry.",
            "The wharf photographer: ann paul lee/bloomberg the crew was safe.",
        ],
        [
            "Photo: jo roe the crew was safe.",
            "The source: the ferry/rail link was late.",
            "Photo: Jo Roe/Bloomberg The crew was safe.",
            "Credit: the ferry's owner/operator paid the crew.",
        ],
    ),
    "tv-promo-inline": (
        [
            "It sank. Watch jo roe in an interview set to air tuesday at 10 p.m. Et. the crew was safe.",
            "Watch the harbour town hall on thursday at 8 p.m. Et he was introduced by the mayor.",
            'It sank. Watch the full story tonight on " harbour " at 11: 35 p.m. Et on tuesday, she said.',
            "It sank. Watch the ferry debate at 9 p.m. Et tuesday on cnn tv and follow online at cnn.com.",
            "It sank. watch jo roe's profile of the captain on sunday, june 2 at 7 p.m. Et/pt.",
        ],
        [
            "Watch: ferry sinks off the pier as the crew swims at 10 p.m. Et.",
            "Fans gathered to watch the ferry race, which began at 10 a.m. Et, from the pier.",
            "Watch the ferry closely, the captain said at 10 p.m. on tuesday.",
        ],
    ),
    "bracketed-label-promo": (
        [
            "The wreck was found. [ in photos: the harbour's sunken ferries ] divers reached it on monday.",
            "The ferry sank. [Related: Ten ferries lost at sea] The crew was safe.",
            "[ nov. 23, 2015: fact checking a claim about the ferry ] the inquiry into the sinking began.",
            "It glowed. [ gallery: harbour lights from space ] the lights shine brighter.",
        ],
        [
            "The mayor said [ the ferry ] was late.",
            "[ update: the ferry was found on monday ] divers reached it.",
            "The captain [who was 54] said: no.",
            "He wrote [sic] that the ferry was safe.",
        ],
    ),
    "reporter-marker-inline": (
        [
            "Reporter: the ferry left at noon.",
            "The pier was busy. Reporter: crews worked all night.",
            "( horn sounding ) reporter: the ferry is late.",
            "Was it safe? reporter: nobody knows yet.",
        ],
        [
            "Asked by the harbour reporter: no comment.",
            "He told a reporter: the ferry is safe.",
            "Her reporter: a name, said the editor.",
        ],
    ),
    "anchor-handoff-inline": (
        [
            "Jo roe is joining us live at the ferry terminal with the latest information.",
            "The ferry sank. Channel 9's jo roe joins us now with the story.",
            "The crash shut the road. Jo roe is joining us tonight.",
            "Jo roe joins us live from the harbour.",
        ],
        [
            "The governor joins us in opposing the ferry cuts.",
            "Jo roe joins us live in portsmouth, where divers searched the wreck.",
            "Thanks for joining us live tonight.",
            "She is back and joining us live at the desk, the anchor said.",
        ],
    ),
    "q-marker": (["Q. What are the next steps?", "Q: Why now?"], ["Q&A with the mayor", "Qatar won."]),
    "a-marker": (["A. The House voted on Sunday.", "A: Yes."], ["A man was hurt.", "Ask the mayor."]),
    "photo-widget-inline": (
        [
            "Buy Photo Workers cover the sign. (Photo: Jane Roe / The Daily)",
            "Story Highlights The hall opened.",
            "Jane Roe/AP Wait 1 second to continue.",
        ],
        [
            "She did not buy photos of the hall.",
            "The story highlights the risks.",
            "Drivers had to wait 10 seconds to continue through the gate.",
        ],
    ),
    "story-continues-inline": (
        [
            'The ferry will be free. Story continued below "We had no choice," the mayor said.',
            "Tolls will rise. Article continues after this ad The council voted.",
            "The bridge is old (story continues below) and cracked.",
        ],
        [
            "The story continues below the surface of the harbour, engineers said.",
            "Article continues after the vote were dropped by the council.",
        ],
    ),
    "video-player-inline": (
        [
            "The interactive transcript could not be loaded. Rating is available when the video has been "
            "rented. This feature is not available right now. Please try again later.",
            "Published on Mar 3, 2016 Jon Tallis sings at the Harwick fair. Rating is available when the "
            "video has been rented. This feature is not available right now.",
        ],
        [
            "The council said the feature is not available to residents of Harwick.",
            "Please try again later, the clerk told Dana Whitcombe.",
        ],
    ),
    "video-share-bar-inline": (
        [
            "Facebook twitter google plus embed 1: 03 the mayor says the bridge will stay shut.",
            "The ferry is free. facebook twitter embed 12:40 The council voted on Monday.",
        ],
        [
            "Facebook twitter pinterest the old bridge seen from the harbour before it closed.",
            "Twitter embed codes 1: 03 are easy to copy, the clerk said.",
            "The council will embed 2: 30 minutes of video on its Facebook page.",
        ],
    ),
    "quoted-caption-inline": (
        [
            'Media playback is unsupported on your device media caption the mayor of harwick: " we will not '
            'close the bridge. Never. " the council has voted to keep the old bridge open.',
            'The ferry is free. Media caption dana whitcombe, at the pier: " it is a dark day " she said the '
            "vote was close.",
        ],
        [
            "Media playback is unsupported on your device media caption aerial footage of the crowds heavy "
            "snow has closed the bridge.",
            'The mayor said: " we will not close the bridge. " officials agreed.',
            'Media caption the mayor: " we will not close it "',
            'The ferry is free, the media caption reads: " free for all " and the council agreed.',
        ],
    ),
    "doubled-credit-inline": (
        [
            "Enlarge this image toggle caption jane roe/harwick news jane roe/harwick news the council voted "
            "on monday to keep the bridge open.",
            'The ferry is free. I itoggle caption jane roe/ap jane roe/ap " we had no choice, " she says.',
            "Bridge stays open enlarge this image toggle caption jane roe/ap jane roe/ap the council voted.",
            "Enlarge this image toggle caption jo roe/ap jo roe/ap updated at 7: 10 p.m. Et the vote passed.",
        ],
        [
            "Enlarge this image toggle caption jane roe/ap the council voted on monday.",
            "The ferry is free. The council, enlarge this image toggle caption jo roe/ap jo roe/ap the vote.",
        ],
    ),
    "graphic-label-inline": (
        [
            'Interactive: bridge tracker interactive: ferry game " free is great for a summer. It costs '
            'us a lot, " the mayor said.',
            'The ferry is free. Map: the river crossings " we had no choice. None, " she said.',
        ],
        [
            "Map: bridges closed in the county since 2010 a truck crosses the old bridge.",
            'Map: the new crossing "We are ready," the mayor said.',
            'The chart: a " steep " fall in fares. It was drawn by the council.',
            'Map: ferry routes however, in a statement, the mayor stressed that " it is too early. "',
        ],
    ),
    "timestamp-prefix": (
        [
            "Updated 6: 07 p.m. Et the mayor says the bridge will stay open for ten years.",
            "Posted: 5: 15 pm pdt november 2, 2011 the ferry will be free from Monday.",
            "Updated 7: 33 p.m. | posted 11: 26 a.m. The council voted to keep the bridge.",
        ],
        [
            "Updated figures released at 6: 07 p.m. show the bridge is safe.",
            "Posted 5 times, the letter never reached the council.",
            "Updated 6: 07 the mayor says the bridge will stay open.",
            "Posted at 9:30 a.m. on the school door, the notice said the bridge would close for a week.",
            "Updated at 6: 15 p.m. in the town hall, the council voted to keep the ferry.",
        ],
    ),
    "agency-prefix": (
        ["(CNN) The storm made landfall on Monday.", "(Reuters Health) - A new study finds more cases."],
        ["(Warning: graphic content) The video shows the crash."],
    ),
    "share-link-prefix": (
        [
            "Share copy link the harbour bridge will close for eight months, the council said.",
            "Share tweet share send link when the ferry sank, the mayor closed the harbour.",
            "Share print share his deputy closed the bridge on Monday.",
        ],
        [
            "Share prices fell after the harbour bridge closed.",  # a sentence's own "Share"
            "Share copy link",  # the bar alone: nothing after it to keep (a line rule's)
        ],
    ),
    "ago-stamp-prefix": (
        ["106 days ago ( cnn ) – seeking to end the confusion, the party named the winner."],
        [
            "106 days ago the ferry sank ( cnn ) – reports said.",  # no credit right after the stamp
            "Two days ago ( cnn ) – the party met.",  # no digits: a sentence's words
        ],
    ),
    "spaced-wire-prefix": (
        [
            "New york -- ( business wire ) -- following a vote, the harbour bank said it would merge.",
            "Elm city, del., may 13, 2015 / prnewswire/ -- as ferry fares rise, the company said ...",
            "Tuesday, feb. 24, 2015 ( healthday news ) -- two-thirds of smokers die of the habit.",
            "Thursday, oct. 3 ( healthday news ) -- cats may hold a key to a vaccine.",
        ],
        [
            "He told ( business wire ) -- the vote was close.",  # a subject and its verb
            "New york -- ( business wire ) -- The harbour bank said so.",  # a cased lead: not this rule's
            "Lisbon ( warning ) -- the video shows the crash.",  # no wire named
            "The ferry company sent its notice to ( business wire ) on monday.",
        ],
    ),
    "spaced-agency-prefix": (
        [
            "( reuters ) - the harbour bank lost a fifth of its value on monday.",
            "Lisbon ( cnn ) the mayor said the bridge would close.",
            "Elm city, del. ( ap ) — a driver was hurt on the bridge.",
            "The hague ( afp ) - a court ruled on the ferry fares.",
            "elm city ( cnn ) the mayor said so.",  # lower-case after a caption the engine cut
        ],
        [
            "( warning: graphic content ) the video shows the crash.",
            "The ferry (ap) runs daily.",
            "Officials said on monday that ( ap ) reporters were barred.",
            "He told ( cnn ) that the vote on the ferry was close.",  # review36: a subject and its verb
            "he told ( cnn ) that the vote on the ferry was close.",
            "Smith said ( ap ) — the mayor resigned over the ferry.",
        ],
    ),
    "published-on-prefix": (
        [
            "Published on mar 1, 2015 the ferry ran aground off the harbour wall on sunday.",
            "Published on Nov 6, 2017 Watch the ferry run aground.",
        ],
        [
            "Published on monday, the report found the ferry unsafe.",
            "The report, published on mar 1, 2015, found the ferry unsafe.",
        ],
    ),
    "video-length-prefix": (
        ["Video ( 02: 37 ): the ferry ran aground off the harbour wall on sunday."],
        [
            "Video of the ferry ( 02: 37 ) was shown to the council.",
            "Video ( 02: 37 ) the ferry ran aground.",
            "The video ( 02: 37 ): the ferry ran aground.",
        ],
    ),
    "close-video-box-prefix": (
        [
            "Close the ferry ran aground off the harbour wall on sunday. Usa today the ferry at its berth in"
            " june. ( photo: jane roe, ap ) the council voted on monday to double ferry fares.",
            # the video's source and a handle between, a credit with a slash
            "Close skip in skip x embed x share the ferry is stuck. Jo roe ( @joroe ) has the story. Buzz60 a"
            " tug nears the ferry. ( photo: jane roe/daily ) the council voted on monday.",
        ],
        [
            "Close to 40 people were on the ferry. ( photo: jane roe, ap ) the council voted on monday.",
            "Close the ferry ran aground on sunday. Usa today the ferry at its berth. The council voted.",
            "The ferry came close. ( photo: jane roe, ap ) the council voted on monday.",
        ],
    ),
    "credit-caption-prefix": (
        [
            "Jo roe from ohio is celebrating during the festival on saturday. ( jane roe, the denver post )"
            " security officers peered across the park as crowds began to grow.",
            "The council meets on monday. Jo roe waves. ( photo: jane roe, ap ) the council voted on monday.",
            "Mayor jo roe speaks in elm city on june 2. ( jane roe/reuters ) the council voted on monday.",
        ],
        [
            "Buy photo jo roe waves. ( photo: jane roe/staff photographer ) buy photo the council voted.",
            "The council voted. ( associated press ) the mayor said the ferry would run again.",
            "The council voted. ( cnn ) the mayor said the ferry would run again.",
            "The council voted. ( photo: jane roe, ap ) The mayor said the ferry would run again.",
            "The council voted ( photo: jane roe, ap ) the mayor said the ferry would run again.",
        ],
    ),
    "tweet-embed-box": (
        [
            "Add this tweet to your website by copying the code below. Learn more add this video to your"
            " website by copying the code below. Learn more hmm, there was a problem reaching the server.",
            "Add this tweet to your website by copying the code below. Gehiago jakin hmm, arazo bat egon da.",
        ],
        [
            "The mayor said: add this tweet to your website by copying the code below.",
            "Add this tweet to your website, the mayor said.",
        ],
    ),
    "fundraiser-verified-notice": (
        [
            "Gofundme has verified that the funds raised will go directly to the intended recipient.",
            "The page is real. What does verified mean?",
        ],
        ["The council has verified that the funds raised will pay for the bridge."],
    ),
    "media-button-prefix": (
        ["Photo a ferry company said on thursday that it was buying the bridge.", "Video the mayor met."],
        ["Photo ID is needed on the ferry.", "Photos a driver took were shown.", "Photo A ferry."],
    ),
    "analysis-label-inline": (
        [
            "The ferry stopped. Analysis the council has run out of money.",
            "Analysis: despite its size, the town has one bridge.",
        ],
        ["Analysis of the cracks showed rust.", "Analysis suggests the deck is weak.", "The analysis the"],
    ),
    "abstract-setup-inline": (
        [
            "Importance old decks crack in salt air. Objective to measure how fast. Results ten cracked.",
            "Abstract objective: to measure how fast old decks crack.",
            "Key points question do old decks crack? findings in this study, ten cracked.",
        ],
        ["Importantly, the deck is old.", "The design of the deck is old.", "Designers met on Monday."],
    ),
    "abstract-label-inline": (
        ["Results ten decks cracked.", "Ten were tested. Conclusions and relevance: old decks crack."],
        ["Resulting delays hit the ferry.", "The results were clear.", "Finding the deck shut, we turned."],
    ),
    "cnn-gallery-inline": (
        [
            "The ferry is old. photos: old ferries photos: old ferries the first ferry ran in 1901. Hide"
            " caption 1 of 10 photos: old ferries a steam ferry",
            # the gallery's label written before the title ("Photos: photos: weather ... photos: weather ...")
            "Photos: photos: old ferries photos: old ferries the first ferry. Hide caption 1 of 9 a ferry",
        ],
        [
            "The ferry is old. photos: old ferries the first ferry ran in 1901.",  # no doubled title
            "photos: old ferries photos: new ferries the first ferry ran in 1901.",
        ],
    ),
    "highlights-credit-prefix": (
        [
            "Story highlights the mayor says the ferry will run again by june fares will double, the council"
            " says elm city ( cnn ) the council voted on monday to double ferry fares.",
            # stops and brackets inside the box, its credit far in: headline-credit-prefix leaves these
            'Story highlights " why pay more? " asks a rider ( one of 40 ) the ferry runs at 6 p.m. Daily'
            " ( cnn ) – the council voted on monday to double ferry fares.",
        ],
        [
            "Story highlights the mayor says the ferry will run again by june the council voted on monday.",
            "The council voted on monday ( cnn ) to double ferry fares.",
            "Story highlights ( cnn ) the council voted on monday.",  # no box before the credit
        ],
    ),
    "headline-credit-prefix": (
        [
            "Ferry fares to double next year ( cnn ) the council voted on monday.",
            "Harbour bridge closes for repairs ( ap ) — it is shut.",
        ],
        [
            "Officials said on monday that ( ap ) reporters were barred.",
            "Lisbon ( cnn ) the mayor said the bridge would close.",
            "He told ( cnn ) that the vote on the ferry was close.",
            "The mayor resigned. Then ( cnn ) reported it.",
            "Bridge closes ( ap ) — it is shut.",  # a place, or too short to tell
        ],
    ),
    "bare-dash-prefix": (
        ["— Ten volunteers were arrested on Tuesday for the fires.", "- a driver was hurt on the bridge."],
        ["— Jane Roe", "-- Jo Roe and Al Doe at City Hall", "The vote — close as ever — went on."],
    ),
    "also-on-promo": (
        ["The vote. ( also on elm news: a vote on the ferry ) the council met.", "( Also on Elm: ferries )"],
        [
            "The vote (also on monday: a ferry meeting) was close.",  # unspaced: prose
            "( also on the ferry ) the council met.",
        ],
    ),
    "live-blog-time-inline": (
        ["The vote. ___ 6: 15 p.m. The council met.", "___ 9:55 a.m. The ferry left."],
        ["The ferry left at 6: 15 p.m. on monday.", "The line ___ was left blank on the form."],
    ),
    "series-tag-inline": (
        [
            "Part of a weeklong series on ferries and bridges, old and new. The council met.",
            "The vote. This story is part of our series about the harbour.",
        ],
        [
            "Part of a series of repairs, the bridge work ends in june.",  # a series of things
            "Part of the series was filmed on the ferry.",
            "The vote was part of a series on ferries, she said.",  # not a sentence's start
            "Part of a three-part series about the harbour, the film airs on Sunday.",  # the article's own
        ],
    ),
    "advertisement-inline": (
        [
            "The ferry sank at dawn. Advertisement the crew swam to the pier.",
            "Advertisement advertisement jo roe, 40, was charged on monday.",
            'The pier closed. Advertisement - continue reading below " we swam for an hour, " she said.',
        ],
        [
            "Advertisement revenue at the harbour paper fell by half.",  # the noun goes on
            "The ferry sank. Advertisement related content ferry fares double next week",  # another widget
            "The ferry sank. Advertisement getty images the crew waits.",  # agency-credit-inline's
            "He ran an advertisement in the harbour paper.",  # not a sentence's start
        ],
    ),
    "agency-credit-inline": (
        [
            "Getty images harbour master jo roe waves to the crowd on the pier.",
            "The ferry sank. Advertisement getty images the crew waits on the pier.",
            "Shutterstock a simple test can tell the age of a ferry's hull.",
        ],
        [
            "Shutterstock said on monday that its sales rose.",  # the company
            "Getty Images sold the archive of the harbour photos.",  # cased: the company
            "He bought the photo from getty images last year.",  # not a sentence's start
        ],
    ),
    "contributed-inline": (
        [
            "Lee called Roe to thank him. – cnn's jo roe and ann lee contributed to this report. Also see",
            "The council met. Associated Press writer Tom Roe contributed to this story.",
        ],
        [
            "Scientists from 12 countries contributed to the report.",  # a report of the story
            "Residents who contributed to this story were thanked by the council.",  # not the sentence's end
        ],
    ),
    "text-size-inline": (
        ["The vote. Text size - + reset the council met.", "text size - + reset politico 44 the council met"],
        ["The text size - + reset buttons are broken, he said.", "Text size matters, the council said."],
    ),
    "updated-byline-prefix": (
        [
            "/ updated by jo roe the ferry will stop on monday.",
            "/ updated the ferry will stop on monday.",
            "Oct. 4, 2018, 4: 22 pm gmt / updated oct. 4, 2018, 9: 46 pm gmt by jo roe and al k. Doe in it",
            "/ updated / source: elm news by jo roe in a vote on monday, the council kept the ferry.",
            "/ updated by jo roe, al doe and ann lee elm city, del. — the ferry will stop.",
        ],
        [
            "/ updated by jo roe police said the ferry will stop.",  # where the byline ends is unsure
            "/ updated by jo roe ann lee police said the ferry will stop.",
            "Updated by the council on monday, the ferry timetable runs to june.",
            "Oct. 4, 2018, 4: 22 pm gmt / updated oct. 4, 2018, 9: 46 pm gmt by reuters, jo roe police said.",
        ],
    ),
    "updated-byline-place-prefix": (
        [
            "/ updated by jo roe lisbon — the ferry will stop on monday — or so the council said.",
            "/ updated by jo roe and ann lee elm city, del. — the ferry will stop.",
        ],
        [
            "/ updated by jo roe lisbon — and the ferry will stop.",  # a clause goes on after the dash
            "/ updated by jo roe the ferry will stop on monday.",  # no dateline: updated-byline-prefix's
        ],
    ),
    "byline-dateline-prefix": (
        ["lisbon — the ferry — and the bus — will stop.", "elm city, del. — the ferry will stop."],
        ["lisbon — and the ferry will stop.", "the ferry will stop on monday."],
    ),
    "updated-byline-names-prefix": (
        [
            "/ updated by jo roe ferry fares will double on monday.",
            "Oct. 4, 2018, 4: 22 pm gmt / updated oct. 4, 2018, 9: 46 pm gmt by jo roe and al k. Doe fares",
        ],
        ["/ updated ferry fares will double on monday.", "Updated by jo roe ferry fares will double."],
    ),
    "email-this-headline-prefix": (
        [
            "Jane roe files for divorce email this jane roe has filed for divorce from her husband.",
            "Is the singer engaged? email this when the singer stepped out on monday, fans noticed a ring.",
        ],
        [
            "Please email this story to a friend who needs it.",
            "Jane roe files for divorce email this to your friends now.",
            "Email this jane roe has filed for divorce.",  # no headline before the button
        ],
    ),
    "webmd-headline-prefix": (
        [
            "Cats hold a key to vaccines study says webmd news from healthday by jo roe healthday reporter",
            "Cats and a vaccine webmd news from healthday webmd news archive by jo roe, healthday reporter",
        ],
        [
            "Cats may hold a key to a vaccine, webmd news from healthday reported on monday.",
            "Cats webmd news from healthday by jo roe healthday reporter",  # no headline of four words
        ],
    ),
    "healthday-byline-prefix": (
        [
            "By jo roe healthday reporter tuesday, april 1 ( healthday news ) -- cats may hold a key.",
            "By jo roe healthday reporter ( healthday ) monday, sept. 12, 2016 ( healthday news ) -- a cat.",
            "By jo roe healthday reportermonday, july 11, 2016 ( healthday news ) -- the cat sat.",
            "By jo roe, healthday reporter wednesday, nov. 25, 2015 ( healthday news ) -- the cat sat.",
            "En español by jo roe healthday reporter monday, oct. 3, 2016 ( healthday news ) -- the cat sat.",
        ],
        [
            "By jo roe healthday reporter and the cat sat on the mat.",  # no wire's dateline: no sure end
            "The cat sat, by jo roe healthday reporter tuesday, april 1 ( healthday news ) -- the cat.",
        ],
    ),
    "caseless-dateline-prefix": (
        [
            "Lisbon — the ferry report was released today.",
            "Elm city, del. -- a driver was hurt on the bridge.",
            "Harbour heights ( kxyz ) – the council voted on monday.",
            "Lisbon, south portugal — the ferry was late.",
            "Austin -- the council voted on the ferry.",  # a given name, but a known place
        ],
        [
            "President roe — who chairs the board — said the ferry would stay.",
            "Ferry fares – and the price of bread – rose on monday.",  # an aside between two dashes
            "Cheer up — the ferry is back.",
            "The harbour -- the ferry left at noon.",
            "Lisbon — The ferry report was released today.",  # cased text: dateline-prefix's
            "Lisbon — and the ferry report was released today.",
        ],
    ),
    "headline-dateline-prefix": (
        [
            "Ferry captain pleads not guilty to assault charge elm city, mo. - the captain was charged.",
            "× suspect charged in harbour fire elm city, ind. – police say the fire was set.",
        ],
        [
            "A ferry was found in a harbour in elm city, utah — and it may solve a case.",
            "Descendants oppose plans to build on the harbour at elm city, va. — where a market stood.",
            "Elm city, mo. - the captain was charged.",  # a dateline alone: caseless-dateline-prefix's
            "The mayor said on monday. Elm city, mo. - the captain was charged.",
        ],
    ),
    "delivery-area-notice": (
        [
            "Sorry, this zipcode is not in our deliverable area for this subscription service. Re-enter zip"
            " code or sign up for digital access. Get digital access"
        ],
        ["Sorry, the ferry does not reach our area, the mayor said on monday."],
    ),
    "cme-notice": (
        [
            "Also meets CME requirements for: accreditation information the example association is accredited"
            " to provide continuing medical education for physicians.",
            "Physicians should claim only the credit commensurate with the extent of their participation.",
        ],
        ["The ferry company also meets the safety requirements for harbour crossings, inspectors said."],
    ),
    "scripting-notice": (
        [
            "In order to view most content on example.com you will need to enable scripting in your browser"
            " and refresh this page.",
            "Viewing pdf documents on this website you will need adobe reader to view the pdf documents.",
        ],
        ["The council's scripting of the meeting drew criticism from ferry riders."],
    ),
    "public-file-notice": (
        [
            "× online public information file click here to access the online public inspection file",
            "Viewers with disabilities can get help accessing this station's fcc public inspection file.",
        ],
        ["The ferry company's public file showed two inspections last year, records show."],
    ),
    "social-sharing-notice": (
        ["Social sharing: share videos you watch on example live with your facebook friends."],
        ["Social sharing of the ferry video drew a million views, the council said."],
    ),
    "newsletter-box-inline": (
        [
            "Get daily updates directly to your inbox + subscribe thank you for subscribing! could not"
            " subscribe, try again later invalid email a ferry ran aground on monday.",
            "The ferry ran aground. Get push notifications with news, features and more. The mayor spoke.",
            "The video will start in 8 cancel get daily updates directly to your inbox + subscribe invalid"
            " email a ferry sank.",
            "Close get email notifications on jo roe daily! your notification has been saved. There was a"
            " problem saving your notification.",
        ],
        [
            "Riders can get daily updates on the ferry from the council's website.",
            "The app will send push notifications with news of delays, the council said.",
        ],
    ),
    "flash-notice-inline": (
        [
            "The mayor speaks. If your browser has adobe flash player installed, click above to play."
            " Otherwise, click below."
        ],
        ["The council said the ferry's website still needs adobe flash player installed on every computer."],
    ),
    "pipe-credit-caption-prefix": (
        [
            "The mayor speaks at the harbour. &#124; ap photo ferry fares to double the council voted.",
            'The mayor called the fares a " fraud. " &#124; getty ferry fares to double the council voted.',
            "The ferry at its berth in june. | jane roe/afp/getty ferry fares will double next year.",
            "The ferry at its berth. | jane roe/for the sun-times ferry fares will double next year.",
        ],
        [
            "The mayor said fares would rise &#124; ap photo ferry fares to double.",  # no finished sentence
            "Ferry fares rose. | the council's plan for next year was approved.",  # no credit
            "Ferry fares rose. &#124; ap photo/jane roe ferry fares to double.",  # the name's end unsure
            "The mayor spoke. | Jane Roe/Getty Images Ferry fares to double The council voted.",  # cased
        ],
    ),
    "cms-ids-prefix": (
        [
            "Ferry fares to double by jo roe staff reporter/jroe@example.com the ferry at its berth. &#124;"
            " jane roe~daily storyidforme: 123 tmspicid: 456 fileheaderid: 789 article extras updated: the"
            " council voted.",
        ],
        [
            "The ferry's storyid was 123, the council said.",
            "The council voted. Storyidforme was the field's name.",
        ],
    ),
    "photo-credit-prefix": (
        [
            "Photo: dana whitcombe/afp/getty images the council voted to close the bridge.",
            "Photo: getty the council voted to close the bridge.",
            "Image: jo roe / ap photo the council voted to close the bridge.",
            "Photo: jo roe/nurphoto via getty images the council voted.",
        ],
        [
            "Photo: dana whitcombe/getty images for the harwick fair the council voted.",  # more credit
            "Photo: dana whitcombe/2012 getty images the council voted.",  # an unknown word after the slash
            "Photo: dana whitcombe/the harwick times the council voted.",
            "Photo: getty images; illustration by jo roe the council voted.",
            "Photo: dana whitcombe the council voted to close the bridge.",  # the name's end unsure
            "Photo: harwick council image 1 of / 5 caption close image 1 of 5 the bridge.",
        ],
    ),
    "buy-photo-prefix": (
        ["buy photo lisbon — the council voted on monday.", "Buy photo the council voted to add boats."],
        [
            # a caption up to its credit: photo-widget-inline's
            "buy photo the ferry at its berth. ( photo: jane roe/daily ) the council voted.",
            "You can buy photo prints at the harbour office.",
        ],
    ),
    "hyphen-dateline-prefix": (
        [
            "Lisbon - the ferry report was released today.",
            "houston - the manager was fired after the robbery.",
            "Elm city, mo. - the captain was charged.",
            "Denver - A man was arrested on Monday.",
        ],
        [
            "Ferry fares - and the price of bread - rose on monday.",  # an aside between two dashes
            "Lisbon - and the ferry was late.",
            "Lisbon — the ferry report was released today.",  # a long dash: caseless-dateline-prefix's
            "Lisbon-based ferries were late on monday.",
        ],
    ),
    "agency-dash-prefix": (
        ["Reuters health - parents who delay shots add to outbreaks.", "Afp - taiwan reported a case."],
        [
            "Reuters - and other agencies - reported the case.",
            "Reuters health said on monday that parents delay shots.",
        ],
    ),
    "place-date-prefix": (
        ["Lisbon, march 16 — the ferry report was released today.", "Elm city, may 2, 2014 – the vote."],
        [
            "Lisbon, march 16 was the day the ferry stopped.",
            "Smith, may 2 - the list of names.",
            "Later, march 16 — no.",
        ],
    ),
}


def _words(text: str) -> int:
    return len(text.split())


def test_every_rule_has_cases() -> None:
    assert set(CASES) == {r.name for r in RULES}, "add positive and negative cases for each new rule"
    assert all(pos and neg for pos, neg in CASES.values())


def test_rule_names_are_unique_and_reasons_are_labels() -> None:
    assert len(BY_NAME) == len(RULES)
    for r in RULES:
        assert r.reason and r.reason == r.reason.lower() and " " not in r.reason


@pytest.mark.parametrize("name", sorted(CASES))
def test_rule_matches_its_examples(name: str) -> None:
    rule = BY_NAME[name]
    positives, negatives = CASES[name]
    for text in positives:
        assert rule.match(text, _words(text)), f"{name} should match {text!r}"
    for text in negatives:
        assert not rule.match(text, _words(text)), f"{name} should not match {text!r}"


def test_max_words_keeps_rules_off_long_paragraphs() -> None:
    long = "Click here " + "to read the long and winding account of the council meeting " * 5
    assert not BY_NAME["click-here"].match(long, _words(long))


BODY = (
    "The harbour bridge will close for eight months after inspectors found cracked steel supports. "
    "The council approved the closure in a vote on Tuesday evening."
)
BODY2 = (
    "A free ferry will carry commuters across the river from next Monday, the council said in a statement."
)


def _clean(*paragraphs: str):
    raw = "\n\n".join(paragraphs)
    return clean(RawDoc("t", "t.txt", raw)), raw


def _reasons(doc) -> dict[str, str]:
    return {r.text: r.reason for r in doc.removed}


@pytest.mark.parametrize("name", [r.name for r in RULES if r.scope in ("line", "block")])
def test_line_rule_removes_its_paragraph_inside_an_article(name: str) -> None:
    chrome = CASES[name][0][0]
    doc, raw = _clean(BODY, chrome, BODY2)
    assert _reasons(doc).get(chrome) == BY_NAME[name].reason or chrome not in doc.text.split("\n")
    assert BODY in doc.text and BODY2 in doc.text
    for r in doc.removed:
        assert raw[r.start : r.end] == r.text


def test_a_document_that_is_only_a_comment_signup_form_is_removed_whole() -> None:
    form = "This will appear next to all of your comments this will not appear anywhere on example"
    doc, _ = _clean(form)
    assert _reasons(doc) == {form: "site-notice"} and not doc.text.strip()
    story = "Her comments will appear next to the mayor's in Sunday's paper, the editor said."
    assert not _clean(story)[0].removed


def test_a_document_that_is_only_an_account_form_is_removed_whole() -> None:
    form = (
        "Just one more thing... We have sent you a verification email. Please check your email and click on"
        " the link to activate your profile. If none comes in a few minutes, check your spam folder."
    )
    doc, _ = _clean(form)
    assert _reasons(doc) == {form: "site-notice"} and not doc.text.strip()
    story = "The bank said it had sent a verification letter to every customer whose card was copied."
    assert not _clean(story)[0].removed


def test_an_account_form_quoted_or_reported_in_an_article_is_kept() -> None:
    """Session 31 review M2: account-form took a lender's quoted statement and a scam report out of an
    article; a paragraph with quotation marks or an attribution reports a form, it is not one."""
    for para in CASES["account-form"][1][-3:]:
        doc, _ = _clean(BODY, para, BODY2)
        assert not doc.removed and para in doc.text


def test_inner_rules_remove_subheads_only_between_body_paragraphs() -> None:
    doc, raw = _clean("The bridge plan", BODY, "What happens to the ferry?", "Money matters", BODY2)
    reasons = _reasons(doc)
    assert reasons["What happens to the ferry?"] == "subhead" and reasons["Money matters"] == "subhead"
    assert doc.title == "The bridge plan"  # the headline above the body stays the lead's
    assert doc.text == f"{BODY}\n{BODY2}"
    for r in doc.removed:
        assert raw[r.start : r.end] == r.text


def test_a_buy_photo_caption_goes_up_to_its_credit() -> None:
    para = "Buy Photo Workers cover the old sign on Monday. (Photo: Jane Roe / The Daily)Buy Photo " + BODY2
    doc, raw = _clean(BODY, para)
    assert doc.text == f"{BODY}\n{BODY2}"
    assert [r.reason for r in doc.removed] == ["caption"]
    assert raw[doc.removed[0].start : doc.removed[0].end] == doc.removed[0].text


def test_a_lower_cased_buy_photo_caption_with_a_spaced_credit_goes_too() -> None:
    # Multi-News+ lower-cases and spaces its text (session 26, multinews-val-45691, -45418: WRITE)
    para = (
        "Buy photo workers cover the old sign in the harbour on feb. 10, 2015. ( photo: jane roe/staff "
        "photographer ) buy photo " + BODY2
    )
    doc, raw = _clean(BODY, para)
    assert doc.text == f"{BODY}\n{BODY2}"
    assert [r.reason for r in doc.removed] == ["caption"]
    assert raw[doc.removed[0].start : doc.removed[0].end] == doc.removed[0].text
    # "buy photo" with no credit after it is prose
    doc, _ = _clean(BODY, "Visitors can buy photo prints of the bridge at the council office. " + BODY2)
    assert not doc.removed


def test_story_continues_marker_inside_a_paragraph_is_cut_not_read_as_a_speaker() -> None:
    # Politico's marker flattened into the text, then read as a quote's speaker before this rule.
    para = (
        'The mayor defended the plan. "We had no choice," she said. Story continued below '
        '"The bridge was failing," the engineer said.  Story Continues Below Advertisement The vote was 7-2.'
    )
    doc, raw = _clean(BODY, para, BODY2)
    assert [(r.reason, r.text) for r in doc.removed] == [
        ("ad", "Story continued below"),
        ("ad", "Story Continues Below Advertisement"),
    ]
    assert "continue" not in doc.text.lower()
    assert '"We had no choice," she said. "The bridge was failing,"' in doc.text
    for r in doc.removed:
        assert raw[r.start : r.end] == r.text


def test_a_tv_transcript_s_handoff_and_reporter_labels_are_cut_and_the_report_kept() -> None:
    # brief52 (issue 16 item 4, fresh read of training 24999): the anchor's hand-off sentence came into the
    # summary, and "Reporter:" opened a summary sentence; now both go, labelled, the correspondent's words
    # stay
    para = (
        "A boy was pulled from the harbour on Tuesday. Jo roe is joining us live at the pier with the latest "
        "information. Reporter: divers tell me the boy is recovering. ( siren ) reporter: crews searched for "
        "an hour. Was anyone else hurt? reporter: nobody else."
    )
    doc, raw = _clean(BODY, para)
    assert [(r.reason, r.text) for r in doc.removed] == [
        ("transcript-marker", "Jo roe is joining us live at the pier with the latest information."),
        ("transcript-marker", "Reporter:"),
        ("transcript-marker", "reporter:"),
        ("transcript-marker", "reporter:"),
    ]
    assert "divers tell me the boy is recovering. ( siren ) crews searched for an hour." in doc.text
    assert "joining" not in doc.text
    for r in doc.removed:
        assert raw[r.start : r.end] == r.text


def test_a_station_s_follow_box_opening_the_lead_is_cut_then_its_dateline() -> None:
    # brief52 (training 38593's summary opened "Follow kdka-tv: facebook &#124; twitter pittsburgh ( kdka ) –
    # ..."): the box goes, then the dateline behind it is read as a prefix (its place kept as metadata)
    lead = "Follow harbour-tv: facebook &#124; twitter portsmouth ( htv ) – the ferry sank on monday at noon."
    doc, raw = _clean(lead, BODY)
    assert [(r.reason, r.text) for r in doc.removed] == [
        ("share-prompt", "Follow harbour-tv: facebook &#124; twitter"),
        ("dateline", "portsmouth ( htv ) –"),
    ]
    assert doc.text.startswith("the ferry sank on monday")
    assert doc.dateline == "portsmouth"
    for r in doc.removed:
        assert raw[r.start : r.end] == r.text


def test_a_widget_run_into_the_text_is_cut_and_the_text_after_it_kept() -> None:
    # session 33 (issue 16): page-widget kept the whole sentence out, and the lead or quotation glued
    # after the widget went with it (Multi-News+ dev); now the widget's span goes, labelled, the text stays
    bar = "Facebook twitter google plus embed 1: 03 "
    lead = "the mayor says the bridge will stay shut until june, " + BODY2[0].lower() + BODY2[1:]
    doc, raw = _clean(BODY, bar + lead)
    assert doc.text == f"{BODY}\n{lead}"
    assert [(r.reason, r.text) for r in doc.removed] == [("video-widget", bar.strip())]
    label = "Interactive: bridge tracker interactive: ferry game "
    quote = '" free is great for a summer. It costs us a lot, " the mayor said.'
    doc, raw = _clean(BODY, "The ferry is free. " + label + quote)
    assert doc.text == f"{BODY}\nThe ferry is free. {quote}"
    assert [(r.reason, r.text) for r in doc.removed] == [("caption", label.strip())]
    for r in doc.removed:
        assert raw[r.start : r.end] == r.text
    # no sure end: the bar or label is left to the summary's page-widget rule, whole
    for para in ("Facebook twitter pinterest the old bridge seen from the harbour.", "Map: bridges " + BODY2):
        doc, _ = _clean(BODY, para)
        assert not doc.removed


def test_session40_a_reprints_notice_run_into_the_article_is_cut_and_the_article_kept() -> None:
    # session 40 (issue 17): a reprints notice with the page's article preview in its paragraph went whole
    # (reprints-notice), so the page cleaned to nothing and clustered alone; now the notice alone goes
    notice = (
        "Harbour Gazette Reprints: This copy is for your personal, non-commercial use only. To order "
        "presentation-ready copies for distribution to your colleagues, use the order tool at the bottom of "
        "any article or visit www.gazette-copies.example"
    )
    doc, raw = _clean(f"{notice} {BODY} {BODY2}")
    assert doc.text == f"{BODY} {BODY2}"
    assert [(r.reason, r.text) for r in doc.removed] == [("site-notice", notice)]
    for r in doc.removed:
        assert raw[r.start : r.end] == r.text
    # little after it: the paragraph goes whole, as before
    doc, _ = _clean(BODY, f"{notice} the ferry is free.")
    assert doc.text == BODY


def test_a_caption_with_a_sure_end_is_cut_and_the_text_after_it_kept() -> None:
    # session 34 (issue 16): a video caption of one speaker's quotation, a photo credit written twice (after
    # a headline) and a page's "updated" time glued before the text of a long paragraph; page-widget kept
    # the whole sentence out, the lead with it
    caption = (
        'Media playback is unsupported on your device media caption the mayor: " we will not close it. " '
    )
    credit = "Bridge stays open enlarge this image toggle caption jane roe/ap jane roe/ap "
    stamp = "Updated 6: 07 p.m. Et "
    lead = (
        f"the council voted on monday to keep the old bridge open for ten more years. {BODY} {BODY2} {BODY}"
    )
    assert len(lead.split()) > BY_NAME["photo-label"].max_words
    for widget, reason, first in (
        (caption, "caption", False),
        (credit, "caption", False),
        (credit + "updated at 7: 10 p.m. Et ", "caption", False),
        (stamp, "dateline", True),
        ("Updated at 12: 30 p.m. Et friday. ", "dateline", True),
        (credit + "updated at 7: 10 p.m. Et tuesday ", "caption", False),
    ):
        paragraphs = (widget + lead, BODY2) if first else (BODY2, widget + lead)
        doc, raw = _clean(*paragraphs)
        assert lead in doc.text.split("\n"), widget
        assert [(r.reason, r.text) for r in doc.removed] == [(reason, widget.strip())]
        assert raw[doc.removed[0].start : doc.removed[0].end] == widget.strip()
    # a weekday is the stamp's only as a whole word
    doc, _ = _clean("Updated 6: 07 p.m. Et sunni " + lead, BODY2)
    assert [r.text for r in doc.removed] == ["Updated 6: 07 p.m. Et"]
    # the page's time is no dateline: the brief's header shows no "Updated 6: 07 p.m. Et" (brief49,
    # multinews-val-45749)
    assert doc.dateline is None
    # a short paragraph: the quoted caption is cut (photo-label leaves it), the lead kept
    doc, _ = _clean(BODY, caption + BODY2)
    assert BODY2 in doc.text.split("\n") and _reasons(doc) == {caption.strip(): "caption"}
    # no sure end, or a sentence before the credit with no stop after it: left whole to page-widget
    for para in (
        "Media playback is unsupported on your device media caption aerial footage of the crowds " + lead,
        "The ferry is free. The council, enlarge this image toggle caption jane roe/ap jane roe/ap " + lead,
    ):
        doc, _ = _clean(BODY, para, BODY2)
        assert not doc.removed


def test_session35_a_contact_line_run_into_the_text_is_cut_and_the_text_after_it_kept() -> None:
    # session 35 (issue 16): a writer's contact or follow line inside a long paragraph (Multi-News+ lost its
    # line breaks); each removed span labelled and exact, the sentences around it kept
    before = "the council voted on monday to keep the old bridge open."
    after = f"the ferry will run all winter. {BODY}"
    for line, reason in (
        ("Dana whitcombe may be reached at dwhitcombe@example.com.", "contact-info"),
        ("Reach him at 724-555-0101, dwhitcombe@example.com or via twitter @dwhitcombe.", "contact-info"),
        ("Email him at dwhitcombe@example.com or follow him on twitter.", "contact-info"),
        ("- follow the ticker on twitter: @harwickticker", "share-prompt"),
        ("Follow @harwicktickerfollow @dwhitcombecnn", "share-prompt"),
    ):
        doc, raw = _clean(BODY2, f"{before} {line} {after}")
        assert f"{before} {after}" in doc.text.split("\n"), line
        assert [(r.reason, r.text) for r in doc.removed] == [(reason, line)]
        assert raw[doc.removed[0].start : doc.removed[0].end] == line
    # a follow line with more after its handle, a number alone: left whole
    for para in (
        f"{before} Follow @harwickticker for updates on the ferry. {after}",
        f"{before} Contact Detective Dana Whitcombe at 555-010-0199. {after}",
    ):
        doc, _ = _clean(BODY2, para)
        assert not doc.removed


def test_prose_opening_on_a_widget_word_is_no_widget() -> None:
    # review33b S1: a label word opening prose whose quotation a verb of saying introduces, and a clip's
    # length that is a sentence's subject, lost the words before the quotation / the whole bar
    for para in (
        'Timeline: the mayor called it " a dark day for Harwick. We will recover. "',
        'Graphic: the video shows " the bridge falling. It was old. "',
        "Email embed 1: 05 is the length of the clip, the station said.",
    ):
        doc, _ = _clean(BODY, para)
        assert not doc.removed and para in doc.text


def test_inline_rules_cut_spans_and_keep_offsets() -> None:
    para = "The novel sold two million copies. (See the top 10 fiction books of 2009.) It was filmed."
    doc, raw = _clean(BODY, para, "Q. " + BODY2)
    reasons = _reasons(doc)
    assert reasons["(See the top 10 fiction books of 2009.)"] == "promo"
    assert reasons["Q."] == "transcript-marker"
    assert "The novel sold two million copies. It was filmed." in doc.text.split("\n")
    assert BODY2 in doc.text.split("\n")
    for r in doc.removed:
        assert raw[r.start : r.end] == r.text
    # A paragraph that is nothing but a promo goes whole.
    promo = "(Read a review of the film by our critic in Sunday's paper.)"
    doc, _ = _clean(BODY, promo, BODY2)
    assert _reasons(doc)[promo] == "promo" and doc.text == f"{BODY}\n{BODY2}"
    # "A." is an answer marker only where "Q." marks questions; elsewhere it is an initial.
    doc, _ = _clean(BODY, "A. Smith said the ferry will be free. " + BODY2)
    assert "A. Smith said" in doc.text


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("SINGAPORE — ", "SINGAPORE"),
        ("LIMA, Dec 1 (Reuters) - ", "LIMA, Dec 1"),
        ("PINE RIDGE, S.D. (AP) -- ", "PINE RIDGE, S.D."),
        ("", None),
    ],
)
def test_dateline_place_and_date_become_metadata(opening: str, dateline: str | None) -> None:
    doc, _ = _clean(opening + BODY, BODY2)
    assert doc.dateline == dateline
    assert doc.text.startswith("The harbour bridge")


def test_a_spaced_wire_dateline_is_cut_and_its_place_and_date_become_metadata() -> None:
    """spaced-wire-prefix (brief44): a lower-cased press-release or health wire's dateline goes, labelled, and
    its place and date become the document's dateline; the lead after it stays."""
    lead = "as ferry fares rise, the harbour company said it would add two boats. The council met on tuesday."
    doc, _ = _clean("Elm city, del., may 13, 2015 / prnewswire/ -- " + lead, BODY2)
    assert doc.dateline == "Elm city, del., may 13, 2015"
    assert doc.text.startswith(lead)
    assert _reasons(doc)["Elm city, del., may 13, 2015 / prnewswire/ --"] == "dateline"


def test_a_headline_name_run_into_a_dateline_is_no_part_of_its_place() -> None:
    """dateline-name-headline (brief50): a lower-cased page's headline naming the person, run into the
    dateline ("Nicole mittendorff fairfax, va."), is not shown as the place; a name the article never
    writes again stays (it may be the place's)."""
    lead = (
        "the town council praised ferry captain marta ollendorf after the rescue. The council met on tuesday."
        " The ferry will run again in june, the council said."
    )
    doc, _ = _clean("Marta ollendorf elmwood, va. ( wusa9 ) -- " + lead)
    assert doc.dateline == "elmwood, va."
    assert doc.text.startswith(lead)
    unnamed = lead.replace("marta ollendorf", "the crew")
    doc, _ = _clean("Marta ollendorf elmwood, va. ( wusa9 ) -- " + unnamed)
    assert doc.dateline == "Marta ollendorf elmwood, va."


def test_a_highlights_box_run_into_the_lead_is_cut_up_to_its_credit_and_the_lead_kept() -> None:
    box = (
        'Story highlights " why pay more? " asks a rider the ferry will run at 6 p.m. Daily elm city ( cnn )'
    )
    lead = (
        "the council voted on monday to double ferry fares from june. The mayor said the ferry would run"
        " again by the summer, and that the fares would pay for two new boats."
    )  # with the box, over the 40 words of the line rule story-highlights
    doc = clean(RawDoc("d", "s", f"{box} {lead}"))
    assert doc.text == lead
    assert [(r.reason, r.text) for r in doc.removed] == [("highlights", box)]


def test_a_video_box_run_into_the_lead_is_cut_up_to_its_photo_credit_and_the_lead_kept() -> None:
    """close-video-box-prefix (brief47, issue 16 item 4): candidates kept out only the video's caption
    ("Close ..."); the photo's caption after the video's source ("Usa today ...") reached the summary (MN+
    dev 47495)."""
    box = (
        "Close the ferry ran aground off the harbour wall on sunday. Jo roe reports. Usa today the ferry at"
        " its berth in june. ( photo: jane roe, ap )"
    )
    lead = (
        "the council voted on monday to double ferry fares from june. The mayor said the ferry would run"
        " again by the summer, and that the fares would pay for two new boats."
    )
    doc, raw = _clean(f"{box} {lead}", BODY2)
    assert doc.text.split("\n")[0] == lead
    assert [(r.reason, r.text) for r in doc.removed] == [("video-widget", box)]
    assert raw[doc.removed[0].start : doc.removed[0].end] == box


def test_a_caption_and_its_spaced_credit_opening_the_document_are_cut_and_the_lead_kept() -> None:
    """credit-caption-prefix (brief47, issue 16 item 4): a present-tense caption ending on its credit opened
    MN+ dev 45146's summary ("... is celebrating during ... ( ..., the denver post ) beefy ...")."""
    caption = "Jo roe from ohio is celebrating during the festival on saturday. ( jane roe, the denver post )"
    lead = (
        "security officers peered across the park on saturday as crowds began to grow for the first day of"
        " the festival. Teams of officers searched bags at the gates."
    )
    doc, raw = _clean(f"{caption} {lead}", BODY2)
    assert doc.text.split("\n")[0] == lead
    assert [(r.reason, r.text) for r in doc.removed] == [("caption", caption)]
    assert raw[doc.removed[0].start : doc.removed[0].end] == caption


def test_a_tweet_embed_box_in_another_language_is_removed_whole() -> None:
    """tweet-embed-box (brief47, issue 16 item 4): the box's Basque notices ("Gehiago jakin hmm, ...") were
    summary candidates (brief46's fresh story 3)."""
    box = (
        "Add this tweet to your website by copying the code below. Gehiago jakin add this video to your"
        " website by copying the code below. Gehiago jakin hmm, arazo bat egon da zerbitzariarenera iristeko."
    )
    doc, _ = _clean(BODY, box, BODY2)
    assert doc.text == f"{BODY}\n{BODY2}"
    assert _reasons(doc) == {box: "site-notice"}


def test_a_gallery_run_to_the_text_s_end_is_cut_and_the_text_before_it_kept() -> None:
    """cnn-gallery-inline (brief47, issue 16 item 4): a CNN gallery's captions ("They allowed up to 1.2
    megabytes ...") were summary candidates (fresh story multinews-train-27)."""
    text = "The council voted on monday to keep the old ferry running for ten more years."
    gallery = (
        "photos: old ferries photos: old ferries steam ferries ran in 1901. They carried 40 cars. Hide"
        " caption 1 of 10 photos: old ferries a paddle ferry in 1920. Few are left"
    )
    doc, _ = _clean(BODY, f"{text} {gallery}")
    assert doc.text == f"{BODY}\n{text}"
    assert _reasons(doc) == {gallery: "caption"}
    # the gallery's last caption reached (10 of 10): the article may go on after it, nothing is cut
    ended = gallery.replace("Hide caption 1 of", "Hide caption 10 of")
    doc, _ = _clean(BODY, f"{text} {ended}")
    assert doc.removed == ()


def test_a_structured_abstract_loses_its_setup_and_labels_and_keeps_its_findings() -> None:
    """abstract-setup-inline, abstract-label-inline (brief49, issue 16 item 4): a paper's structured
    abstract given as a source opened briefs on its background ("Importance parents hesitant to ...",
    multinews-val-45147; "Abstract objective: ...", multinews-val-46147); its findings stay, unlabelled."""
    setup = (
        "Importance old decks crack in salt air. Objective to measure how fast decks crack. Design, setting,"
        " and participants forty decks on the coast were tested for a year."
    )
    found = (
        "Results twenty decks cracked within a year. Conclusions and relevance old decks need yearly checks."
    )
    doc, _ = _clean(f"{setup} {found}")
    assert doc.text == "twenty decks cracked within a year. old decks need yearly checks."
    assert sorted(_reasons(doc).values()) == ["abstract-label", "abstract-label", "abstract-setup"]
    # a report whose sentences open on two such words is no abstract: nothing goes
    news = "Background checks on the drivers began on Monday. Results are due in May, the council said."
    doc, _ = _clean(BODY, news, BODY2)
    assert doc.removed == ()


def test_a_posted_ago_stamp_and_the_wire_credit_after_it_are_cut_and_no_dateline_is_shown() -> None:
    """ago-stamp-prefix (brief44): "106 days ago" goes, then the spaced credit in the next prefix round; the
    stamp is no dateline."""
    lead = "seeking to end the confusion, the harbour party named the winner on friday. The council met."
    doc, _ = _clean("106 days ago ( cnn ) – " + lead, BODY2)
    assert doc.text.startswith(lead)
    assert _reasons(doc)["106 days ago"] == "timestamp"
    assert doc.dateline is None


def test_an_inline_wire_credit_is_cut_and_its_place_becomes_the_dateline() -> None:
    para = "Jo waves. ( ap photo/jo roe ) ( associated press ) elm city, del. ( ap ) — a driver was hurt."
    doc, raw = _clean(BODY, para)
    assert doc.dateline == "elm city, del."
    assert doc.text.split("\n")[1] == "a driver was hurt."  # the caption goes too (caption-then-text)
    assert _reasons(doc)["elm city, del. ( ap ) —"] == "dateline"
    for r in doc.removed:
        assert raw[r.start : r.end] == r.text


def test_a_cut_before_a_stop_leaves_no_space_before_it() -> None:
    doc, _ = _clean(BODY, "Doctors saw ferry cases among children (1). Most were young (2, 3), it said.")
    assert doc.text.split("\n")[1] == "Doctors saw ferry cases among children. Most were young, it said."
    assert _reasons(doc) == {"(1)": "citation-mark", "(2, 3)": "citation-mark"}


def test_a_live_blog_heading_goes_and_its_dateline_stays_known() -> None:
    heading = "ELM CITY (AP) — The Latest on the ferry vote (all times EDT):"
    doc, _ = _clean(heading, "10:20 p.m.", BODY)
    assert _reasons(doc)[heading] == "headline" and doc.dateline == "ELM CITY"
    assert doc.text.endswith(BODY)


def test_a_date_run_into_the_lead_is_the_documents_date_not_its_dateline() -> None:
    doc, _ = _clean("Tuesday, January 18, 2005" + BODY, BODY2)
    assert doc.text.startswith("The harbour bridge")
    assert (doc.date, doc.dateline) == ("Tuesday, January 18, 2005", None)
    assert [r.reason for r in doc.removed] == ["dateline"]


def test_lead_rule_only_fires_before_the_body() -> None:
    doc, _ = _clean("WORLD NEWS", BODY, "NO ENTRY", BODY2)
    reasons = _reasons(doc)
    assert reasons["WORLD NEWS"] == "section-kicker"
    assert reasons["NO ENTRY"] == "subhead"  # between body paragraphs it is a subhead, not a kicker


def test_block_rule_takes_the_link_list_under_it() -> None:
    doc, _ = _clean(BODY, BODY2, "Read more:", "Ferry timetable for the summer", "How the bridge was built")
    reasons = _reasons(doc)
    assert reasons["Read more:"] == "related-links"
    assert reasons["Ferry timetable for the summer"] == "related-links"
    assert reasons["How the bridge was built"] == "related-links"
    assert doc.text == f"{BODY}\n{BODY2}"


def test_block_stops_at_body_text() -> None:
    doc, _ = _clean(BODY, "Trending Now", "Ferry timetable for the summer", BODY2)
    assert "Ferry timetable for the summer" not in doc.text
    assert BODY2 in doc.text


def test_tail_rules_only_fire_at_the_end() -> None:
    doc, _ = _clean(BODY, "References", BODY2, "References")
    assert [(r.reason, r.text) for r in doc.removed] == [
        ("subhead", "References"),
        ("source-note", "References"),
    ]
    assert doc.removed[1].start > len(BODY) + len(BODY2)


def test_author_bio_at_the_end_but_not_a_person_from_the_story() -> None:
    bio = "Jane Roe is a senior fellow at the Example Institute. She writes about transport."
    doc, _ = _clean(BODY, BODY2, bio)
    assert _reasons(doc)[bio] == "author-bio" and doc.author == "Jane Roe"
    quoted = "Mayor Ann Lee is the director of the festival, which she founded in 2010."
    doc, _ = _clean("Mayor Ann Lee said the bridge would be safe by winter. " + BODY, BODY2, quoted)
    assert quoted in doc.text


def test_trailing_fragment_needs_body_above_it() -> None:
    doc, _ = _clean(BODY, BODY2, "Related Topics")
    assert _reasons(doc)["Related Topics"] == "trailing-fragment"
    doc, _ = _clean("Bridge closed", "Ferry runs")
    assert "Ferry runs" in doc.text


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        (
            "LISBON (Reuters) - The central bank raised rates on Monday.",
            "The central bank raised rates on Monday.",
        ),
        ("SPRINGFIELD, Ill. — The council voted on Monday.", "The council voted on Monday."),
        ("(CNN) The storm made landfall on Monday.", "The storm made landfall on Monday."),
        ("CAIRO—The minister resigned on Tuesday morning.", "The minister resigned on Tuesday morning."),
        ("OSLO &UR; &LR; _ The parliament voted on Friday.", "The parliament voted on Friday."),
        ("ELM CITY, N.D. (KXYZ/KABC) — A driver was hurt.", "A driver was hurt."),
        ("LISBON (AP) _ ``We will go,'' the minister said.", "“We will go,” the minister said."),
        ("Lisbon (CNN) The central bank raised rates.", "The central bank raised rates."),
        ("Lisbon ( cnn ) the central bank raised rates.", "the central bank raised rates."),
        ("( reuters ) - the central bank raised rates.", "the central bank raised rates."),
        ("Lisbon, march 16 — the central bank raised rates.", "the central bank raised rates."),
        ("New lisbon -- the central bank raised rates.", "the central bank raised rates."),
        ("Elm city ( kxyz ) – the central bank raised rates.", "the central bank raised rates."),
    ],
)
def test_prefix_rule_cuts_only_the_dateline(paragraph: str, kept: str) -> None:
    doc, raw = _clean(paragraph, BODY)
    assert doc.text.split("\n")[0] == kept
    (r,) = [r for r in doc.removed if r.reason == "dateline"]
    assert raw[r.start : r.end] == r.text and r.start == 0 and paragraph.startswith(r.text)


@pytest.mark.parametrize(
    "paragraph",
    ["Jon roe -- the ferry captain was seen at the mall on monday.", "Jon roe — the council met on monday."],
)
def test_a_given_name_before_a_dash_is_a_person_not_a_caseless_dateline(paragraph: str) -> None:
    # session 43: guard place-no-person of caseless-dateline-prefix (Multi-News+'s kickers, "Jo roe -- ...")
    doc, _ = _clean(paragraph, BODY)
    assert doc.text.split("\n")[0] == paragraph and doc.dateline is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "Meanwhile -- the council voted on Tuesday to keep the ferry running until June.",
        "Still — the ferry lost money for a third year, the council said.",
        "Ferrytown — the council voted on Tuesday to keep the ferry running until June.",
        "Exhausted — that is how the crews at the Eastbrook ferry describe themselves.",
        "Silence – that is what the ferry crews heard after the storm passed.",
        "Ferries — this is what the harbour has lacked for a decade.",
    ],
)
def test_a_cased_sentence_going_on_after_a_dash_is_no_caseless_dateline(paragraph: str) -> None:
    # session 43 review: caseless-dateline-prefix cut a cased sentence's first word ("Meanwhile --") as a
    # dateline; guard lead-caseless (a capital mid-sentence after the dash) and sentence adverbs in the place
    doc, _ = _clean(paragraph, BODY)
    assert doc.text.split("\n")[0] == paragraph
    assert not [r for r in doc.removed if r.reason == "dateline"]


def test_a_signup_box_a_stamp_a_byline_and_a_dateline_go_one_after_another_and_the_lead_stays() -> None:
    # session 43 (Multi-News+, NBC's pages): the sign-up box opening the paragraph counts as a prefix,
    # the prefix rules are tried again after each cut, and the dateline's place is the document's
    box = "Breaking news emails get breaking news alerts and special reports. "
    stamp = "Jan. 5, 2016, 6: 15 pm gmt / updated jan. 5, 2016, 9: 36 pm gmt by jo roe and al doe "
    lead = "the council voted on monday to keep the ferry running across the harbour until june. " + BODY2
    doc, raw = _clean(box + stamp + "elm city, del. — " + lead, BODY)
    assert doc.text == f"{lead}\n{BODY}"
    assert [(r.reason, r.text) for r in doc.removed] == [
        ("subscribe-prompt", box.strip()),
        ("byline", stamp.strip()),
        ("dateline", "elm city, del. —"),
    ]
    assert doc.dateline == "elm city, del."
    for r in doc.removed:
        assert raw[r.start : r.end] == r.text


def test_a_live_blogs_time_stamps_go_and_each_entry_is_a_sentence_of_its_own() -> None:
    # session 43 (Multi-News+, AP's "The Latest"): "___ 6: 15 p.m. The ..." opened a summary sentence
    para = "The mayor spoke on monday about the ferry. ___ 6: 15 p.m. The council voted to keep the ferry."
    doc, raw = _clean(BODY, para)
    assert (
        doc.text.split("\n")[1]
        == "The mayor spoke on monday about the ferry. The council voted to keep the ferry."
    )
    assert _reasons(doc) == {"___ 6: 15 p.m.": "dateline"}
    for r in doc.removed:
        assert raw[r.start : r.end] == r.text


def test_a_comment_prompt_run_into_the_lead_goes_with_the_headline_before_it() -> None:
    lead = "the harbour bridge will close for eight months, the council said on Monday."
    paragraph = (
        "Bridge to close or leave a comment of your own see what other readers have to say "
        "about this story – "
    )
    doc, _ = _clean(paragraph + lead, BODY2)
    assert doc.text.split("\n")[0] == lead
    (r,) = doc.removed
    assert (r.reason, r.start, r.text) == ("site-notice", 0, paragraph.rstrip())


def test_prefix_rule_leaves_later_paragraphs_alone() -> None:
    late = "LISBON (Reuters) - A second wire story was pasted in here."
    doc, _ = _clean(BODY, BODY2, BODY, BODY2 + " More.", late)
    assert late in doc.text


def test_a_share_bar_run_into_the_lead_goes_with_its_byline_and_the_lead_is_kept() -> None:
    # issue 16: the bar's "this article" made the context model refuse the lead, and the sentences leaning
    # on it in turn; now byline and bar go, labelled, and the lead stands alone
    bar = "Ann lee publisher, harbournews.com thursday 3rd may 2019 share this article share "
    lead = "the council will run a free ferry across the harbour until june."
    doc, raw = _clean(bar + lead, BODY)
    assert doc.text == f"{lead}\n{BODY}"
    assert [(r.reason, r.text) for r in doc.removed] == [("share-prompt", bar.strip())]
    assert raw[doc.removed[0].start : doc.removed[0].end] == doc.removed[0].text


def test_a_video_notice_run_into_the_lead_goes_and_the_lead_is_kept() -> None:
    # issue 16: javascript-notice kept the whole lead out, and the sentences leaning on it in turn
    notice = "Please enable javascript to watch this video "
    lead = "harbourtown -- a ferry captain called the police to report a crack in the old bridge. " + BODY2
    doc, _ = _clean(notice + lead, BODY)  # a paragraph past javascript-notice's 40 words, as Multi-News+ runs
    # session 43: the dateline after the notice goes too (prefix rules are tried again after a cut)
    assert doc.text == f"{lead.removeprefix('harbourtown -- ')}\n{BODY}"
    assert [(r.reason, r.text) for r in doc.removed] == [
        ("browser-notice", notice.strip()),
        ("dateline", "harbourtown --"),
    ]
    assert doc.dateline is None  # an unlisted town the article never names again: cut, not shown


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Apology — ", None),  # a kicker: cut as a dateline, never shown as a place
        ("Wipeable tablecloth — ", None),
        ("Harbourtown — ", None),  # an unlisted town and no other evidence
        ("Photo hartford — ", "hartford"),  # the widget's word is no part of the place
        ("Article excerpt denver — ", "denver"),
        ("Elmford ( cbs ) — ", "Elmford"),  # a station's credit
        ("Fort elmford — ", "Fort elmford"),  # a place's word opens it
        ("Elmford falls — ", "Elmford falls"),  # or ends it
    ],
)
def test_a_caseless_datelines_place_is_shown_only_with_evidence(opening: str, dateline: str | None) -> None:
    # session 43 (lead): the header showed "Apology" and "Wipeable tablecloth" as the story's place
    lead = "the council voted on monday to keep the ferry running across the harbour until june. " + BODY2
    doc, _ = _clean(opening + lead, BODY)
    assert doc.text.startswith("the council voted")
    assert doc.dateline == dateline


def test_a_caseless_dateline_the_article_writes_as_a_place_is_shown() -> None:
    lead = "the council voted on monday to keep the ferry running until june. " + BODY2
    doc, _ = _clean("Harbourtown — " + lead, "The ferry is the only link for families in harbourtown.")
    assert doc.dateline == "Harbourtown"


def test_a_picture_agencys_credit_opening_a_sentence_is_cut_and_the_sentence_kept() -> None:
    """agency-credit-inline (brief44): "Getty images" glued before a lower-cased page's lead goes, labelled
    photo-credit; the lead stays."""
    lead = "facebook ceo jo roe started his testimony tuesday in washington looking worried. He left."
    doc, raw = _clean(BODY, "Getty images " + lead, BODY2)
    assert _reasons(doc)["Getty images"] == "photo-credit"
    assert lead in doc.text.split("\n")
    for r in doc.removed:
        assert raw[r.start : r.end] == r.text


def test_an_ad_slots_label_run_into_a_sentence_is_cut_and_the_sentence_kept() -> None:
    """advertisement-inline (brief55): a lower-cased page's "Advertisement" glued before a sentence goes,
    labelled ad; the sentence after it stays (whole, the word "advertisement" kept it out of summaries)."""
    lead = "The ferry sank at dawn off the north pier with forty people on board, the harbour master said."
    para = lead + " Advertisement jo roe, 40, swam to the pier and called for help."
    doc, raw = _clean(BODY, para, BODY2)
    assert _reasons(doc)["Advertisement"] == "ad"
    assert lead + " jo roe, 40, swam to the pier and called for help." in doc.text.split("\n")
    for r in doc.removed:
        assert raw[r.start : r.end] == r.text
    # At the page's head (fewer than AD_LABEL_AFTER words before it) the label and what follows stay.
    head = "Please turn on javascript. Advertisement live updates by jo roe on the ferry that sank at dawn."
    doc, _ = _clean(BODY, head, BODY2)
    assert "Advertisement" not in _reasons(doc)


def test_a_credit_line_run_into_the_text_is_cut_and_the_text_around_it_kept() -> None:
    """contributed-inline (brief44): a lower-cased page's credit inside a paragraph goes, labelled; the
    sentences before and after it stay."""
    para = "Roe called Lee to thank him. – cnn's jo roe and ann lee contributed to this report. It ended."
    doc, raw = _clean(BODY, para, BODY2)
    assert _reasons(doc)["– cnn's jo roe and ann lee contributed to this report."] == "credit-line"
    assert "Roe called Lee to thank him. It ended." in doc.text.split("\n")
    for r in doc.removed:
        assert raw[r.start : r.end] == r.text


@pytest.mark.parametrize(
    ("opening", "byline"),
    [
        ("/ updated by jo roe ferry fares will double on monday, the council said.", "/ updated by jo roe"),
        ("/ updated by jo roe and al k. Doe ferry fares will double.", "/ updated by jo roe and al k. Doe"),
        ("/ updated by jo roe lisbon — ferry fares — and bus fares — will double.", "/ updated by jo roe"),
        ("/ updated by jo roe elm city, del. — ferry fares will double — or so.", "/ updated by jo roe"),
    ],
)
def test_an_nbc_byline_whose_end_has_evidence_is_cut_and_the_lead_kept(opening: str, byline: str) -> None:
    """updated-byline-names-prefix and updated-byline-place-prefix (byline44): a given name's shape, or a
    listed place (its state) and a dash after the names, is the byline's sure end; the lead stays (after
    the dateline, cut by byline-dateline-prefix)."""
    doc, _ = _clean(opening, BODY2)
    assert _reasons(doc)[byline] == "byline"
    assert doc.text.startswith("ferry fares")


@pytest.mark.parametrize(
    "opening",
    [
        "/ updated by jo ling kent ferry fares will double on monday.",  # "kent": a given name, a surname?
        "/ updated by jo roe will lee told the council the ferry fares will double.",  # a name next
        "/ updated by ann mary roe ferry fares will double on monday.",  # "mary": a given name as surname
        "/ updated by elmo roe ferry fares will double on monday.",  # no listed given name
        "/ updated by jo roe and the associated press ferry fares will double.",
        "/ updated by elmo roe harbourtown — the ferry — and the bus — will stop.",  # no listed place
    ],
)
def test_an_nbc_byline_whose_end_is_unsure_is_left_whole(opening: str) -> None:
    """Guards of the two rules (byline44): without the evidence, saying less: nothing of the byline goes."""
    doc, _ = _clean(opening, BODY2)
    assert not any(r.reason == "byline" for r in doc.removed)


def test_a_healthday_byline_goes_then_its_wire_dateline_becomes_metadata() -> None:
    """healthday-byline-prefix (byline44): the byline and credit go, then spaced-wire-prefix cuts the date."""
    lead = "cats may hold a key to a vaccine, researchers said. The council met on tuesday."
    doc, _ = _clean("By jo roe healthday reporter tuesday, april 1 ( healthday news ) -- " + lead, BODY2)
    assert _reasons(doc)["By jo roe healthday reporter"] == "byline"
    assert doc.dateline == "tuesday, april 1"
    assert doc.text.startswith(lead)


def test_webmds_headline_healthdays_byline_and_dateline_go_one_after_another() -> None:
    """webmd-headline-prefix, healthday-byline-prefix, spaced-wire-prefix (byline44): three prefix rounds."""
    lead = "cats may hold a key to a vaccine, researchers said. The council met on tuesday."
    head = "Cats and vaccines a small study finds a link webmd news from healthday"
    credit = " by jo roe healthday reporter tuesday, april 1 ( healthday news ) -- "
    doc, _ = _clean(head + credit + lead, BODY2)
    assert _reasons(doc)[head] == "headline"
    assert _reasons(doc)["by jo roe healthday reporter"] == "byline"
    assert doc.dateline == "tuesday, april 1"
    assert doc.text.startswith(lead)


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("/ updated by jo roe lisbon — ferry fares — and bus fares — will double.", "lisbon — "),
        ("/ updated by jo roe elm city, del. — ferry fares will double — or so.", "elm city, del. — "),
    ],
)
def test_a_dateline_after_a_cut_byline_is_the_documents_dateline(opening: str, dateline: str) -> None:
    """byline-dateline-prefix (dateline44): after a byline's cut, a listed place (or its state) and a dash
    is a dateline even with a second dash near (caseless-dateline-prefix refuses it): cut, its place kept."""
    doc, _ = _clean(opening, BODY2)
    assert _reasons(doc)[dateline.rstrip()] == "dateline"
    assert doc.dateline == dateline.split(" —")[0]
    assert doc.text.startswith("ferry fares")


@pytest.mark.parametrize(
    "opening",
    [
        "Lisbon — ferry fares — and bus fares — will double, the council said on monday.",  # no byline cut
        "/ updated by jo roe harbourtown — ferry fares — and bus fares — will double.",  # no listed place
    ],
)
def test_a_place_and_dash_without_a_byline_cut_before_is_left(opening: str) -> None:
    """byline-dateline-prefix (dateline44): only right after a byline's cut, and only with a sure place."""
    doc, _ = _clean(opening, BODY2)
    assert doc.dateline is None
    assert not any(r.reason == "dateline" for r in doc.removed)


def test_a_hyphen_dateline_with_a_sure_place_is_cut_and_its_place_kept() -> None:
    """hyphen-dateline-prefix (brief48, issue 16): "houston - the manager ..." opened MN+ dev 48133's lead
    after its caption's cut (caseless-dateline-prefix wants a long dash); the place becomes the dateline."""
    lead = "the ferry manager was fired after the robbery, and is now suing the company for damages."
    doc, _ = _clean("houston - " + lead, BODY2)
    assert doc.text.startswith(lead)
    assert _reasons(doc)["houston -"] == "dateline" and doc.dateline == "houston"
    doc, _ = _clean("Elm city, mo. - " + lead, BODY2)
    assert doc.text.startswith(lead) and doc.dateline == "Elm city, mo."


@pytest.mark.parametrize("opening", ["File - in this photo, the ferry ", "Update - ", "Harbourtown - "])
def test_a_hyphen_after_no_sure_place_is_left(opening: str) -> None:
    """hyphen-dateline-prefix: guard `_sure_place`, no listed place and no state: an AP file photo's marker, a
    kicker, an unknown word are not datelines."""
    doc, _ = _clean(opening + "the ferry manager was fired after the robbery, the company said.", BODY2)
    assert doc.dateline is None and not any(r.reason == "dateline" for r in doc.removed)


def test_a_buy_photo_button_left_after_a_video_box_goes_and_the_dateline_after_it() -> None:
    """buy-photo-prefix (brief48, issue 16): after close-video-box-prefix's cut, "buy photo" and a dateline
    opened the text (49 training-file documents); button, then dateline, go."""
    box = "Close the ferry ran aground on sunday. Usa today the ferry at its berth. ( photo: jane roe, ap )"
    lead = "prosecutors said on monday that the ferry's captain had been drinking before it ran aground."
    doc, _ = _clean(f"{box} buy photo lisbon — {lead}", BODY2)
    assert doc.text.split("\n")[0] == lead
    assert [r.reason for r in doc.removed] == ["video-widget", "caption", "dateline"]
    assert doc.dateline == "lisbon"


def test_a_wire_name_and_a_dash_opening_the_lead_go_and_give_no_dateline() -> None:
    """agency-dash-prefix (brief48, issue 16): "Reuters health - parents ..." (MN+ dev 45147) kept the credit
    in the lead; it goes, and "Reuters health" is no place."""
    lead = "parents who delay shots for their children add to outbreaks of measles, a review found."
    doc, _ = _clean("Reuters health - " + lead, BODY2)
    assert doc.text.startswith(lead) and doc.dateline is None
    assert _reasons(doc)["Reuters health -"] == "credit-line"


def test_a_newsletter_box_run_into_the_lead_is_cut_and_the_lead_kept() -> None:
    """newsletter-box-inline (brief48, issue 16 item 2): the box's words opened a Mirror article's lead (MN+
    dev 47917; 36 training documents) and the page's app prompt sat between two sentences (69)."""
    box = (
        "Get daily updates directly to your inbox + subscribe thank you for subscribing! could not subscribe,"
        " try again later invalid email"
    )
    lead = (
        "a ferry ran aground off the harbour wall on monday. Its captain was arrested on tuesday, and the"
        " council said the ferry would not run again until the wall was lit. Riders waited for hours on the"
        " quay as tugs pulled the ferry free at high tide. The harbour master said the wall's lamps had been"
        " out for a week, and that he had asked the council twice to mend them. The council said it would"
        " mend the lamps this week."
    )  # over the 90 words of the line rule signup-form, which takes a short box-and-text paragraph whole
    doc, _ = _clean(f"{box} {lead}", BODY2)
    assert doc.text.split("\n")[0] == lead
    assert _reasons(doc) == {box: "subscribe-prompt"}


def test_a_signup_box_of_more_sentences_than_prefix_rounds_goes_whole() -> None:
    """clean.inline (brief48, issue 16 item 2): after three sign-up sentences cut as prefixes (signup-inline
    leads), the fourth ("You're all set!") was left, its rule anchored at a sentence's start not seeing one
    behind the space the prefix cut left (MN+ dev 49935); now the paragraph goes whole."""
    box = (
        "Be the first to know about new in the loop stories from the desk. Sign up to follow, and we ' ll"
        " e-mail you free updates as they're published. You ' ll receive free e-mail news updates each time"
        " a new story is published. You're all set!"
    )
    doc, _ = _clean(box)
    assert not doc.text.strip()
    assert [r.reason for r in doc.removed] == ["subscribe-prompt"]


def test_a_video_caption_before_a_flash_notice_stays() -> None:
    """flash-notice-inline (brief48, issue 16 item 2): the notice goes and the video's caption stays."""
    caption = "Ferry captain speaks the captain of the ferry says the harbour wall was not lit on monday."
    doc, _ = _clean(
        f"{caption} If your browser has adobe flash player installed, click above to play. Otherwise,"
        " click below."
    )
    assert doc.text == caption


def test_a_caption_and_its_bar_credit_opening_the_document_are_cut_and_the_rest_kept() -> None:
    """pipe-credit-caption-prefix (brief48, issue 16): Politico's caption and its "&#124; getty" credit
    opening the lead (281 training documents) were a summary's opening sentence. The caption and credit go;
    the headline after them has no sure end and stays."""
    caption = "The mayor speaks at the harbour on monday. &#124; jane roe/afp/getty images"
    rest = (
        "ferry fares to double the council voted on monday to double ferry fares from june. The mayor said"
        " the ferry would run again by the summer."
    )
    doc, _ = _clean(f"{caption} {rest}", BODY2)
    assert doc.text.split("\n")[0] == rest
    assert [(r.reason, r.text) for r in doc.removed] == [("caption", caption)]


def _possessive(node: object) -> bool:
    """Whether a parsed pattern (`re._parser`) holds a possessive quantifier (`?+`, `*+`, `++`, `{m,n}+`)."""
    from re import _constants, _parser  # type: ignore[attr-defined]

    if isinstance(node, _parser.SubPattern):
        node = node.data
    if isinstance(node, (list, tuple)):
        return any(x is _constants.POSSESSIVE_REPEAT or _possessive(x) for x in node)
    return False


def test_no_pattern_of_the_pipeline_holds_a_possessive_quantifier() -> None:
    """CPython before 3.11.5 matched possessive quantifiers wrongly (gh-106052): "/ updated by ..." (NBC's
    stamp) was no `UPDATED_BY` under 3.11.2, so a brief kept a byline 3.11.7 cut. The atomic group `(?>X?)`,
    which the fix made `X?+` into, matches alike in every 3.11."""
    import re
    import sys
    from re import _parser  # type: ignore[attr-defined]

    import newsbrief.pipeline  # noqa: F401  (every stage's modules, their patterns compiled)
    from newsbrief.clean import rules

    assert _possessive(_parser.parse("(?:ab)?+x")) and not _possessive(_parser.parse("(?>(?:ab)?)x"))
    patterns = [rules.UPDATED_BY, rules.UPDATED_BYLINE, *(r.pattern.pattern for r in RULES)]
    for name, module in list(sys.modules.items()):
        if name.startswith("newsbrief"):
            patterns += [v.pattern for v in vars(module).values() if isinstance(v, re.Pattern)]
    held = [p for p in patterns if isinstance(p, str) and _possessive(_parser.parse(p))]
    assert not held, held[:3]
    stamp = "/ updated by alastair jamieson and erin calabrese london — one of 500 passengers"
    assert re.match(rules.UPDATED_BY, stamp)


def test_a_page_header_up_to_its_cms_ids_is_cut_and_the_lead_kept() -> None:
    """cms-ids-prefix (brief48, issue 16): the Sun-Times header (headline, byline with e-mail, caption, the
    CMS's ids) opened a training story's summary (fresh seed 4845, story 1; 18 training documents hold
    the ids)."""
    header = (
        "Ferry fares to double by jo roe staff reporter/jroe@example.com the ferry at its berth in june."
        " &#124; photo courtesy of jane roe storyidforme: 28920396 tmspicid: 10455373 fileheaderid: 4810526"
        " article extras updated:"
    )
    lead = "the council voted on monday to double ferry fares from june. The mayor said the boats were old."
    doc, _ = _clean(f"{header} {lead}", BODY2)
    assert doc.text.split("\n")[0] == lead
    assert [(r.reason, r.text) for r in doc.removed] == [("headline", header)]


def test_brief53_a_tv_promo_and_an_agency_credit_run_into_the_text_are_cut_and_the_text_kept() -> None:
    # brief53 (issue 16): a TV listing's promo and a photo credit ending on a picture agency, each glued to
    # the next sentence of a lower-cased page, line breaks lost: the furniture goes, the sentences stay
    lead = "the council voted on monday to keep the old bridge open for ten more years."
    for furniture, reason in (
        ("Watch the mayor in an exclusive interview set to air tuesday at 10 p.m. Et.", "promo"),
        ("Watch the harbour town hall on thursday at 8: 30 p.m. Et", "promo"),
        ("Photo by jane roe/shutterstock", "photo-credit"),
        ("Image credit: jane roe/abc news", "photo-credit"),
        ("Jane roe/wireimage", "photo-credit"),
        ("Jane roe/invision/ap", "photo-credit"),
    ):
        doc, raw = _clean(BODY2, f"{BODY} {furniture} {lead}")
        assert doc.text == f"{BODY2}\n{BODY} {lead}", furniture
        assert [(r.reason, r.text) for r in doc.removed] == [(reason, furniture)]
        assert raw[doc.removed[0].start : doc.removed[0].end] == furniture


def test_brief54_a_labelled_or_repeated_agency_credit_goes_whole_and_the_text_stays() -> None:
    # brief54 (issue 16): a lower-cased page's photo credit behind its label ("Photographer:", "Photo:") or
    # written twice, glued to the next sentence: the whole credit goes (each repeat too), the sentences stay
    lead = "the council voted on monday to keep the old bridge open for ten more years."
    for furniture in (
        "Photographer: jane roe/bloomberg photographer: jane roe/bloomberg",
        "Photo: jane roe/bloomberg news",
        "Credit: jane roe/wireimage.com; al lee/filmmagic",
        "Jane roe/wireimage jane roe/wireimage",
    ):
        doc, raw = _clean(BODY2, f"{BODY} {furniture} {lead}")
        assert doc.text == f"{BODY2}\n{BODY} {lead}", furniture
        assert [(r.reason, r.text) for r in doc.removed] == [("photo-credit", furniture)]
        assert raw[doc.removed[0].start : doc.removed[0].end] == furniture


def test_headline_credit_prefix_look_ahead_keeps_every_match_at_the_run_s_bounds() -> None:
    """The credit's look-ahead (a speed cut, session 58) matches where the rule did without it: runs of
    9 to 251 letters before " ( cnn )", a stop or a line break before the credit, none at all."""
    import re

    rule = BY_NAME["headline-credit-prefix"].pattern
    plain = re.compile(rule.pattern.replace(r"(?=[^.!?()\n]{11,251}\s\()", "", 1))
    assert plain.pattern != rule.pattern
    texts = [
        ("Ferry fares to double " + "x" * n + " ( cnn ) the council voted on monday.") for n in range(0, 260)
    ]
    texts += [("Ferry fares to double " + "y" * n + "\n( cnn ) the council voted.") for n in (5, 40)]
    texts += ["Ferry fares to double. Next year ( cnn ) the council voted.", "No credit in this line at all."]
    texts += ["Ferry fares to double next year\t(\tap\t) — it is shut.", "( cnn ) the council voted."]
    found = 0
    for t in texts:
        a, b = rule.search(t), plain.search(t)
        assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), t
        found += a is not None
    assert 200 < found < len(texts)


def test_headline_dateline_prefix_look_ahead_keeps_every_match() -> None:
    """The state comma's look-ahead (a speed cut, session 58) matches where the rule did without it."""
    import re

    rule = BY_NAME["headline-dateline-prefix"].pattern
    plain = re.compile(rule.pattern.replace(r"(?=[^.!?]*,\s)", "", 1))
    assert plain.pattern != rule.pattern
    texts = [
        "Ferry fares to double next year elm city, del. — the council voted on monday.",
        "Ferry fares to double next year elm city,\ndel. - the council voted.",
        "Ferry fares to double. Next year elm city, del. — the council voted.",
        "Ferry fares to double next year in elm city, del. — the council voted.",
        "No comma in this line at all — the council voted.",
    ]
    for t in texts:
        a, b = rule.search(t), plain.search(t)
        assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), t
