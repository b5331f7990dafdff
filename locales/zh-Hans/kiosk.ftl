### Access Kiosk: 患者界面，简体中文。
### Machine-drafted from en-GB; needs review by a native speaker before go-live.

# The language's own name, as the language picker shows it.
language-name = 中文（简体）

## Shared

app-title = 在网上查看您的家庭医生病历
action-language = 语言
action-back = 返回
kiosk-busy = 请稍候…
action-text-size = 字体大小
text-size-standard = 标准字体
text-size-large = 大字体
text-size-largest = 最大字体
action-listen = 朗读
action-stop-listening = 停止

## Attract screen

attract-title = 在手机上查看您的家庭医生病历
attract-benefit-1 = 在网上预约
attract-benefit-2 = 申请续开处方
attract-benefit-3 = 查看您的检查结果
attract-touch = 请触摸屏幕开始
attract-own-phone = 想用自己的手机？请扫描这个二维码。

## Language screen

language-title = 选择您的语言
language-hint = 您可以随时更改语言。

## Benefits screen

benefits-title = 您可以在网上做什么
benefits-intro = 使用 NHS App，您可以用手机或电脑：
benefit-appointments = 预约和取消家庭医生门诊
benefit-prescriptions = 申请续开处方
benefit-results = 查看您的检查结果
benefit-vaccinations = 查看您的疫苗接种记录，用于旅行或工作
benefit-record = 阅读您的家庭医生病历和信件
risks-title = 在您同意之前
risks-intro = 请先想一想这些事情。工作人员可以和您一起谈谈。
risk-forgotten = 您的病历里可能有您已经忘记的过去的事情。
risk-bad-news = 在医生和您谈之前，您可能会先看到检查结果或坏消息。
risk-sharing = 谁能看您的病历，由您决定。如果您不想给别人看，就请保密。
risk-coercion = 如果有人逼您给他们看您的病历，最好不要注册。您可以私下告诉我们。
risk-misunderstanding = 您病历里的一些词可能很难懂。如果不明白，请问我们。
risk-third-party = 如果您看到关于别人的信息，请告诉诊所。
risk-keep-safe = 请保管好您的登录信息和所有打印出来的资料。
benefits-interested = 我有兴趣
benefits-not-now = 现在不用

## Interest form

form-title = 请告诉我们您的情况
form-intro = 我们只问几件事。工作人员会和您一起核对。
form-name-hint = 请按照诊所记录里的写法填写您的名字，例如您护照上或 NHS 信件上的写法。最好用英文字母，但用任何文字都可以。
form-first-name = 名字
form-last-name = 姓氏
form-dob = 出生日期
form-dob-hint = 例如：15 3 1984
form-dob-day = 日
form-dob-month = 月
form-dob-year = 年
form-contact-title = 我们怎样联系您？
form-contact-hint = 请留下手机号码、电子邮箱地址，或者两个都留。
form-mobile = 手机号码
form-email = 电子邮箱地址
form-nhs-number = NHS 号码（如果您知道）
form-nhs-number-hint = 10 位数字。您可以在 NHS 寄来的信上找到。
form-wants-title = 您想要什么？
form-wants-hint = 不需要的请取消勾选。
form-wants-services = 预约和重复处方
form-wants-new-entries = 从现在起的家庭医生病历
form-wants-new-entries-hint = 16 岁及以上的人都会默认开通。您可以拒绝。
form-wants-older-record = 申请查看以前的家庭医生病历
form-wants-older-record-hint = 医生会先查看。可能需要几周时间。
form-for-whom-title = 这是为谁办理的？
form-for-me = 为我自己
form-for-someone-else = 为我照顾的人
form-id-title = 您今天带了这些吗？
form-id-hint = 带照片的身份证件，例如护照或驾照；还有地址证明，例如最近的账单。
form-id-both = 是的，带照片的身份证件和地址证明都有
form-id-photo-only = 只有带照片的身份证件
form-id-address-only = 只有地址证明
form-id-neither = 没有，或者我不确定
form-submit = 发送
form-error-summary = 有一个问题

## Field errors (one per validation code)

error-name-missing = 请填写您的名字
error-name-too-long = 您的名字不能超过 100 个字符
error-name-hidden-characters = 您的名字里有看不见的字符。请重新输入。
error-name-no-letters = 您的名字必须包含文字
error-name-symbols = 您的名字只能包含文字、空格、连字符（-）和撇号（'）
error-dob-missing = 请填写您的出生日期
error-dob-not-a-date = 请填写一个真实的日期，例如 15 3 1984，年份要写 4 位数
error-dob-in-future = 您的出生日期必须是过去的日期
error-dob-too-old = 请检查您的出生年份
error-mobile-invalid = 请填写英国的手机号码，例如 07700 900123
error-mobile-not-mobile = 这不是手机号码。请填写以 07 开头的号码。
error-email-invalid = 请填写电子邮箱地址，例如 name@example.com
error-contact-missing = 请填写手机号码或电子邮箱地址
error-nhs-number-length = NHS 号码是 10 位数字
error-nhs-number-check-digit = 请检查您的 NHS 号码。这个号码不对。
error-id-documents-missing = 请选择一个答案

## Errors that are not about one field

error-code-disk-full = 我们无法保存您的信息。请到前台询问。
error-code-not-saved = 我们无法保存您的信息。请到前台询问。
error-code-qr-failed = 我们无法生成您的二维码。请到前台询问。
error-code-startup-failed = 这台机器现在不能使用。请到前台询问。
error-code-unknown = 出了点问题。请到前台询问。

## Confirmation

confirm-title = 谢谢
confirm-reference-label = 您的参考编号
confirm-next-title = 接下来会怎样
confirm-next-show = 请到前台出示这个参考编号。
confirm-next-check = 工作人员会核实您的身份，并帮您注册。
confirm-next-bring = 如果您今天没有带照片的身份证件和地址证明，工作人员会告诉您其他办法。
confirm-qr-caption = 用手机扫描这个二维码，下载 NHS App。
confirm-finish = 完成

## Printed slip (English is printed beneath the patient's language for staff and family)

slip-title = 您的在线访问凭条
slip-reference = 您的参考编号：{ $reference }
slip-scan = 用手机相机扫描这个二维码，下载 NHS App。
slip-steps-title = 如何注册
slip-step-1 = 在手机上下载 NHS App，或者打开二维码里的网址。
slip-step-2 = 用您的电子邮箱地址和手机号码创建一个 NHS login。
slip-step-3 = 如果应用程序问您，请选择 "I have my registration details"，然后输入下面的三项信息。
slip-step-4 = 如果遇到困难，请到前台出示这张凭条。
slip-bring = 请带上带照片的身份证件和地址证明到前台，让我们核实您的身份。
slip-account-id = 账户 ID（Account ID）
slip-ods-code = 诊所代码（ODS）
slip-linkage-key = 关联密钥（Linkage key）
slip-printed-on = 打印日期：{ $date }
print-failed-patient = 我们无法打印您的凭条。请到前台询问。

## Posters, leaflets and the prescription message

poster-ask = 请到前台询问如何注册。注册是免费的。
poster-scan = 或者用手机扫描这个二维码，下载 NHS App。
rx-message = 在 NHS App 上查看您的家庭医生病历、预约和申请续开处方。请到前台询问如何注册。

## Inactivity

idle-title = 您还在吗？
idle-countdown = { $seconds ->
   *[other] 屏幕将在 { $seconds } 秒后清空。
}
idle-stay = 是的，我还在

## Start-up problem (shown when the kiosk cannot open its data)

startup-failed-title = 这台机器现在不能使用
startup-failed-body = 请到前台询问。
startup-failed-staff = 工作人员请看：详细信息在下面。

## The optional, anonymous question at the end

feedback-question = 什么可能会妨碍您使用在线访问？
feedback-optional = 可选且匿名：点一个答案，或直接结束。
feedback-reason-no-device = 我没有智能手机或电脑
feedback-reason-privacy = 我担心隐私
feedback-reason-dont-know-how = 我不知道如何使用
feedback-reason-dont-need = 我不需要
feedback-reason-something-else = 其他原因
feedback-thanks = 谢谢。您的回答对诊所很有帮助。

## Training mode

training-band = 培训 — 仅供练习：此处输入的内容不会被统计或保存
