"""Korean (ko): every word of the language that newsextract reads (schema.py)."""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, offsets, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        댓글 | 댓글 쓰기 | 공유 | 공유하기 | 광고 | 더보기 | 기사 더보기 | 인쇄 | 프린트
        링크 복사 | 동영상 재생 | 구독 | 구독하기 | 뉴스레터 구독 | 좋아요 | 스크랩
        무단 전재 및 재배포 금지 | 무단전재 및 재배포 금지
        """
    ),
    related_headings=phrases("관련기사 | 관련 기사 | 관련 뉴스 | 함께 볼만한 뉴스 | 추천 기사"),
    listing_headings=phrases("많이 본 뉴스 | 가장 많이 본 뉴스 | 인기 기사 | 최신 뉴스 | 태그"),
    credit_labels=phrases("사진 | 사진 제공 | 자료 | 출처 | 그래픽"),
    byline_word="글",
    name_prefixes=phrases("기자 | 글"),
    byline_prefixes=phrases("기자 | 글 | 입력 | 수정 | 업데이트 | 승인"),
    author_labels=phrases("사진"),
    source_labels=phrases("출처 | 자료"),
    counted_words=phrases("댓글"),
    comment_headings=phrases("댓글 | 독자 댓글"),
    months=calendar("1월 | 2월 | 3월 | 4월 | 5월 | 6월 | 7월 | 8월 | 9월 | 10월 | 11월 | 12월"),
    weekdays=calendar("월요일 | 화요일 | 수요일 | 목요일 | 금요일 | 토요일 | 일요일"),
    name_joins=words("및 &"),
    author_roles=phrases("기자 | 특파원 | 편집국장 | 논설위원 | 사진기자 | 에디터"),
    script="Kore",
    stop_words=words(
        """
        이 그 저 것 수 등 및 그리고 하지만 또한 그러나 또 더 있다 했다 있는 없는 한 두
        것이다 것으로 것은 것을 것이 밝혔다 말했다 위해 대한 통해 따라 지난 이번 올해
        지난해 현재 이후 당시 가장 다른 모든 같은 많은 함께 이미 다시 모두 바로 특히
        오는 관련 대해 위한 있어 있고 없다 된다 했고 하는 하고 있도록 것도 때문에 경우
        """
    ),
    date_labels=phrases("입력 | 수정 | 승인 | 등록 | 업데이트 | 발행일 | 기사입력"),
    author_prefixes=phrases("글 | 기자"),
    update_labels=phrases("수정 | 업데이트 | 최종수정"),
    notice_lines=phrases(
        "로딩중 | 로그인 | 회원가입 | 유료 회원 전용 | 자바스크립트를 활성화해 주세요"
    ),
    news_words=phrases("뉴스 | 속보"),
    summary_headings=phrases("요약 | 핵심 요약 | 주요 내용"),
    count_words=words("중"),
    follow_prefixes=phrases("팔로우"),
    author_box_headings=phrases("기자 소개 | 필자 소개"),
    ago_words=phrases("전"),
    time_units=words("초 분 시간 일 주 개월 년"),
    read_time_words=phrases("읽는 시간"),
    desk_words=words("편집국 뉴스팀 온라인뉴스팀"),
    # Korea Standard Time
    zones=offsets("kst 9"),
    year_marks=words("년"),
    ordinal_suffixes=words("일"),
    hour_marks=words("시"),
)
