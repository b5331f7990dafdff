### Access Kiosk: today's sign-up process, patient face (Turkish).
### Machine-drafted: to be reviewed by a native speaker before go-live (status.toml).

## The first question: the NHS App

nhs-app-title = NHS App'iniz var mı?
nhs-app-question = Uygulamada fotoğraflı kimlikle kimliğinizi kanıtladınız mı?
nhs-app-verified = Evet, kimliğimi kanıtladım
nhs-app-started = Başladım ama bitirmedim
nhs-app-no = Hayır
nhs-app-not-sure = Emin değilim
action-next = İleri

## Who the patient is

about-title-me = Sizin hakkınızda
about-title-someone-else = Baktığınız kişi hakkında
form-name-hint-someone-else = Bu kişinin adını aile hekimliği merkezinin bildiği şekilde yazın, örneğin pasaportundaki veya bir NHS mektubundaki gibi. İngilizce harfler en iyisidir, ama her alfabe kabul edilir.

## The patient's age

under13-title = 13 yaşından küçük çocuklar
under13-body = 13 yaşından küçük bir çocuğu anne, baba veya bakıcısı kaydeder.
under13-carer = Onun annesi, babası veya bakıcısıyım
young-person-title = 13 ile 15 yaş arasındasınız
young-person-body = Klinik, kaydınızı görmeniz hakkında sizinle konuşacak.
young-person-services = Randevu ve tekrarlanan reçeteyi şimdiden isteyebilirsiniz.

## Someone asking for a patient they care for (a proxy)

carer-title = Sizin hakkınızda
carer-hint = Kendi NHS login hesabınız olacak.
carer-first-name = Adınız
carer-last-name = Soyadınız
relationship-title = Bu kişiyle yakınlığınız nedir?
relationship-parent-or-guardian = Anne, baba veya vasi
relationship-son-or-daughter = Oğul veya kız
relationship-husband-wife-or-partner = Eş veya partner
relationship-other-relative = Başka bir akraba
relationship-friend = Arkadaş
relationship-paid-carer = Ücretli bakıcı
relationship-other = Diğer
why-title = Neden bu kişi adına hareket edebilirsiniz?
why-patient-agrees = Kişinin kendisi kabul ediyor
why-parent-of-child = Bir çocuğun annesi veya babasıyım
why-lasting-power-of-attorney = Sağlığı için sürekli vekâletnamem (Lasting Power of Attorney) var
why-court-deputy = Mahkeme beni temsilcisi olarak atadı
why-not-sure = Emin değilim
documents-proxy-hint = Bu kişi adına hareket edebileceğinizi gösteren bir belge de getirin; örneğin doğum belgesi veya vekâletname.

## Confirmation

confirm-app-record = Aile hekimi kaydınızı şimdi NHS App'te görebilirsiniz.
confirm-older-record = Eski kaydı önce bir doktor inceler. Birkaç hafta sürebilir.
confirm-young-person = Klinik önce sizinle konuşacak.
confirm-proxy = Personel ikinizin de kimliğini kontrol edecek.

## Printed slip

slip-app-step-1 = NHS App'i açın ve giriş yapın.
slip-app-step-2 = Kaydınızı görmek için "Your health", sonra "GP health record" seçin.
slip-app-step-3 = Eski kaydınızı istediyseniz, hazır olduğunda klinik size haber verecek.
slip-linkage-expires = Bağlantı anahtarı yalnızca bir kez çalışır. { $date } tarihinde çalışmayı durdurur.

## Dates in words (the slip's expiry date)

date-long = { $day } { $month } { $year }
date-month-1 = Ocak
date-month-2 = Şubat
date-month-3 = Mart
date-month-4 = Nisan
date-month-5 = Mayıs
date-month-6 = Haziran
date-month-7 = Temmuz
date-month-8 = Ağustos
date-month-9 = Eylül
date-month-10 = Ekim
date-month-11 = Kasım
date-month-12 = Aralık

## Field errors

error-nhs-app-missing = Bir cevap seçin
error-dob-under13-needs-carer = 13 yaşından küçük bir çocuğu anne, baba veya bakıcısı kaydeder
error-relationship-missing = Yakınlığınızı seçin
error-basis-missing = Bir cevap seçin
