"""English (en): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, offsets, phrases, words, zone_names

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        0 comments | add a comment | advertisement | advertising | back to top
        be the first to comment | cancel reply | close | comment | comments | continue reading
        end
        copy link | e-mail | email | email this | enter your location | view my complete profile
        full screen | fullscreen | view full screen
        javascript is disabled | join the discussion | leave a comment | leave a reply
        load comments | log in to comment | newsletter | no comments | or
        please enable javascript | post a comment | print | print recipe | read more
        save to pinterest | pin it | pin recipe
        scroll to continue with content | share | share on facebook | share on twitter
        share this | share this article | share this story | show comments | sign up
        sign up for our newsletter | skip to content | skip to main content | sponsored
        sponsored content | subscribe | subscribe to our newsletter
        this article is more than 1 year old | tweet | use current location | use my location
        view comments | x | you must be logged in to post a comment | comments are closed
        comments are closed for this article | commenting is closed
        comments for this article are closed | play video | watch video | play | up next
        now playing | replay | we apologize, but this video has failed to load | advert
        this video is no longer available | zoom | enlarge image | view gallery | open gallery
        share this page | learn more | article continues below | story continues below
        end of article | follow us on social media | caption | sponsored links
        no ratings yet
        """
    ),
    related_headings=phrases(
        """
        also read | don't miss | further information | further reading
        keep reading | more about | more from | more in | more on this | more on this story
        more stories | read more | read next | recommended | related | related articles
        related content | related news | related post | related posts | related reading
        related stories | see also | you may also like | you may be interested in
        you might also like | explore further | more stories | you might be interested in
        related coverage | more coverage | more | recommended from
        """
    ),
    link_badges=phrases("audio | gallery | live | plus | podcast | premium | video"),
    feed_headings=phrases("more from | more in"),
    listing_headings=phrases(
        """
        latest news | latest stories | more news | most popular | most read | popular | latest from
        recommended for you | related topics | tagged | tags | top news | top stories | topics
        trending | trending news | trending now | latest articles | recent posts
        recent articles | new articles | editor's picks | editors' picks | editor's choice
        editor’s picks | editors’ picks | editor’s choice | recommended videos | latest videos
        """
    ),
    credit_labels=phrases(
        """
        courtesy | cover image | cover photo | credit | credits | featured image | graphic
        header image | hero image | illustration | image | image by | image credit
        image source | images | lead image | lead photo | main image | main image credit
        main photo | photo | photo by | photo credit | photo illustration | photograph
        photograph by | photos | picture | picture by | source | top image | video
        """
    ),
    byline_word="By",
    name_prefixes=phrases("by"),
    byline_prefixes=phrases(
        """
        author | by | first published | last updated | posted | posted by | posted on
        published | published on | reviewed by | story by | text by | updated | words by
        written by | written on
        """
    ),
    caption_labels=phrases("top image | header image | featured image"),
    author_labels=phrases("photographer | photo by | photograph by | image by | picture by"),
    source_labels=phrases("source | image source | courtesy | courtesy of"),
    video_labels=phrases("video"),
    counted_words=phrases("comments | replies | reactions | responses | shares"),
    comment_headings=phrases("comments | reader comments | readers' comments | your comments"),
    months=calendar(
        """
        january jan. | february feb. | march mar. | april apr. | may | june jun. | july jul.
        august aug. | september sep. sept. | october oct. | november nov. | december dec.
        """
    ),
    weekdays=calendar(
        """
        monday mon. | tuesday tue. tues. | wednesday wed. | thursday thu. thur. thurs. | friday fri.
        saturday sat. | sunday sun.
        """
    ),
    name_joins=words("and &"),
    author_roles=phrases(
        """
        translation | translated by | staff writer | staff reporter | senior writer | reporter
        correspondent | editor
        contributor | contributing writer | columnist | photographer | phd | md | special to
        """
    ),
    script="Latn",
    stop_words=words(
        """
        the of and to in is that it for on was with as are be this by at from have has not
        but they his her an which their were been we you will would there
        """
    ),
    date_labels=phrases(
        """
        published | posted | posted on | updated | last updated | last edited | date
        created | released | release date
        """
    ),
    author_prefixes=phrases(
        """
        by | written by | words by | text by | story by | reporting by | author | posted by
        post author
        """
    ),
    update_labels=phrases(
        """
        updated | last updated | last modified | modified | edited | last edited
        """
    ),
    notice_lines=phrases(
        """
        loading | loading content | page loading | please wait | sign in | log in | login
        sign in to continue
        log in to continue | log in to continue reading | sign in to continue reading
        subscribe to continue reading | subscribe to read | subscribe to read more
        this content is for subscribers only | this article is for subscribers only
        members only | for members only | this content is for members only
        please enable javascript | javascript is disabled | please turn on javascript
        please turn on javascript to use this feature | this slideshow requires javascript
        you need to enable javascript to run this app | this page requires javascript
        publisher's note | create an account | already a subscriber | already have an account
        you have # free articles left | you have # free articles remaining
        you have read # of # free articles | # free articles left
        """
    ),
    topic_labels=phrases("subject | subjects | topic | topics | tag | tags | keyword | keywords"),
    news_words=phrases(
        """
        news | breaking news | latest news | top news | news today | today news
        news live | live news | top stories | top story
        """
    ),
    summary_headings=phrases(
        """
        story highlights | highlights | key points | key takeaways | at a glance | in brief
        the essentials | what you need to know
        """
    ),
    count_words=words("of"),
    follow_prefixes=phrases(
        """
        follow | follow us on | follow me on
        """
    ),
    author_box_headings=phrases(
        """
        about the author | about the authors | about the writer | about the reporter
        author bio | more about the author
        """
    ),
    ago_words=phrases("ago"),
    time_units=words(
        """
        sec secs second seconds min mins minute minutes hr hrs hour hours day days wk
        wks week weeks mo mos month months yr yrs year years
        """
    ),
    read_time_words=phrases("read | reading time"),
    prompt_prefixes=phrases(
        """
        subscribe to | subscribe now | sign up for | sign up to | never miss | don't miss out
        join us on | join our | chat with us | get the latest | was this article helpful
        did you find this article helpful | was this helpful | this entry was posted
        this entry was filed | posted in | filed under | bookmark the permalink
        let us know | tell us what you think | share your thoughts | share your experience
        got a story | got a news tip | have a news tip | have a tip
        for more stories like this | like this story | like this article | enjoyed this article
        enjoyed this story | to view the full story | to read the full story | receive our
        submit your letter | we respect your privacy
        translated by | translated from the
        """
    ),
    contributor_notes=phrases(
        """
        contributed to this report | contributed to this story | contributed reporting
        additional reporting by | additional reporting from | with reporting by
        with additional reporting by
        are those of the author | are those of the authors | are solely those of the author
        are solely those of the authors | are the author's own | are the author’s own
        """
    ),
    desk_words=words("staff newsroom desk team editors editorial agencies"),
    placeholder_names=phrases(
        "unknown | no author | author unknown | not available | admin | administrator | webmaster"
    ),
    # Arabic and Malay names as English writes them ("Mohammed bin Salman") too.
    name_particles=words("al bin"),
    name_end_words=words("on at"),
    affiliation_words=words("for from"),
    articles=words("the"),
    author_path_words=words("author authors staff writer writers"),
    organisation_words=words(
        """
        agency airlines aerospace association blog bureau co company corp corporation
        foundation group holding inc industries institute labs llc ltd motors museum plc
        robotics systems technologies team university
        """
    ),
    credit_by_words=words("by"),
    courtesy_labels=phrases("courtesy | courtesy of"),
    credit_source_words=words(
        """
        image images photo photos picture pictures press stock agency archive news media
        commons wire studio studios magazine the
        """
    ),
    credit_role_words=phrases(
        "archive | archives | contributor | file | file photo | file picture | handout | pool"
        " | staff | stock image | stock photo | stock picture | stringer | uncredited"
    ),
    copyright_lines=phrases("all rights reserved"),
    ordinal_suffixes=words("st nd rd th"),
    zones=offsets(
        """
        utc 0 | gmt 0 | wet 0 | bst 1 | cet 1 | cest 2 | eet 2 | eest 3 | ist 5.5 | jst 9
        aest 10 | est -5 | edt -4 | cst -6 | cdt -5 | mst -7 | mdt -6 | pst -8 | pdt -7
        aedt 11 | nzst 12 | nzdt 13 | hkt 8 | sgt 8 | akst -9 | akdt -8 | hst -10 | sast 2
        """
    ),
    clock_words=words("hrs"),
    zone_names=zone_names(
        """
        et America/New_York | eastern time America/New_York | ct America/Chicago
        central time America/Chicago | mt America/Denver | mountain time America/Denver
        pt America/Los_Angeles | pacific time America/Los_Angeles | uk time Europe/London
        """
    ),
)
