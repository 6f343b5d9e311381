#!/usr/bin/env python3
# Paints something over the 有効期限 label of a generated photo, its value left as it was, from
# the photo's truth file (its page's field boxes and outline): the measurement behind
# docs/notes/unseen-reflection.md. Not part of the build or CI; needs python3-opencv (Debian).
#   paint_over_label.py band  PHOTO.jpg OUT.jpg THICKNESS   a reflection clipped to white,
#       THICKNESS page px across, soft-edged, along the label's row left of the value (rows
#       layouts) or along the row above the value (screen_list)
#   paint_over_label.py rowband PHOTO.jpg OUT.jpg THICKNESS the same band along the whole row,
#       across the label and the value (rows layouts)
#   paint_over_label.py thumb PHOTO.jpg OUT.jpg REACH       a shaded thumb from the page's left
#       edge, five value heights wide, its tip REACH (0..1) of the way to the value (rows layouts)
import json, sys
import cv2
import numpy as np

mode, photo, out, size = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
truth = json.load(open(photo.replace('.jpg', '.truth.json')))
page = cv2.imread(photo.rsplit('_', 1)[0] + '.png')
H_, W_ = page.shape[:2]
to_photo = cv2.getPerspectiveTransform(np.float32([[0, 0], [W_, 0], [W_, H_], [0, H_]]), np.float32(truth['photo']['quad']))
x, y, w, h = [b for b in truth['field_boxes'] if b['field'] == 'expiry'][0]['px']
img = cv2.imread(photo).astype(np.float32)

def on_photo(mask):
    return cv2.warpPerspective(mask, to_photo, (img.shape[1], img.shape[0]))

if mode in ('band', 'rowband'):
    if truth['layout'] == 'screen_list':
        cy, x0, x1 = y - 0.62 * h, 0, W_
    else:
        cy, x0, x1 = y + h / 2, 0, (W_ if mode == 'rowband' else x - 0.4 * h)
    m = np.zeros((H_, W_), np.float32)
    m[int(cy - size / 2):int(cy + size / 2), int(x0):int(x1)] = 1.0
    m = np.maximum(m, np.clip(cv2.GaussianBlur(m, (0, 0), max(1.0, size / 4)) * 1.5, 0, 1))
    mw = on_photo(m)
    img = img * (1 - mw[..., None]) + 255 * mw[..., None]
elif mode == 'thumb':
    cy, width = y + h / 2, 5.0 * h
    tip = size * (x - 0.3 * h)
    m = np.zeros((H_, W_), np.uint8)
    cv2.line(m, (int(-width), int(cy + width * 0.8)), (int(tip - width / 2), int(cy)), 255, int(width), cv2.LINE_AA)
    cv2.circle(m, (int(tip - width / 2), int(cy)), int(width / 2), 255, -1, cv2.LINE_AA)
    mw = cv2.GaussianBlur(on_photo(m).astype(np.float32) / 255, (0, 0), 2)
    inside = cv2.distanceTransform((mw > 0.5).astype(np.uint8), cv2.DIST_L2, 3)
    tone = 0.7 + 0.3 * np.sqrt(np.minimum(inside / (inside.max() * 0.6 + 1e-3), 1))
    skin = np.array([130, 160, 215], np.float32)
    img = img * (1 - mw[..., None]) + (skin[None, None, :] * tone[..., None]) * mw[..., None]
else:
    sys.exit('mode: band, rowband or thumb')
cv2.imwrite(out, np.clip(img, 0, 255).astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, 94])
