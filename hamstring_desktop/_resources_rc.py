# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x03n\
i\
d = \x22rest-day\x22\x0an\
ame = \x22Rest-day \
maintenance\x22\x0awhe\
n = \x22rest-day\x22\x0ad\
escription = \x22A \
calm routine for\
 days off: slow \
rolling, a hold \
on each leg and \
some hands-on wo\
rk to keep tight\
ness from buildi\
ng up.\x22\x0a\x0a[[steps\
]]\x0atechnique = \x22\
foam-rolling\x22\x0ase\
conds = 60\x0aside \
= \x22each\x22\x0azone = \
\x22full\x22\x0ainstructi\
on = \x22Roll slowl\
y over the whole\
 back of the thi\
gh.\x22\x0apace_second\
s = 3\x0a\x0a[[steps]]\
\x0atechnique = \x22fo\
am-rolling\x22\x0aseco\
nds = 30\x0aside = \
\x22each\x22\x0azone = \x22l\
ower\x22\x0ainstructio\
n = \x22Rest on a t\
ender spot just \
above the knee, \
not behind it, a\
nd hold still.\x22\x0a\
hold = true\x0a\x0a[[s\
teps]]\x0atechnique\
 = \x22knuckle-mass\
age\x22\x0aseconds = 6\
0\x0aside = \x22each\x22\x0a\
zone = \x22full\x22\x0ain\
struction = \x22Wor\
k your knuckles \
from the top of \
the thigh down t\
owards the knee.\
\x22\x0a\x0a[[steps]]\x0atec\
hnique = \x22cross-\
fiber-friction\x22\x0a\
seconds = 45\x0asid\
e = \x22each\x22\x0azone \
= \x22upper\x22\x0ainstru\
ction = \x22Rub acr\
oss the fibres j\
ust below the bu\
ttock with your \
fingertips.\x22\x0a\
\x00\x00\x05\x17\
i\
d = \x22post-workou\
t\x22\x0aname = \x22Post-\
workout recovery\
\x22\x0awhen = \x22post-w\
orkout\x22\x0adescript\
ion = \x22About ten\
 minutes of slow\
 rolling with 30\
-second holds on\
 tender spots, t\
hen hands-on wor\
k to finish.\x22\x0a\x0a[\
[steps]]\x0atechniq\
ue = \x22foam-rolli\
ng\x22\x0aseconds = 90\
\x0aside = \x22each\x22\x0az\
one = \x22full\x22\x0ains\
truction = \x22Roll\
 slowly from jus\
t below the butt\
ock to just abov\
e the knee and n\
otice any tender\
 spots.\x22\x0apace_se\
conds = 3\x0a\x0a[[ste\
ps]]\x0atechnique =\
 \x22foam-rolling\x22\x0a\
seconds = 30\x0asid\
e = \x22each\x22\x0azone \
= \x22middle\x22\x0ainstr\
uction = \x22Stop o\
n a tender spot \
in the middle of\
 the thigh and h\
old still. Breat\
he slowly.\x22\x0ahold\
 = true\x0a\x0a[[steps\
]]\x0atechnique = \x22\
foam-rolling\x22\x0ase\
conds = 30\x0aside \
= \x22each\x22\x0azone = \
\x22upper\x22\x0ainstruct\
ion = \x22Move up t\
o just below the\
 buttock, find a\
 tender spot and\
 hold still.\x22\x0aho\
ld = true\x0a\x0a[[ste\
ps]]\x0atechnique =\
 \x22knuckle-massag\
e\x22\x0aseconds = 60\x0a\
side = \x22each\x22\x0azo\
ne = \x22full\x22\x0ainst\
ruction = \x22Press\
 your knuckles f\
rom the top of t\
he thigh down to\
wards the knee, \
a little firmer \
on tight areas.\x22\
\x0a\x0a[[steps]]\x0atech\
nique = \x22cross-f\
iber-friction\x22\x0as\
econds = 45\x0aside\
 = \x22each\x22\x0azone =\
 \x22middle\x22\x0ainstru\
ction = \x22Fingert\
ips on a tight b\
and; rub side to\
 side, across th\
e muscle.\x22\x0a\x0a[[st\
eps]]\x0atechnique \
= \x22foam-rolling\x22\
\x0aseconds = 45\x0asi\
de = \x22each\x22\x0azone\
 = \x22full\x22\x0ainstru\
ction = \x22Finish \
with a few long,\
 slow passes ove\
r the whole musc\
le.\x22\x0apace_second\
s = 4\x0a\
\x00\x00\x03\x0c\
i\
d = \x22partner\x22\x0ana\
me = \x22Partner ma\
ssage\x22\x0awhen = \x22a\
ny\x22\x0adescription \
= \x22For two peopl\
e: compression a\
long the hamstri\
ngs, then a gent\
le stretch with \
massage. The per\
son lying down i\
s in charge of t\
he pressure.\x22\x0a\x0a[\
[steps]]\x0atechniq\
ue = \x22compressio\
n-massage\x22\x0asecon\
ds = 60\x0aside = \x22\
each\x22\x0azone = \x22fu\
ll\x22\x0ainstruction \
= \x22Partner: lean\
 in slowly with \
your palms, hold\
, release, and m\
ove a hand's wid\
th along.\x22\x0a\x0a[[st\
eps]]\x0atechnique \
= \x22stretch-and-m\
assage\x22\x0aseconds \
= 60\x0aside = \x22eac\
h\x22\x0azone = \x22full\x22\
\x0ainstruction = \x22\
Partner: lift th\
e straight leg t\
o a gentle stret\
ch and massage t\
he back of the t\
high.\x22\x0a\x0a[[steps]\
]\x0atechnique = \x22c\
ompression-massa\
ge\x22\x0aseconds = 45\
\x0aside = \x22each\x22\x0az\
one = \x22upper\x22\x0ain\
struction = \x22Par\
tner: slow forea\
rm pressure just\
 below the butto\
ck, easing off a\
t any sign of di\
scomfort.\x22\x0a\
\x00\x00\x02\xfe\
i\
d = \x22pre-workout\
\x22\x0aname = \x22Pre-wo\
rkout warm-up\x22\x0aw\
hen = \x22pre-worko\
ut\x22\x0adescription \
= \x22A gentle few \
minutes to warm \
up the backs of \
your thighs befo\
re you train. Li\
ght pressure onl\
y.\x22\x0a\x0a[[steps]]\x0at\
echnique = \x22foam\
-rolling\x22\x0asecond\
s = 60\x0aside = \x22b\
oth\x22\x0azone = \x22ful\
l\x22\x0ainstruction =\
 \x22Both legs on t\
he roller. Roll \
slowly from just\
 below the butto\
cks to just abov\
e the knees.\x22\x0apa\
ce_seconds = 3\x0a\x0a\
[[steps]]\x0atechni\
que = \x22foam-roll\
ing\x22\x0aseconds = 4\
5\x0aside = \x22each\x22\x0a\
zone = \x22full\x22\x0ain\
struction = \x22One\
 leg on the roll\
er, the other cr\
ossed on top or \
resting on the f\
loor. Keep the p\
ressure light.\x22\x0a\
pace_seconds = 3\
\x0a\x0a[[steps]]\x0atech\
nique = \x22knuckle\
-massage\x22\x0asecond\
s = 45\x0aside = \x22e\
ach\x22\x0azone = \x22ful\
l\x22\x0ainstruction =\
 \x22Knuckles just \
below the buttoc\
k, then glide sl\
owly down toward\
s the knee.\x22\x0a\
\x00\x00\x02O\
#\
 Massage tools n\
amed by the sour\
ce article, plus\
 bare hands.\x0a[[t\
ools]]\x0aid = \x22foa\
m-roller\x22\x0aname =\
 \x22Foam roller\x22\x0ad\
escription = \x22A \
firm cylinder yo\
u lie on, so you\
r body weight do\
es the pressing.\
\x22\x0a\x0a[[tools]]\x0aid \
= \x22massage-ball\x22\
\x0aname = \x22Massage\
 ball\x22\x0adescripti\
on = \x22A small fi\
rm ball for pres\
sing into one sp\
ot at a time.\x22\x0a\x0a\
[[tools]]\x0aid = \x22\
massage-stick\x22\x0an\
ame = \x22Massage s\
tick\x22\x0adescriptio\
n = \x22A rod with \
rolling sections\
 that you hold i\
n both hands and\
 press along the\
 leg.\x22\x0a\x0a[[tools]\
]\x0aid = \x22hands\x22\x0an\
ame = \x22Hands onl\
y\x22\x0adescription =\
 \x22Knuckles, fing\
ers, palms or fo\
rearms. No equip\
ment needed.\x22\x0a\
\x00\x00\x0f<\
#\
 The hamstring m\
uscles, from sha\
red reference an\
atomy-and-eviden\
ce.md.\x0a# Colours\
 come from the O\
kabe-Ito colour-\
blind-safe palet\
te.\x0a# Order acro\
ss the back of t\
he thigh, medial\
 to lateral:\x0a# s\
emimembranosus, \
semitendinosus, \
biceps femoris.\x0a\
\x0a[[muscles]]\x0aid \
= \x22biceps-femori\
s-long-head\x22\x0anam\
e = \x22Biceps femo\
ris, long head\x22\x0a\
plain_name = \x22Ou\
ter hamstring (l\
ong head)\x22\x0acolou\
r = \x22#009E73\x22\x0aor\
igin = \x22The lowe\
r inner facet of\
 the ischial tub\
erosity (the sit\
 bone), through \
a tendon it shar\
es with semitend\
inosus.\x22\x0ainserti\
on = \x22Mainly the\
 outer side of t\
he head of the f\
ibula, with a sm\
all slip to the \
outer condyle of\
 the tibia. Its \
tendon splits ar\
ound the fibular\
 collateral liga\
ment.\x22\x0anerve = \x22\
Tibial part of t\
he sciatic nerve\
 (L5\xe2\x80\x93S2).\x22\x0aact\
ions = [\x0a    \x22Ex\
tends the hip.\x22,\
\x0a    \x22Bends the \
knee.\x22,\x0a    \x22Tur\
ns the lower leg\
 outwards when t\
he knee is bent.\
\x22,\x0a]\x0aposition = \
\x22The outer (late\
ral) hamstring. \
Its spindle-shap\
ed belly runs do\
wn and outwards \
across the back \
of the thigh.\x22\x0ac\
ommon_problems =\
 [\x0a    \x22The hams\
tring that is st\
rained most ofte\
n, usually where\
 muscle meets te\
ndon, more often\
 near the top th\
an near the knee\
.\x22,\x0a    \x22Strains\
 typically happe\
n late in the sw\
ing phase of spr\
inting.\x22,\x0a    \x22P\
roximal hamstrin\
g tendinopathy a\
ffects the share\
d tendon at the \
sit bone: a deep\
 ache in the but\
tock that gets w\
orse with runnin\
g, lunging, squa\
tting and sittin\
g.\x22,\x0a]\x0a\x0a[[muscle\
s]]\x0aid = \x22biceps\
-femoris-short-h\
ead\x22\x0aname = \x22Bic\
eps femoris, sho\
rt head\x22\x0aplain_n\
ame = \x22Outer ham\
string (short he\
ad)\x22\x0acolour = \x22#\
56B4E9\x22\x0aorigin =\
 \x22The outer lip \
of the linea asp\
era and the oute\
r supracondylar \
line of the femu\
r (thigh bone).\x22\
\x0ainsertion = \x22Jo\
ins the long hea\
d's tendon to th\
e head of the fi\
bula.\x22\x0anerve = \x22\
Common fibular (\
peroneal) part o\
f the sciatic ne\
rve (L5\xe2\x80\x93S2).\x22\x0a\
actions = [\x0a    \
\x22Bends the knee.\
\x22,\x0a    \x22Turns th\
e lower leg outw\
ards.\x22,\x0a    \x22Doe\
s nothing at the\
 hip.\x22,\x0a]\x0apositi\
on = \x22Lies under\
 the long head b\
ut reaches lower\
, so it shows be\
side the tendon \
just above the k\
nee. Some defini\
tions do not cou\
nt it as a true \
hamstring: it do\
es not start at \
the sit bone, cr\
osses only the k\
nee and has a di\
fferent nerve.\x22\x0a\
common_problems \
= []\x0a\x0a[[muscles]\
]\x0aid = \x22semitend\
inosus\x22\x0aname = \x22\
Semitendinosus\x22\x0a\
plain_name = \x22In\
ner hamstring (s\
urface)\x22\x0acolour \
= \x22#CC79A7\x22\x0aorig\
in = \x22The lower \
inner facet of t\
he ischial tuber\
osity (the sit b\
one), through th\
e tendon it shar\
es with the long\
 head of biceps \
femoris; the two\
 are joined by a\
 sheet of tendon\
 for about 7.5 c\
m.\x22\x0ainsertion = \
\x22The upper inner\
 surface of the \
tibia, as part o\
f the pes anseri\
nus together wit\
h sartorius and \
gracilis.\x22\x0anerve\
 = \x22Tibial part \
of the sciatic n\
erve (L5\xe2\x80\x93S2).\x22\
\x0aactions = [\x0a   \
 \x22Extends the hi\
p.\x22,\x0a    \x22Bends \
the knee.\x22,\x0a    \
\x22Turns the lower\
 leg inwards whe\
n the knee is be\
nt.\x22,\x0a]\x0aposition\
 = \x22On the inner\
 side of the bac\
k of the thigh, \
near the surface\
, lying over sem\
imembranosus. It\
s belly has a te\
ndinous band nea\
r the middle and\
 becomes a long \
round tendon a l\
ittle below mid-\
thigh.\x22\x0acommon_p\
roblems = [\x0a    \
\x22Proximal hamstr\
ing tendinopathy\
 affects the sha\
red tendon at th\
e sit bone: a de\
ep ache in the b\
uttock that gets\
 worse with runn\
ing, lunging, sq\
uatting and sitt\
ing.\x22,\x0a]\x0a\x0a[[musc\
les]]\x0aid = \x22semi\
membranosus\x22\x0anam\
e = \x22Semimembran\
osus\x22\x0aplain_name\
 = \x22Inner hamstr\
ing (deep)\x22\x0acolo\
ur = \x22#D55E00\x22\x0ao\
rigin = \x22The upp\
er outer facet o\
f the ischial tu\
berosity (the si\
t bone), through\
 a long, flat, m\
embrane-like ten\
don.\x22\x0ainsertion \
= \x22A horizontal \
groove on the ba\
ck inner part of\
 the medial cond\
yle of the tibia\
; its expansions\
 help form the o\
blique popliteal\
 ligament.\x22\x0anerv\
e = \x22Tibial part\
 of the sciatic \
nerve (L5\xe2\x80\x93S2).\
\x22\x0aactions = [\x0a  \
  \x22Extends the h\
ip.\x22,\x0a    \x22Bends\
 the knee.\x22,\x0a   \
 \x22Turns the lowe\
r leg inwards.\x22,\
\x0a]\x0aposition = \x22T\
he innermost ham\
string, lying un\
der semitendinos\
us. It is broade\
r and flatter th\
an the others; i\
ts upper half is\
 a membrane-like\
 sheet and the f\
leshy belly begi\
ns around mid-th\
igh.\x22\x0acommon_pro\
blems = []\x0a\
\x00\x00\x0c\xdb\
#\
 General guidanc\
e, written from \
the source artic\
le (000_a248a56e\
dc4a3537.txt)\x0a# \
and the safety n\
otes in anatomy-\
and-evidence.md.\
\x0a\x0aintro = \x22The h\
amstrings are th\
ree muscles at t\
he back of the t\
high: biceps fem\
oris, semitendin\
osus and semimem\
branosus. Togeth\
er they bend the\
 knee and extend\
 the hip, which \
you use for walk\
ing, running and\
 jumping.\x22\x0a\x0a[fre\
quency]\x0asessions\
_per_week_min = \
2\x0asessions_per_w\
eek_max = 3\x0atext\
 = \x22How often de\
pends on how act\
ive you are; two\
 or three sessio\
ns a week is the\
 usual guideline\
.\x22\x0a\x0a[[timing]]\x0ai\
d = \x22before-exer\
cise\x22\x0aname = \x22Be\
fore exercise\x22\x0at\
ext = \x22Keep it g\
entle. A light m\
assage helps war\
m the muscles up\
 and loosen them\
 before you trai\
n.\x22\x0a\x0a[[timing]]\x0a\
id = \x22after-exer\
cise\x22\x0aname = \x22Af\
ter exercise\x22\x0ate\
xt = \x22Massage af\
ter a workout su\
pports recovery \
and can ease mus\
cle soreness.\x22\x0a\x0a\
[[timing]]\x0aid = \
\x22rest-day\x22\x0aname \
= \x22Rest days\x22\x0ate\
xt = \x22Regular ma\
ssage on rest da\
ys helps keep th\
e muscles health\
y and stops tigh\
tness from build\
ing up.\x22\x0a\x0a[[bene\
fits]]\x0atext = \x22B\
etter blood flow\
 to the muscles.\
\x22\x0a\x0a[[benefits]]\x0a\
text = \x22Less mus\
cle tightness.\x22\x0a\
\x0a[[benefits]]\x0ate\
xt = \x22More flexi\
bility and range\
 of motion.\x22\x0a\x0a[[\
benefits]]\x0atext \
= \x22A lower risk \
of injury.\x22\x0a\x0a[[b\
enefits]]\x0atext =\
 \x22Relief from pa\
in and discomfor\
t.\x22\x0a\x0a[[common_is\
sues]]\x0aname = \x22T\
ightness\x22\x0atext =\
 \x22Muscles that f\
eel short or sti\
ff and limit how\
 far you can mov\
e.\x22\x0a\x0a[[common_is\
sues]]\x0aname = \x22S\
trains and tears\
\x22\x0atext = \x22Damage\
 to the muscle, \
graded from 1 (n\
o real disruptio\
n and no loss of\
 strength) throu\
gh 2 (a partial \
tear with loss o\
f strength) to 3\
 (a complete rup\
ture).\x22\x0a\x0a[[commo\
n_issues]]\x0aname \
= \x22Imbalances\x22\x0at\
ext = \x22One leg o\
r one muscle gro\
up working notic\
eably harder or \
feeling tighter \
than the other.\x22\
\x0a\x0a[[faq]]\x0aquesti\
on = \x22How often \
should I massage\
 my hamstrings?\x22\
\x0aanswer = \x22It de\
pends on how act\
ive you are. Two\
 or three times \
a week is the us\
ual recommendati\
on.\x22\x0a\x0a[[faq]]\x0aqu\
estion = \x22Can I \
massage my hamst\
rings if I am in\
jured?\x22\x0aanswer =\
 \x22Ask a healthca\
re provider befo\
re you massage a\
n injured area.\x22\
\x0a\x0a[[faq]]\x0aquesti\
on = \x22What shoul\
d I do if it hur\
ts during the ma\
ssage?\x22\x0aanswer =\
 \x22Stop straight \
away. Then decid\
e whether the te\
chnique was too \
intense or wheth\
er you should ge\
t medical advice\
.\x22\x0a\x0a[safety]\x0asum\
mary = \x22Massage \
should feel like\
 firm, tolerable\
 pressure, never\
 pain. Listen to\
 your body and a\
djust.\x22\x0apain_adv\
ice = \x22Stop now.\
 If the pain doe\
s not go away, s\
ee a healthcare \
professional.\x22\x0ac\
autions = [\x0a    \
\x22If you feel pai\
n during a massa\
ge, stop at once\
.\x22,\x0a    \x22If pain\
 or discomfort k\
eeps coming back\
, see a healthca\
re professional \
for a diagnosis.\
\x22,\x0a    \x22If you a\
re injured, ask \
a healthcare pro\
vider before mas\
saging the area.\
\x22,\x0a    \x22Keep off\
 the back of the\
 knee: blood ves\
sels and nerves \
lie close to the\
 surface there, \
so no rolling or\
 deep pressure.\x22\
,\x0a    \x22Numbness,\
 tingling or sho\
oting pain can m\
ean an irritated\
 sciatic nerve: \
stop.\x22,\x0a    \x22Nev\
er roll or massa\
ge over open wou\
nds or broken bo\
nes.\x22,\x0a    \x22Take\
 care around inf\
lamed areas, and\
 if you have had\
 a deep vein thr\
ombosis, bone in\
fection or bone \
forming inside a\
 muscle (myositi\
s ossificans).\x22,\
\x0a    \x22If you are\
 pregnant, talk \
to your provider\
 first.\x22,\x0a    \x22W\
ith a bleeding d\
isorder, low pla\
telets or blood \
thinners, avoid \
forceful or deep\
 massage.\x22,\x0a    \
\x22Avoid the area \
of, and below, s\
evere varicose v\
eins.\x22,\x0a]\x0a\
\x00\x00\x036\
i\
d = \x22knuckle-mas\
sage\x22\x0aorder = 2\x0a\
name = \x22Knuckle \
massage\x22\x0amode = \
\x22self\x22\x0asummary =\
 \x22Press along th\
e length of the \
hamstring with y\
our knuckles, wo\
rking from the t\
op down.\x22\x0atools \
= [\x22hands\x22, \x22mas\
sage-ball\x22]\x0atarg\
et_muscles = [\x22b\
iceps-femoris-lo\
ng-head\x22, \x22semit\
endinosus\x22, \x22sem\
imembranosus\x22]\x0aw\
hen = [\x22before-e\
xercise\x22, \x22after\
-exercise\x22, \x22res\
t-day\x22]\x0adirectio\
n = \x22top-to-bott\
om\x22\x0adefault_seco\
nds = 60\x0asteps =\
 [\x0a    \x22Sit with\
 the leg bent a \
little and the b\
ack of the thigh\
 relaxed.\x22,\x0a    \
\x22Make a loose fi\
st and place you\
r knuckles just \
below the buttoc\
k.\x22,\x0a    \x22Press \
and glide down t\
he length of the\
 muscle towards \
the knee.\x22,\x0a    \
\x22Press a little \
more on tight ar\
eas, then start \
again at the top\
.\x22,\x0a]\x0acautions =\
 [\x0a    \x22Stop bef\
ore the crease b\
ehind the knee.\x22\
,\x0a    \x22Ease off \
if you feel numb\
ness, tingling o\
r shooting pain.\
\x22,\x0a]\x0a\
\x00\x00\x03\xce\
i\
d = \x22compression\
-massage\x22\x0aorder \
= 4\x0aname = \x22Comp\
ression massage\x22\
\x0amode = \x22partner\
\x22\x0asummary = \x22A p\
artner presses i\
nto the hamstrin\
gs with their ha\
nds or forearms \
while you lie fa\
ce down and rela\
x.\x22\x0atools = [\x22ha\
nds\x22]\x0atarget_mus\
cles = [\x22biceps-\
femoris-long-hea\
d\x22, \x22biceps-femo\
ris-short-head\x22,\
 \x22semitendinosus\
\x22, \x22semimembrano\
sus\x22]\x0awhen = [\x22a\
fter-exercise\x22, \
\x22rest-day\x22]\x0adire\
ction = \x22compres\
s\x22\x0adefault_secon\
ds = 60\x0asteps = \
[\x0a    \x22Lie face \
down with a smal\
l cushion under \
your ankles.\x22,\x0a \
   \x22Your partner\
 places both pal\
ms or a forearm \
on the back of y\
our thigh.\x22,\x0a   \
 \x22They lean in s\
lowly, hold the \
pressure for a b\
reath or two, th\
en release.\x22,\x0a  \
  \x22They move a h\
and's width alon\
g the thigh and \
repeat, from jus\
t below the butt\
ock to just abov\
e the knee.\x22,\x0a]\x0a\
cautions = [\x0a   \
 \x22Tell your part\
ner at once if a\
nything hurts; t\
hey stop straigh\
t away.\x22,\x0a    \x22N\
o deep pressure \
on the back of t\
he knee.\x22,\x0a    \x22\
If you take bloo\
d thinners or br\
uise easily, ski\
p firm or deep p\
ressure.\x22,\x0a]\x0a\
\x00\x00\x02\xfc\
i\
d = \x22cross-fiber\
-friction\x22\x0aorder\
 = 3\x0aname = \x22Cro\
ss-fiber frictio\
n\x22\x0amode = \x22self\x22\
\x0asummary = \x22Rub \
across the muscl\
e fibres with yo\
ur fingertips, s\
ide to side inst\
ead of up and do\
wn.\x22\x0atools = [\x22h\
ands\x22]\x0atarget_mu\
scles = [\x22biceps\
-femoris-long-he\
ad\x22, \x22semitendin\
osus\x22, \x22semimemb\
ranosus\x22]\x0awhen =\
 [\x22after-exercis\
e\x22, \x22rest-day\x22]\x0a\
direction = \x22acr\
oss\x22\x0adefault_sec\
onds = 45\x0asteps \
= [\x0a    \x22Find a \
tight band in th\
e muscle with yo\
ur fingertips.\x22,\
\x0a    \x22Press in f\
irmly enough to \
move the skin wi\
th your fingers.\
\x22,\x0a    \x22Rub side\
 to side, across\
 the direction t\
he muscle runs, \
in short strokes\
.\x22,\x0a    \x22Move a \
finger's width a\
long and repeat.\
\x22,\x0a]\x0acautions = \
[\x0a    \x22Keep the \
pressure tolerab\
le: friction sho\
uld never hurt.\x22\
,\x0a    \x22Do not wo\
rk on bruised, s\
wollen or broken\
 skin.\x22,\x0a]\x0a\
\x00\x00\x04A\
i\
d = \x22foam-rollin\
g\x22\x0aorder = 1\x0anam\
e = \x22Foam rollin\
g\x22\x0amode = \x22self\x22\
\x0asummary = \x22Let \
a foam roller pr\
ess into the bac\
k of your thigh \
while you roll s\
lowly, then rest\
 on tender spots\
.\x22\x0atools = [\x22foa\
m-roller\x22, \x22mass\
age-ball\x22, \x22mass\
age-stick\x22]\x0atarg\
et_muscles = [\x22b\
iceps-femoris-lo\
ng-head\x22, \x22bicep\
s-femoris-short-\
head\x22, \x22semitend\
inosus\x22, \x22semime\
mbranosus\x22]\x0awhen\
 = [\x22before-exer\
cise\x22, \x22after-ex\
ercise\x22, \x22rest-d\
ay\x22]\x0adirection =\
 \x22along\x22\x0adefault\
_seconds = 60\x0apa\
ce_seconds = 3\x0as\
teps = [\x0a    \x22Si\
t on the floor w\
ith the roller u\
nder one thigh, \
hands behind you\
 for support.\x22,\x0a\
    \x22Roll slowly\
 from just below\
 the buttock to \
just above the k\
nee, taking two \
to four seconds \
for each pass.\x22,\
\x0a    \x22When you f\
ind a tender spo\
t, stop there an\
d hold still for\
 20 to 30 second\
s.\x22,\x0a    \x22Cross \
the other leg on\
 top to add pres\
sure, or keep bo\
th legs on the r\
oller to make it\
 lighter.\x22,\x0a]\x0aca\
utions = [\x0a    \x22\
Stay off the bac\
k of the knee: b\
lood vessels and\
 nerves lie clos\
e to the surface\
 there.\x22,\x0a    \x22S\
top if you feel \
numbness, tingli\
ng or shooting p\
ain.\x22,\x0a    \x22Neve\
r roll over an o\
pen wound or a b\
roken bone.\x22,\x0a]\x0a\
\
\x00\x00\x03\x80\
i\
d = \x22stretch-and\
-massage\x22\x0aorder \
= 5\x0aname = \x22Stre\
tch and massage\x22\
\x0amode = \x22partner\
\x22\x0asummary = \x22A p\
artner gently st\
retches your ham\
string and massa\
ges it at the sa\
me time.\x22\x0atools \
= [\x22hands\x22]\x0atarg\
et_muscles = [\x22b\
iceps-femoris-lo\
ng-head\x22, \x22semit\
endinosus\x22, \x22sem\
imembranosus\x22]\x0aw\
hen = [\x22before-e\
xercise\x22, \x22after\
-exercise\x22, \x22res\
t-day\x22]\x0adirectio\
n = \x22along\x22\x0adefa\
ult_seconds = 60\
\x0asteps = [\x0a    \x22\
Lie on your back\
. Your partner l\
ifts one straigh\
t leg slowly unt\
il you feel a ge\
ntle stretch.\x22,\x0a\
    \x22They hold t\
he leg there whi\
le their free ha\
nd massages the \
back of the thig\
h.\x22,\x0a    \x22Breath\
e out and let th\
e muscle relax; \
your partner may\
 lift the leg a \
little further o\
nly if it feels \
easy.\x22,\x0a    \x22Low\
er the leg slowl\
y before switchi\
ng sides.\x22,\x0a]\x0aca\
utions = [\x0a    \x22\
A stretch should\
 feel like gentl\
e tension, never\
 pain.\x22,\x0a    \x22If\
 you are injured\
, ask a healthca\
re provider befo\
re any stretch o\
r massage.\x22,\x0a]\x0a\
\x00\x00\x01h\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 64 64\x22 width\
=\x2264\x22 height=\x2264\
\x22>\x0a  <title>Hams\
tring Desktop</t\
itle>\x0a  <rect x=\
\x222\x22 y=\x222\x22 width=\
\x2260\x22 height=\x2260\x22\
 rx=\x2214\x22 fill=\x22#\
0072B2\x22/>\x0a  <pat\
h d=\x22M22 10 C16 \
24 16 40 24 54 L\
30 54 C26 40 26 \
24 30 10 Z\x22 fill\
=\x22#ffffff\x22/>\x0a  <\
path d=\x22M34 10 C\
38 24 38 40 34 5\
4 L40 54 C48 40 \
48 24 42 10 Z\x22 f\
ill=\x22#E69F00\x22/>\x0a\
</svg>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x07\
\x0ae\xac\x94\
\x00c\
\x00o\x00n\x00t\x00e\x00n\x00t\
\x00\x08\
\x06\xcb\x0b\xe3\
\x00r\
\x00o\x00u\x00t\x00i\x00n\x00e\x00s\
\x00\x0d\
\x09QT\x9c\
\x00r\
\x00e\x00s\x00t\x00-\x00d\x00a\x00y\x00.\x00t\x00o\x00m\x00l\
\x00\x11\
\x04\xe5;<\
\x00p\
\x00o\x00s\x00t\x00-\x00w\x00o\x00r\x00k\x00o\x00u\x00t\x00.\x00t\x00o\x00m\x00l\
\
\x00\x0c\
\x02\x84\x84\xbc\
\x00p\
\x00a\x00r\x00t\x00n\x00e\x00r\x00.\x00t\x00o\x00m\x00l\
\x00\x10\
\x05\xa5t\xfc\
\x00p\
\x00r\x00e\x00-\x00w\x00o\x00r\x00k\x00o\x00u\x00t\x00.\x00t\x00o\x00m\x00l\
\x00\x0a\
\x03j\xda\xfc\
\x00t\
\x00o\x00o\x00l\x00s\x00.\x00t\x00o\x00m\x00l\
\x00\x0c\
\x02\xfc\x82|\
\x00m\
\x00u\x00s\x00c\x00l\x00e\x00s\x00.\x00t\x00o\x00m\x00l\
\x00\x0a\
\x0f_\xdc\xe3\
\x00t\
\x00e\x00c\x00h\x00n\x00i\x00q\x00u\x00e\x00s\
\x00\x0a\
\x0a\x88e\xdc\
\x00g\
\x00u\x00i\x00d\x00e\x00.\x00t\x00o\x00m\x00l\
\x00\x14\
\x0c\x1cY\xfc\
\x00k\
\x00n\x00u\x00c\x00k\x00l\x00e\x00-\x00m\x00a\x00s\x00s\x00a\x00g\x00e\x00.\x00t\
\x00o\x00m\x00l\
\x00\x18\
\x0a\xa2\xd4\x9c\
\x00c\
\x00o\x00m\x00p\x00r\x00e\x00s\x00s\x00i\x00o\x00n\x00-\x00m\x00a\x00s\x00s\x00a\
\x00g\x00e\x00.\x00t\x00o\x00m\x00l\
\x00\x19\
\x0a\x5c\xc4\x9c\
\x00c\
\x00r\x00o\x00s\x00s\x00-\x00f\x00i\x00b\x00e\x00r\x00-\x00f\x00r\x00i\x00c\x00t\
\x00i\x00o\x00n\x00.\x00t\x00o\x00m\x00l\
\x00\x11\
\x0cD\xb4<\
\x00f\
\x00o\x00a\x00m\x00-\x00r\x00o\x00l\x00l\x00i\x00n\x00g\x00.\x00t\x00o\x00m\x00l\
\
\x00\x18\
\x0e\xa6\x95\xdc\
\x00s\
\x00t\x00r\x00e\x00t\x00c\x00h\x00-\x00a\x00n\x00d\x00-\x00m\x00a\x00s\x00s\x00a\
\x00g\x00e\x00.\x00t\x00o\x00m\x00l\
\x00\x15\
\x0d\xbb\x93\x87\
\x00h\
\x00a\x00m\x00s\x00t\x00r\x00i\x00n\x00g\x00-\x00d\x00e\x00s\x00k\x00t\x00o\x00p\
\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x11\
\x00\x00\x00$\x00\x02\x00\x00\x00\x04\x00\x00\x00\x0d\
\x00\x00\x00\x10\x00\x02\x00\x00\x00\x04\x00\x00\x00\x04\
\x00\x00\x00\xe0\x00\x00\x00\x00\x00\x01\x00\x00\x10\xf2\
\x00\x00\x00\xc6\x00\x00\x00\x00\x00\x01\x00\x00\x0e\x9f\
\x00\x00\x01\x18\x00\x00\x00\x00\x00\x01\x00\x00 2\
\x00\x00\x00\xfe\x00\x02\x00\x00\x00\x05\x00\x00\x00\x08\
\x00\x00\x01\x96\x00\x00\x00\x00\x00\x01\x00\x004\x1d\
\x00\x00\x01`\x00\x00\x00\x00\x00\x01\x00\x000K\
\x00\x00\x012\x00\x00\x00\x00\x00\x01\x00\x00-\x11\
\x00\x00\x01\xce\x00\x00\x00\x00\x00\x01\x00\x007\x1d\
\x00\x00\x01\xf6\x00\x00\x00\x00\x00\x01\x00\x00;b\
\x00\x00\x00\x82\x00\x00\x00\x00\x00\x01\x00\x00\x08\x8d\
\x00\x00\x00Z\x00\x00\x00\x00\x00\x01\x00\x00\x03r\
\x00\x00\x00\xa0\x00\x00\x00\x00\x00\x01\x00\x00\x0b\x9d\
\x00\x00\x00:\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x02,\x00\x00\x00\x00\x00\x01\x00\x00>\xe6\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
