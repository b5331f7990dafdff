### Access Kiosk: textos para os pacientes, em português.
### Machine-drafted from en-GB; needs review by a native speaker before go-live.

# The language's own name, as the language picker shows it.
language-name = Português

## Shared

app-title = Acesso online ao seu histórico médico
action-language = Idioma
action-back = Voltar
kiosk-busy = Aguarde, por favor…
action-text-size = Tamanho do texto
text-size-standard = Texto normal
text-size-large = Texto grande
text-size-largest = Texto muito grande
action-listen = Ouvir
action-stop-listening = Parar

## Attract screen

attract-title = Veja o seu histórico médico no seu telefone
attract-benefit-1 = Marque consultas online
attract-benefit-2 = Peça a renovação das suas receitas
attract-benefit-3 = Veja os resultados dos seus exames
attract-touch = Toque aqui para começar
attract-own-phone = Prefere usar o seu próprio telefone? Leia este código com ele.

## Language screen

language-title = Escolha o seu idioma
language-hint = Pode mudar o idioma a qualquer momento.

## Benefits screen

benefits-title = O que pode fazer online
benefits-intro = Com a NHS App, pode usar o seu telefone ou computador para:
benefit-appointments = marcar e desmarcar consultas com o médico de família
benefit-prescriptions = pedir a renovação das suas receitas
benefit-results = ver os resultados dos seus exames
benefit-vaccinations = ver as suas vacinas, para viagens ou para o trabalho
benefit-record = ler o seu histórico médico e as suas cartas
risks-title = Antes de dizer que sim
risks-intro = Pense primeiro nestas coisas. Pode falar sobre elas com os nossos funcionários.
risk-forgotten = O seu histórico pode mostrar coisas do passado de que já não se lembra.
risk-bad-news = Pode ver o resultado de um exame ou uma má notícia antes de um médico lhe explicar o que isso significa.
risk-sharing = A decisão de quem vê o seu histórico é sua. Não o mostre a ninguém, a não ser que queira.
risk-coercion = Se alguém exigir que lhe mostre o seu histórico, é melhor não se inscrever. Pode dizer-nos isso em privado.
risk-misunderstanding = Algumas palavras do seu histórico podem ser difíceis de entender. Se tiver dúvidas, pergunte-nos.
risk-third-party = Se vir informações sobre outra pessoa, avise a clínica.
risk-keep-safe = Guarde em lugar seguro os seus dados de acesso e todos os papéis impressos.
benefits-interested = Tenho interesse
benefits-not-now = Agora não

## Interest form

form-title = Os seus dados
form-intro = Só pedimos algumas informações. Depois, os nossos funcionários vão confirmá-las.
form-name-hint = Escreva o seu nome como a clínica o conhece, por exemplo, como está no seu passaporte ou numa carta do NHS. É melhor usar as letras do alfabeto inglês, mas pode usar qualquer alfabeto.
form-first-name = Primeiro nome
form-last-name = Sobrenome
form-dob = Data de nascimento
form-dob-hint = Por exemplo, 15 3 1984
form-dob-day = Dia
form-dob-month = Mês
form-dob-year = Ano
form-contact-title = Como prefere que entremos em contacto?
form-contact-hint = Indique um número de telemóvel, um endereço de email, ou os dois.
form-mobile = Número de telemóvel (celular)
form-email = Endereço de email
form-nhs-number = Número do NHS (se o souber)
form-nhs-number-hint = 10 dígitos. Pode encontrá-lo numa carta do NHS.
form-wants-title = O que gostaria?
form-wants-hint = Desmarque o que não quiser.
form-wants-services = Consultas e receitas repetidas
form-wants-new-entries = O histórico médico a partir de agora
form-wants-new-entries-hint = Está ativado para todas as pessoas com 16 anos ou mais. Pode recusar.
form-wants-older-record = Pedir o histórico médico anterior
form-wants-older-record-hint = Primeiro, um médico revê-o. Pode demorar algumas semanas.
form-for-whom-title = Para quem é?
form-for-me = Para mim
form-for-someone-else = Para uma pessoa de quem eu cuido
form-id-title = Trouxe hoje estes documentos?
form-id-hint = Um documento de identificação com fotografia, como o passaporte ou a carta de condução (carteira de motorista), e um comprovativo de morada, como uma conta recente.
form-id-both = Sim, documento com fotografia e comprovativo de morada
form-id-photo-only = Só o documento com fotografia
form-id-address-only = Só o comprovativo de morada
form-id-neither = Não, ou não sei
form-submit = Enviar
form-error-summary = Há um problema

## Field errors (one per validation code)

error-name-missing = Escreva o seu nome
error-name-too-long = O seu nome pode ter no máximo 100 letras
error-name-hidden-characters = O seu nome tem caracteres escondidos. Escreva-o outra vez, por favor.
error-name-no-letters = O seu nome deve ter letras
error-name-symbols = O seu nome só pode ter letras, espaços, tracinhos (-) e apóstrofos (')
error-dob-missing = Escreva a sua data de nascimento
error-dob-not-a-date = Escreva uma data válida, por exemplo 15 3 1984, com o ano em 4 dígitos
error-dob-in-future = A sua data de nascimento não pode ser no futuro
error-dob-too-old = Verifique o ano da sua data de nascimento
error-mobile-invalid = Escreva um número de telemóvel do Reino Unido, como 07700 900123
error-mobile-not-mobile = Este número não é de telemóvel. Escreva um número que comece por 07.
error-email-invalid = Escreva um endereço de email, como name@example.com
error-contact-missing = Escreva um número de telemóvel ou um endereço de email
error-nhs-number-length = O número do NHS tem 10 dígitos
error-nhs-number-check-digit = Verifique o seu número do NHS. Não está certo.
error-id-documents-missing = Escolha uma resposta

## Errors that are not about one field

error-code-disk-full = Não conseguimos guardar os seus dados. Por favor, peça ajuda no balcão de atendimento.
error-code-not-saved = Não conseguimos guardar os seus dados. Por favor, peça ajuda no balcão de atendimento.
error-code-qr-failed = Não conseguimos criar o seu código. Por favor, peça ajuda no balcão de atendimento.
error-code-startup-failed = Este aparelho não funciona. Por favor, peça ajuda no balcão de atendimento.
error-code-unknown = Houve um problema. Por favor, peça ajuda no balcão de atendimento.

## Confirmation

confirm-title = Obrigado
confirm-reference-label = A sua referência
confirm-next-title = O que acontece agora
confirm-next-show = Mostre esta referência no balcão de atendimento.
confirm-next-check = Os nossos funcionários vão confirmar a sua identidade e ajudar na sua inscrição.
confirm-next-bring = Se hoje não tiver um documento com fotografia e um comprovativo de morada, os nossos funcionários vão explicar-lhe outras opções.
confirm-qr-caption = Leia este código com o seu telefone para obter a NHS App.
confirm-finish = Terminar

## Printed slip (English is printed beneath the patient's language for staff and family)

slip-title = A sua folha de acesso online
slip-reference = A sua referência: { $reference }
slip-scan = Leia este código com a câmara do seu telefone para obter a NHS App.
slip-steps-title = Como se inscrever
slip-step-1 = Instale a NHS App no seu telefone, ou vá ao endereço que está no código.
slip-step-2 = Crie um NHS login com o seu endereço de email e o seu número de telemóvel.
slip-step-3 = Se lhe for pedido, escolha "I have my registration details" e escreva os três dados abaixo.
slip-step-4 = Se tiver dificuldades, mostre esta folha no balcão de atendimento.
slip-bring = Traga um documento com fotografia e um comprovativo de morada ao balcão de atendimento, para podermos confirmar a sua identidade.
slip-account-id = ID da conta (Account ID)
slip-ods-code = Código da clínica (ODS)
slip-linkage-key = Chave de ligação (Linkage key)
slip-printed-on = Impresso em { $date }
print-failed-patient = Não conseguimos imprimir a sua folha. Por favor, peça ajuda no balcão de atendimento.

## Posters, leaflets and the prescription message

poster-ask = Peça ajuda no balcão de atendimento para se inscrever. É gratuito.
poster-scan = Ou leia este código com o seu telefone para obter a NHS App.
rx-message = Na NHS App pode ver o seu histórico médico, marcar consultas e pedir a renovação das suas receitas. Peça ajuda no balcão de atendimento para se inscrever.

## Inactivity

idle-title = Ainda está aí?
idle-countdown = { $seconds ->
    [one] Esta página vai fechar daqui a { $seconds } segundo.
    [many] Esta página vai fechar daqui a { $seconds } de segundos.
   *[other] Esta página vai fechar daqui a { $seconds } segundos.
}
idle-stay = Sim, ainda estou aqui

## Start-up problem (shown when the kiosk cannot open its data)

startup-failed-title = Este aparelho não funciona
startup-failed-body = Por favor, peça ajuda no balcão de atendimento.
startup-failed-staff = Para os funcionários: os detalhes estão abaixo.

## The optional, anonymous question at the end

feedback-question = O que poderia impedi-lo de usar o acesso online?
feedback-optional = Opcional e anónimo: toque numa resposta ou termine.
feedback-reason-no-device = Não tenho smartphone nem computador
feedback-reason-privacy = Preocupa-me a privacidade
feedback-reason-dont-know-how = Não sei como usar
feedback-reason-dont-need = Não preciso
feedback-reason-something-else = Outra coisa
feedback-thanks = Obrigado. A sua resposta ajuda o consultório.

## Training mode

training-band = FORMAÇÃO — apenas para praticar: nada do que for introduzido aqui é contado ou guardado
