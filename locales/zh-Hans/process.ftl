### Access Kiosk: today's sign-up process, patient face (Chinese (Simplified)).
### Machine-drafted: to be reviewed by a native speaker before go-live (status.toml).

## The first question: the NHS App

nhs-app-title = 您有 NHS App 吗？
nhs-app-question = 您是否已在应用里用带照片的证件证明了身份？
nhs-app-verified = 是的，我已证明身份
nhs-app-started = 我开始了，但没有完成
nhs-app-no = 没有
nhs-app-not-sure = 我不确定
action-next = 下一步

## Who the patient is

about-title-me = 关于您
about-title-someone-else = 关于您照顾的人
form-name-hint-someone-else = 请按照诊所记录里的写法填写这个人的名字，例如其护照上或 NHS 信件上的写法。最好用英文字母，但用任何文字都可以。

## The patient's age

under13-title = 13 岁以下的儿童
under13-body = 13 岁以下的儿童由父母或照顾者为其注册。
under13-carer = 我是孩子的父母或照顾者
young-person-title = 您今年 13 到 15 岁
young-person-body = 诊所会和您谈谈查看家庭医生病历的事。
young-person-services = 您现在就可以申请预约和重复处方。

## Someone asking for a patient they care for (a proxy)

carer-title = 关于您
carer-hint = 您会有自己的 NHS login。
carer-first-name = 您的名字
carer-last-name = 您的姓
relationship-title = 您和他们是什么关系？
relationship-parent-or-guardian = 父母或监护人
relationship-son-or-daughter = 儿子或女儿
relationship-husband-wife-or-partner = 丈夫、妻子或伴侣
relationship-other-relative = 其他亲属
relationship-friend = 朋友
relationship-paid-carer = 受雇的护理人员
relationship-other = 其他
why-title = 您为什么可以代表他们？
why-patient-agrees = 他们本人同意
why-parent-of-child = 我是孩子的父母
why-lasting-power-of-attorney = 我持有他们健康事务的持久授权书（Lasting Power of Attorney）
why-court-deputy = 法院指定我为他们的代理人
why-not-sure = 我不确定
documents-proxy-hint = 还请带上您可以代表他们的证明，例如出生证明或持久授权书。

## Confirmation

confirm-app-record = 您现在就可以在 NHS App 里查看您的家庭医生病历。
confirm-older-record = 医生会先查看以前的病历。可能需要几周时间。
confirm-young-person = 诊所会先和您谈谈。
confirm-proxy = 工作人员会核实你们两个人的身份。

## Printed slip

slip-app-step-1 = 打开 NHS App 并登录。
slip-app-step-2 = 要查看家庭医生病历，请选择“Your health”，再选择“GP health record”。
slip-app-step-3 = 如果您申请了以前的病历，准备好后诊所会通知您。
slip-linkage-expires = 关联密钥只能使用一次，将于 { $date } 失效。

## Dates in words (the slip's expiry date)

date-long = { $year }年{ $month }{ $day }日
date-month-1 = 1月
date-month-2 = 2月
date-month-3 = 3月
date-month-4 = 4月
date-month-5 = 5月
date-month-6 = 6月
date-month-7 = 7月
date-month-8 = 8月
date-month-9 = 9月
date-month-10 = 10月
date-month-11 = 11月
date-month-12 = 12月

## Field errors

error-nhs-app-missing = 请选择一个答案
error-dob-under13-needs-carer = 13 岁以下的儿童由父母或照顾者为其注册
error-relationship-missing = 请选择您和他们的关系
error-basis-missing = 请选择一个答案
