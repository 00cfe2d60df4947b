// The resident's case page: after delivery, ask for the 一事一评 rating with the shared widget.
import { mountRating, type RatingTarget } from '../evaluations/rating-widget';
import { $, pageData } from '../lib/dom';

mountRating($('#cq-rating'), { target: pageData<RatingTarget>(), prompt: '请您对本次办件服务进行评价' });
