### Access Kiosk: today's sign-up process, patient face (Portuguese).
### Machine-drafted: to be reviewed by a native speaker before go-live (status.toml).

## The first question: the NHS App

nhs-app-title = Tem a NHS App?
nhs-app-question = Já confirmou a sua identidade na app com um documento com fotografia?
nhs-app-verified = Sim, já confirmei a minha identidade
nhs-app-started = Comecei, mas não terminei
nhs-app-no = Não
nhs-app-not-sure = Não tenho a certeza
action-next = Seguinte

## Who the patient is

about-title-me = Sobre si
about-title-someone-else = Sobre a pessoa de quem cuida
form-name-hint-someone-else = Escreva o nome dessa pessoa como a clínica o conhece, por exemplo, como está no passaporte dela ou numa carta do NHS. É melhor usar as letras do alfabeto inglês, mas pode usar qualquer alfabeto.

## The patient's age

under13-title = Crianças com menos de 13 anos
under13-body = Uma criança com menos de 13 anos é inscrita por um pai, mãe ou cuidador.
under13-carer = Sou o pai, a mãe ou o cuidador
young-person-title = Tem entre 13 e 15 anos
young-person-body = O centro de saúde vai falar consigo sobre o acesso ao seu histórico médico.
young-person-services = Já pode pedir consultas e receitas repetidas.

## Someone asking for a patient they care for (a proxy)

carer-title = Sobre si
carer-hint = Vai ter o seu próprio NHS login.
carer-first-name = O seu primeiro nome
carer-last-name = O seu apelido
relationship-title = Qual é a sua relação com essa pessoa?
relationship-parent-or-guardian = Pai, mãe ou tutor
relationship-son-or-daughter = Filho ou filha
relationship-husband-wife-or-partner = Marido, mulher ou companheiro
relationship-other-relative = Outro familiar
relationship-friend = Amigo
relationship-paid-carer = Cuidador pago
relationship-other = Outra
why-title = Porque pode agir em nome dessa pessoa?
why-patient-agrees = A pessoa concorda
why-parent-of-child = Sou pai ou mãe de uma criança
why-lasting-power-of-attorney = Tenho uma procuração para a saúde dela (Lasting Power of Attorney)
why-court-deputy = Um tribunal nomeou-me seu representante
why-not-sure = Não tenho a certeza
documents-proxy-hint = Traga também prova de que pode agir em nome dessa pessoa, como a certidão de nascimento ou a procuração.

## Confirmation

confirm-app-record = Já pode ver o seu histórico médico na NHS App.
confirm-older-record = Primeiro, um médico revê o histórico anterior. Pode demorar algumas semanas.
confirm-young-person = O centro de saúde vai falar primeiro consigo.
confirm-proxy = Os nossos funcionários vão confirmar a identidade de ambos.

## Printed slip

slip-app-step-1 = Abra a NHS App e inicie sessão.
slip-app-step-2 = Para ver o seu histórico médico, escolha "Your health" e depois "GP health record".
slip-app-step-3 = Se pediu o histórico anterior, o centro de saúde avisa quando estiver pronto.
slip-linkage-expires = A chave de ligação só funciona uma vez. Deixa de funcionar a { $date }.

## Dates in words (the slip's expiry date)

date-long = { $day } de { $month } de { $year }
date-month-1 = janeiro
date-month-2 = fevereiro
date-month-3 = março
date-month-4 = abril
date-month-5 = maio
date-month-6 = junho
date-month-7 = julho
date-month-8 = agosto
date-month-9 = setembro
date-month-10 = outubro
date-month-11 = novembro
date-month-12 = dezembro

## Field errors

error-nhs-app-missing = Escolha uma resposta
error-dob-under13-needs-carer = Uma criança com menos de 13 anos é inscrita por um pai, mãe ou cuidador
error-relationship-missing = Escolha a sua relação
error-basis-missing = Escolha uma resposta
