"""Japanese (ja): every word of the language that newsextract reads (schema.py).

Japanese writes no spaces between words: its stop words are the particles and endings that
stand alone only in tokenised text; its language is told by its script (kana with Han).
"""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        コメント | コメントする | シェア | 共有 | 広告 | 続きを読む | もっと見る | 印刷
        ツイート | ブックマーク | リンクをコピー | 動画を再生 | 拡大 | メールマガジン
        ニュースレターに登録 | 会員登録 | ログインして続きを読む | 有料会員限定 | pr
        """
    ),
    related_headings=phrases(
        "関連記事 | 関連ニュース | あわせて読みたい | こちらもおすすめ | 関連リンク"
        " | 関連企業・業界"
    ),
    listing_headings=phrases(
        "アクセスランキング | ランキング | よく読まれている記事 | 最新ニュース | タグ"
    ),
    credit_labels=phrases("写真 | 画像 | 撮影 | 出典 | 提供"),
    byline_word="文:",
    name_prefixes=phrases("文 | 記者 | 筆者"),
    byline_prefixes=phrases("文 | 記者 | 筆者 | 更新 | 公開 | 配信"),
    author_labels=phrases("撮影"),
    source_labels=phrases("出典 | 提供"),
    counted_words=phrases("コメント | 件のコメント"),
    comment_headings=phrases("コメント | みんなのコメント | 読者のコメント"),
    months=calendar(
        """
        1月 一月 | 2月 二月 | 3月 三月 | 4月 四月 | 5月 五月 | 6月 六月 | 7月 七月 | 8月 八月
        9月 九月 | 10月 十月 | 11月 十一月 | 12月 十二月
        """
    ),
    weekdays=calendar(
        """
        月曜日 月曜 | 火曜日 火曜 | 水曜日 水曜 | 木曜日 木曜 | 金曜日 金曜 | 土曜日 土曜
        日曜日 日曜
        """
    ),
    name_joins=words("・ と"),
    author_roles=phrases("記者 | 編集委員 | 論説委員 | 特派員 | 編集部 | カメラマン"),
    script="Jpan",
    stop_words=words(
        """
        の に は を た が で て と し れ さ ある いる も する から な こと として い や れる
        など なっ ない この ため その あっ よう また もの という あり まで られ なる へ か
        だ これ によって により おり より による ず なり られる において ば なかっ なく
        しかし について せ だっ できる それ ので なお のみ でき および さらに でも ます です
        """
    ),
    date_labels=phrases("公開日 | 配信日 | 更新日 | 掲載日 | 公開 | 配信 | 更新"),
    author_prefixes=phrases("文 | 記者 | 筆者 | 執筆"),
    update_labels=phrases("更新 | 更新日 | 最終更新"),
    notice_lines=phrases(
        """
        読み込み中 | ログイン | 会員登録 | 有料会員限定 | この記事は有料会員限定です
        この記事は会員限定です
        javascriptを有効にしてください
        """
    ),
    news_words=phrases("ニュース | 新聞 | 速報"),
    summary_headings=phrases("ポイント | 要点 | この記事のポイント"),
    count_words=words("中"),
    # what asks the reader to register or log in to read on
    prompt_prefixes=phrases(
        "続きを読むには | 会員登録すると | 電子版に登録すると | 無料会員登録 | ログインすると"
    ),
    follow_prefixes=phrases("フォローする | フォロー"),
    author_box_headings=phrases("著者プロフィール | この記事を書いた人 | 筆者紹介"),
    ago_words=phrases("前"),
    time_units=words("秒 分 時間 日 週間 か月 ヶ月 年"),
    read_time_words=phrases("読了時間 | で読めます"),
    desk_words=words("編集部"),
    year_marks=words("年"),
    ordinal_suffixes=words("日"),
    hour_marks=words("時"),
)
