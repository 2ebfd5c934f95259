"""Chinese (zh): every word of the language that newsextract reads (schema.py).

Chinese writes no spaces between words: its language is told by its script (Han without
kana); the stop words serve only where a text is tokenised.
"""

from __future__ import annotations

from typing import Final

from newsextract.lexicon.schema import Lexicon, calendar, phrases, words

LEXICON: Final = Lexicon(
    boilerplate_lines=phrases(
        """
        评论 | 評論 | 分享 | 分享到 | 广告 | 廣告 | 阅读全文 | 閱讀全文 | 查看更多 | 打印
        复制链接 | 複製連結 | 播放视频 | 发表评论 | 發表評論 | 返回顶部 | 返回首页 | 责任编辑
        订阅 | 訂閱 | 阅读下一篇 | 閱讀下一篇 | 下一篇 | 上一篇
        """
    ),
    related_headings=phrases(
        "相关新闻 | 相關新聞 | 相关阅读 | 相關閱讀 | 延伸阅读 | 延伸閱讀 | 推荐阅读 | 相关文章"
    ),
    listing_headings=phrases("热门文章 | 熱門文章 | 排行榜 | 热点 | 最新新闻 | 标签 | 標籤"),
    # Not 来源 (source) alone: "来源: 新华社" opens an article's source line, not an image's.
    credit_labels=phrases("图片来源 | 圖片來源 | 图 | 圖 | 摄影 | 攝影"),
    byline_word="作者:",
    name_prefixes=phrases("作者 | 记者 | 記者"),
    byline_prefixes=phrases("作者 | 记者 | 記者 | 发布时间 | 發布時間 | 更新时间 | 编辑 | 編輯"),
    author_labels=phrases("摄影 | 攝影"),
    source_labels=phrases("图片来源 | 圖片來源"),
    counted_words=phrases("评论 | 評論 | 条评论 | 則留言"),
    comment_headings=phrases("评论 | 評論 | 网友评论 | 留言"),
    months=calendar(
        """
        1月 一月 | 2月 二月 | 3月 三月 | 4月 四月 | 5月 五月 | 6月 六月 | 7月 七月 | 8月 八月
        9月 九月 | 10月 十月 | 11月 十一月 | 12月 十二月
        """
    ),
    weekdays=calendar(
        """
        星期一 周一 週一 | 星期二 周二 週二 | 星期三 周三 週三 | 星期四 周四 週四
        星期五 周五 週五 | 星期六 周六 週六 | 星期日 星期天 周日 週日
        """
    ),
    name_joins=words("、 和 與 与"),
    author_roles=phrases("记者 | 記者 | 编辑 | 編輯 | 责任编辑 | 特约记者 | 通讯员 | 摄影"),
    script="Hani",
    stop_words=words(
        """
        的 了 在 是 我 有 和 就 不 人 都 一 一个 上 也 很 到 说 要 去 你 会 着 没有 看 好 自己
        这 他 她 们 中 对 为 以 与 及 等 将 从 被 而 但 并 其 或 这个 那 這 個 說 會 為 與 對
        """
    ),
    date_labels=phrases(
        "发布时间 | 發布時間 | 发布日期 | 更新时间 | 更新時間 | 时间 | 時間 | 日期"
    ),
    author_prefixes=phrases("作者 | 记者 | 記者 | 文"),
    editor_labels=phrases("责编 | 責編 | 责任编辑 | 責任編輯"),
    update_labels=phrases("更新时间 | 更新時間 | 更新"),
    notice_lines=phrases("加载中 | 載入中 | 登录 | 登入 | 注册 | 仅限订阅用户 | 请启用javascript"),
    news_words=phrases("新闻 | 新聞 | 快讯"),
    summary_headings=phrases("要点 | 要點 | 摘要 | 核心提示"),
    count_words=words("共"),
    # invitations to scan a code, follow the site or get its app
    prompt_prefixes=phrases(
        "扫描二维码 | 扫码关注 | 下载客户端 | 点击下载 | 欢迎关注 | 更多精彩内容"
    ),
    follow_prefixes=phrases("关注我们 | 關注我們 | 关注"),
    author_box_headings=phrases("作者简介 | 作者簡介 | 关于作者"),
    ago_words=phrases("前"),
    time_units=words("秒 分钟 分鐘 小时 小時 天 周 週 个月 個月 年"),
    read_time_words=phrases("阅读时间 | 閱讀時間"),
    desk_words=words("编辑部 編輯部 新华社 新華社"),
    year_marks=words("年"),
    ordinal_suffixes=words("日 号 號"),
    hour_marks=words("时 時"),
)
