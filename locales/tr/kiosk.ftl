### Access Kiosk: hasta ekranı, Türkçe.
### Machine-drafted from en-GB; needs review by a native speaker before go-live.

# The language's own name, as the language picker shows it.
language-name = Türkçe

## Shared

app-title = Aile hekimi kaydınıza çevrimiçi erişim
action-language = Dil
action-back = Geri
kiosk-busy = Lütfen bekleyin…
action-text-size = Yazı boyutu
text-size-standard = Normal yazı
text-size-large = Büyük yazı
text-size-largest = En büyük yazı
action-listen = Dinle
action-stop-listening = Durdur

## Attract screen

attract-title = Aile hekimi kaydınızı telefonunuzda görün
attract-benefit-1 = Çevrimiçi randevu alın
attract-benefit-2 = Düzenli ilaç reçetelerinizi isteyin
attract-benefit-3 = Test sonuçlarınızı görün
attract-touch = Başlamak için ekrana dokunun
attract-own-phone = Kendi telefonunuzu mu kullanmak istersiniz? Bu kodu okutun.

## Language screen

language-title = Dilinizi seçin
language-hint = Dili istediğiniz zaman değiştirebilirsiniz.

## Benefits screen

benefits-title = Çevrimiçi neler yapabilirsiniz
benefits-intro = NHS App ile telefonunuzdan veya bilgisayarınızdan:
benefit-appointments = aile hekimi randevusu alabilir ve iptal edebilirsiniz
benefit-prescriptions = düzenli ilaç reçetelerinizi isteyebilirsiniz
benefit-results = test sonuçlarınızı görebilirsiniz
benefit-vaccinations = seyahat veya iş için aşılarınızı görebilirsiniz
benefit-record = aile hekimi kaydınızı ve mektuplarınızı okuyabilirsiniz
risks-title = Evet demeden önce
risks-intro = Önce bunları düşünün. Personelimiz bunları sizinle konuşabilir.
risk-forgotten = Kaydınızda, geçmişten kalan ve unuttuğunuz şeyler olabilir.
risk-bad-news = Bir doktor sizinle konuşmadan önce bir test sonucunu veya kötü bir haberi görebilirsiniz.
risk-sharing = Kaydınızı kimin göreceğini siz seçersiniz. Paylaşmak istemedikçe kaydınızı gizli tutun.
risk-coercion = Biri sizi kaydınızı ona göstermeye zorluyorsa, kaydolmamanız daha iyi olur. Bunu bize özel olarak söyleyebilirsiniz.
risk-misunderstanding = Kaydınızdaki bazı kelimeleri anlamak zor olabilir. Emin değilseniz bize sorun.
risk-third-party = Başka birine ait bilgi görürseniz, aile hekimliği merkezine haber verin.
risk-keep-safe = Giriş bilgilerinizi ve yazdırılmış kâğıtları güvenli bir yerde saklayın.
benefits-interested = İlgileniyorum
benefits-not-now = Şimdi değil

## Interest form

form-title = Bize kendinizden bahsedin
form-intro = Sadece birkaç şey soruyoruz. Personel bunları sizinle birlikte kontrol edecek.
form-name-hint = Adınızı aile hekimliği merkezinin bildiği şekilde yazın, örneğin pasaportunuzdaki veya bir NHS mektubundaki gibi. İngilizce harfler en iyisidir, ama her alfabe kabul edilir.
form-first-name = Adınız
form-last-name = Soyadınız
form-dob = Doğum tarihi
form-dob-hint = Örneğin, 15 3 1984
form-dob-day = Gün
form-dob-month = Ay
form-dob-year = Yıl
form-contact-title = Size nasıl ulaşabiliriz?
form-contact-hint = Bir cep telefonu numarası, bir e-posta adresi ya da ikisini birden yazın.
form-mobile = Cep telefonu numarası
form-email = E-posta adresi
form-nhs-number = NHS numarası (biliyorsanız)
form-nhs-number-hint = 10 haneli. NHS'ten gelen bir mektupta bulabilirsiniz.
form-wants-title = Ne istersiniz?
form-wants-hint = İstemediğiniz seçeneğin işaretini kaldırın.
form-wants-services = Randevular ve tekrarlanan reçeteler
form-wants-new-entries = Bundan sonraki aile hekimi kaydı
form-wants-new-entries-hint = 16 yaş ve üstündeki herkes için açıktır. Hayır diyebilirsiniz.
form-wants-older-record = Eski aile hekimi kaydını isteyin
form-wants-older-record-hint = Önce bir doktor inceler. Birkaç hafta sürebilir.
form-for-whom-title = Bu kimin için?
form-for-me = Kendim için
form-for-someone-else = Baktığım biri için
form-id-title = Bugün yanınızda bunlar var mı?
form-id-hint = Fotoğraflı kimlik, örneğin pasaport veya ehliyet, ve adres belgesi, örneğin yeni tarihli bir fatura.
form-id-both = Evet, fotoğraflı kimlik ve adres belgesi
form-id-photo-only = Sadece fotoğraflı kimlik
form-id-address-only = Sadece adres belgesi
form-id-neither = Hayır ya da emin değilim
form-submit = Gönder
form-error-summary = Bir sorun var

## Field errors (one per validation code)

error-name-missing = Adınızı yazın
error-name-too-long = Adınız en fazla 100 harf olmalı
error-name-hidden-characters = Adınızda gizli karakterler var. Lütfen yeniden yazın.
error-name-no-letters = Adınızda harf olmalı
error-name-symbols = Adınızda sadece harf, boşluk, kısa çizgi (-) ve kesme işareti (') olabilir
error-dob-missing = Doğum tarihinizi yazın
error-dob-not-a-date = Gerçek bir tarih yazın, örneğin 15 3 1984. Yılı 4 haneli yazın
error-dob-in-future = Doğum tarihiniz geçmişte olmalı
error-dob-too-old = Doğum yılınızı kontrol edin
error-mobile-invalid = Birleşik Krallık'tan bir cep telefonu numarası yazın, örneğin 07700 900123
error-mobile-not-mobile = Bu bir cep telefonu numarası değil. 07 ile başlayan bir numara yazın.
error-email-invalid = Bir e-posta adresi yazın, örneğin name@example.com
error-contact-missing = Bir cep telefonu numarası veya e-posta adresi yazın
error-nhs-number-length = NHS numarası 10 hanelidir
error-nhs-number-check-digit = NHS numaranızı kontrol edin. Numara doğru değil.
error-id-documents-missing = Bir cevap seçin

## Errors that are not about one field

error-code-disk-full = Bilgilerinizi kaydedemedik. Lütfen resepsiyona sorun.
error-code-not-saved = Bilgilerinizi kaydedemedik. Lütfen resepsiyona sorun.
error-code-qr-failed = Kodunuzu oluşturamadık. Lütfen resepsiyona sorun.
error-code-startup-failed = Bu cihaz çalışmıyor. Lütfen resepsiyona sorun.
error-code-unknown = Bir şeyler ters gitti. Lütfen resepsiyona sorun.

## Confirmation

confirm-title = Teşekkür ederiz
confirm-reference-label = Referans numaranız
confirm-next-title = Bundan sonra ne olacak
confirm-next-show = Bu referans numarasını resepsiyonda gösterin.
confirm-next-check = Personel kimliğinizi kontrol edecek ve kaydolmanıza yardım edecek.
confirm-next-bring = Bugün yanınızda fotoğraflı kimlik ve adres belgesi yoksa, personel size başka yollar anlatacak.
confirm-qr-caption = NHS App'i almak için bu kodu telefonunuzla okutun.
confirm-finish = Bitir

## Printed slip (English is printed beneath the patient's language for staff and family)

slip-title = Çevrimiçi erişim fişiniz
slip-reference = Referans numaranız: { $reference }
slip-scan = NHS App'i almak için bu kodu telefonunuzun kamerasıyla okutun.
slip-steps-title = Nasıl kaydolunur
slip-step-1 = NHS App'i telefonunuza indirin veya koddaki adrese gidin.
slip-step-2 = E-posta adresiniz ve cep telefonu numaranızla bir NHS login hesabı oluşturun.
slip-step-3 = Uygulama sorarsa "I have my registration details" seçeneğini seçin ve aşağıdaki üç bilgiyi yazın.
slip-step-4 = Takılırsanız bu fişi resepsiyonda gösterin.
slip-bring = Kimliğinizi kontrol edebilmemiz için resepsiyona fotoğraflı kimlik ve adres belgesi getirin.
slip-account-id = Hesap kimliği (Account ID)
slip-ods-code = Merkez kodu (ODS)
slip-linkage-key = Bağlantı anahtarı (Linkage key)
slip-printed-on = Yazdırılma tarihi: { $date }
print-failed-patient = Fişinizi yazdıramadık. Lütfen resepsiyona sorun.

## Posters, leaflets and the prescription message

poster-ask = Kaydolmak için resepsiyona sorun. Ücretsizdir.
poster-scan = Ya da NHS App'i almak için bu kodu telefonunuzla okutun.
rx-message = NHS App ile aile hekimi kaydınızı görün, randevu alın ve düzenli ilaç reçetelerinizi isteyin. Kaydolmak için resepsiyona sorun.

## Inactivity

idle-title = Hâlâ orada mısınız?
idle-countdown = { $seconds ->
    [one] Ekran { $seconds } saniye içinde temizlenecek.
   *[other] Ekran { $seconds } saniye içinde temizlenecek.
}
idle-stay = Evet, hâlâ buradayım

## Start-up problem (shown when the kiosk cannot open its data)

startup-failed-title = Bu cihaz çalışmıyor
startup-failed-body = Lütfen resepsiyona sorun.
startup-failed-staff = Personel için: ayrıntılar aşağıda.

## The optional, anonymous question at the end

feedback-question = Çevrimiçi erişimi kullanmanızı ne engelleyebilir?
feedback-optional = İsteğe bağlı ve anonim: bir cevaba dokunun ya da sadece bitirin.
feedback-reason-no-device = Akıllı telefonum veya bilgisayarım yok
feedback-reason-privacy = Gizlilik konusunda endişeliyim
feedback-reason-dont-know-how = Nasıl kullanılacağını bilmiyorum
feedback-reason-dont-need = Buna ihtiyacım yok
feedback-reason-something-else = Başka bir şey
feedback-thanks = Teşekkürler. Cevabınız muayenehaneye yardımcı olur.

## Training mode

training-band = EĞİTİM — yalnızca alıştırma için: burada girilen hiçbir şey sayılmaz veya saklanmaz
