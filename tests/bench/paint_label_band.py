#!/usr/bin/env python3
# Paints a clipped band (a thin reflection) across the 有効期限 label of a generated photo, from
# the photo's truth file (its page's field boxes and outline): the measurement behind
# docs/notes/unseen-reflection.md. Not part of the build or CI; needs python3-opencv (Debian).
#   paint_label_band.py PHOTO.jpg OUT.jpg THICKNESS_IN_PAGE_PX
# The band crosses the label's row left of the value (rows layouts) or the row above the value
# (screen_list), clipped white at its core with a soft edge; the value is left as it was.
import json, sys, cv2, numpy as np
photo, out, thick = sys.argv[1], sys.argv[2], float(sys.argv[3])
truth = json.load(open(photo.replace('.jpg', '.truth.json')))
src = photo.rsplit('_', 1)[0] + '.png'
page = cv2.imread(src)
H_, W_ = page.shape[:2]
quad = np.float32(truth['photo']['quad'])
Hm = cv2.getPerspectiveTransform(np.float32([[0,0],[W_,0],[W_,H_],[0,H_]]), quad)
x, y, w, h = [b for b in truth['field_boxes'] if b['field'] == 'expiry'][0]['px']
layout = truth['layout']
if layout == 'screen_list':
    cy = y - 0.62 * h; x0, x1 = 0, W_
else:
    cy = y + h / 2; x0, x1 = 0, x - 0.4 * h
m = np.zeros((H_, W_), np.float32)
m[int(cy - thick/2):int(cy + thick/2), int(x0):int(x1)] = 1.0
soft = cv2.GaussianBlur(m, (0, 0), max(1.0, thick / 4))
m = np.maximum(m, np.clip(soft * 1.5, 0, 1))
img = cv2.imread(photo).astype(np.float32)
mw = cv2.warpPerspective(m, Hm, (img.shape[1], img.shape[0]))
img = img * (1 - mw[..., None]) + 255 * mw[..., None]
cv2.imwrite(out, np.clip(img, 0, 255).astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, 94])
